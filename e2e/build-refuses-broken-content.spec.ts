import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// A broken release must never half-publish: the build (`npm run build`) reads content through
// the same validator as `npm run content:check` and stops, naming every fault.
test('the build fails on a broken release, with its path, line, field and the fix', () => {
  test.setTimeout(240_000);
  const root = mkdtempSync(join(tmpdir(), 'broken-content-'));
  // A fixed folder, listed in tsconfig.json, so that Next has no reason to edit that file.
  const dist = '.next-broken';
  try {
    mkdirSync(join(root, 'press-releases', 'good'), { recursive: true });
    mkdirSync(join(root, 'press-releases', 'bad'), { recursive: true });
    writeFileSync(join(root, 'press-releases', 'good', 'en.md'), '---\ntitle: Fine\ndate: 2024-01-01\nunit: Test Unit\n---\n\nText.\n');
    writeFileSync(join(root, 'press-releases', 'bad', 'en.md'), '---\ntitle: Broken\ndate: 2024-02-30\nunit: Test Unit\n---\n\nText.\n');
    const build = spawnSync('npm', ['run', 'build'], {
      env: { ...process.env, CONTENT_DIR: root, NEXT_DIST_DIR: dist, NEXT_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      timeout: 220_000,
    });
    const output = `${build.stdout}\n${build.stderr}`;
    expect(build.status, output.slice(-2000)).not.toBe(0);
    expect(output).toMatch(/press-releases\/bad\/en\.md:3: date: "2024-02-30" is not a real date/);
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
  }
});
