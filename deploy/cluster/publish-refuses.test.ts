import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { makeContentTree, releaseFile } from '../../content-layer/test-tree';
import { PROJECT_DIR } from './settings';

const run = promisify(execFile);

test('publish refuses content with an error before building anything, naming the file, line and field', async () => {
  const content = makeContentTree({
    'good/en.md': releaseFile(),
    'bad/en.md': releaseFile({ date: 'next Tuesday' }),
  });
  const cluster = mkdtempSync(join(tmpdir(), 'press-publish-test-'));
  try {
    const failure = await run(join(PROJECT_DIR, 'node_modules', '.bin', 'tsx'), ['deploy/cluster/cli.ts', 'publish'], {
      cwd: PROJECT_DIR,
      env: { ...process.env, CLUSTER_DIR: cluster, CONTENT_DIR: content, CLUSTER_DIST_DIR: '.next-publish-test' },
    }).then(
      () => assert.fail('publish succeeded'),
      (error: { code: number; stderr: string }) => error,
    );
    assert.equal(failure.code, 1);
    assert.match(failure.stderr, /error: .*press-releases\/bad\/en\.md:\d+: date:/);
    assert.match(failure.stderr, /publish failed: the content has 1 error\(s\): fix them and publish again; nothing was published/);
    assert.ok(!existsSync(join(cluster, 'releases')), 'no release was made');
    assert.ok(!existsSync(join(PROJECT_DIR, '.next-publish-test')), 'nothing was built');
  } finally {
    rmSync(cluster, { recursive: true, force: true });
    rmSync(content, { recursive: true, force: true });
  }
});
