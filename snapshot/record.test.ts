import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { loadContentTree } from '@/content-layer/load';
import { makeContentTree } from '@/content-layer/test-tree';
import { loadContentSnapshot, writeContentSnapshot } from './snapshot';

const NOW = new Date('2024-06-01T00:00:00+08:00');
const file = (title: string, date: string, extra = '', body = 'Body text.') =>
  `---\ntitle: "${title}"\ndate: ${date}\nunit: A unit\n${extra}\n---\n\n${body}\n`;

describe('removed releases in the snapshot', () => {
  test('the snapshot keeps a removed release\u2019s date and nothing of its text', async () => {
    const root = makeContentTree({
      'standing/zh-TW.md': file('有效', '2024-01-03'),
      'removed/zh-TW.md': file('誤發', '2024-01-05', 'removed:\n  date: 2024-02-02', 'SECRET-TEXT'),
      'replaced/zh-TW.md': file('誤發二', '2024-01-06', 'removed:\n  date: 2024-02-02\n  replacement: standing', 'SECRET-TEXT'),
    });
    const dist = mkdtempSync(join(tmpdir(), 'dist-'));
    const location = { file: join(dist, 'content-snapshot', 'content.snapshot'), buildIdFile: join(dist, 'BUILD_ID') };
    writeFileSync(location.buildIdFile, 'test-build');
    const { bytes } = writeContentSnapshot(location, { root, buildId: 'test-build', releases: loadContentTree(root).releases });
    assert.ok(bytes > 0);
    assert.ok(!readFileSync(location.file).includes('SECRET-TEXT'), 'the removed body is not in the file');
    const loaded = await loadContentSnapshot(location, root);
    assert.ok(loaded.loaded);
    const removal = loaded.indexes.releases.removal('zh-TW', 'removed', NOW);
    assert.equal(removal?.removed?.date.machine, '2024-02-02');
    assert.equal(removal?.body, '');
    assert.equal(loaded.indexes.releases.removal('zh-TW', 'replaced', NOW)?.removed?.replacement, 'standing');
  });
});
