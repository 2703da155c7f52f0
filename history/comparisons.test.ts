import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { loadContentTree } from '@/content-layer/load';
import { ReleaseIndex } from '@/content-layer/releases';
import { makeContentTree } from '@/content-layer/test-tree';
import { buildComparisons } from './comparisons';
import { plainParagraphs } from './version-text';

const EVERYTHING = new Date(8.64e15);
const file = (title: string, body: string, changes = '') =>
  `---\ntitle: "${title}"\ndate: 2024-01-01\nunit: 測試單位\n${changes}---\n\n${body}\n`;
const note = (date: string, text: string) => `  - date: ${date}\n    note: ${text}\n`;

const roots: string[] = [];
after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function commitAll(root: string, message: string) {
  const git = (...args: string[]) => execFileSync('git', ['-C', root, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args]);
  git('add', '-A');
  git('commit', '-q', '-m', message);
}

const versionsOf = (root: string) => {
  const index = new ReleaseIndex(loadContentTree(root).releases);
  return [...index.list('zh-TW', EVERYTHING), ...index.list('en', EVERYTHING)];
};

describe('comparisons from the content folder’s history', () => {
  test('each note is compared with the version before the commit that added it, as plain text', () => {
    const root = makeContentTree({ 'a/zh-TW.md': file('標題', '共有**12**隊獲獎。') });
    roots.push(root);
    execFileSync('git', ['init', '-q', root]);
    commitAll(root, 'first');
    const path = join(root, 'press-releases', 'a', 'zh-TW.md');
    writeFileSync(path, file('標題', '共有**15**隊獲獎。', `changes:\n${note('2024-02-01', '更正隊數。')}`));
    commitAll(root, 'correction');
    // A second note, not yet committed: compared with the last commit, as staff preview needs.
    writeFileSync(
      path,
      file('新標題', '共有**15**隊獲獎。\n\n新增一段。', `changes:\n${note('2024-02-01', '更正隊數。')}${note('2024-03-01', '補充。')}`),
    );
    const { releases, unavailable } = buildComparisons(root, versionsOf(root));
    assert.equal(unavailable, undefined);
    const numbered = releases.a?.['zh-TW'];
    assert.deepEqual(numbered?.[1]?.before, { title: '標題', blocks: ['共有**12**隊獲獎。'] });
    assert.deepEqual(plainParagraphs(numbered![1]!.before), ['共有12隊獲獎。']);
    assert.deepEqual(plainParagraphs(numbered![1]!.after), ['共有15隊獲獎。']);
    assert.match(numbered?.[1]?.commit ?? '', /^[0-9a-f]{40}$/);
    assert.equal(numbered?.[2]?.commit, 'working-tree');
    assert.deepEqual(plainParagraphs(numbered![2]!.after), ['共有15隊獲獎。', '新增一段。']);
  });

  test('a note that came with the file has nothing to compare with; removed releases are never compared', () => {
    const root = makeContentTree({
      'born/zh-TW.md': file('標題', '內文。', `changes:\n${note('2024-02-01', '更正。')}`),
      'gone/zh-TW.md': file('標題', '內文。', `changes:\n${note('2024-02-01', '更正。')}removed:\n  date: 2024-03-01\n`),
    });
    roots.push(root);
    execFileSync('git', ['init', '-q', root]);
    commitAll(root, 'first');
    const { releases } = buildComparisons(root, versionsOf(root));
    assert.deepEqual(releases, {});
  });

  test('without history the notes stay, and why there are no comparisons is one line', () => {
    const root = makeContentTree({ 'a/zh-TW.md': file('標題', '內文。', `changes:\n${note('2024-02-01', '更正。')}`) });
    roots.push(root);
    const { releases, unavailable } = buildComparisons(root, versionsOf(root));
    assert.deepEqual(releases, {});
    assert.match(unavailable ?? '', /not in a git repository$/);
    assert.doesNotMatch(unavailable ?? '', /\n/);
  });
});

describe('what the build says of the comparisons', () => {
  test('one line: how many, or why there are none', async () => {
    const { describeComparisons } = await import('./store');
    assert.equal(
      describeComparisons({ unavailable: '/srv/content is not in a git repository', releases: {} }),
      '[history] change notes show without comparisons: /srv/content is not in a git repository',
    );
    const before = { title: 't', blocks: [] };
    assert.equal(
      describeComparisons({ releases: { a: { 'zh-TW': { 1: { commit: 'c', before, after: before }, 2: { commit: 'd', before, after: before } } } } }),
      '[history] 2 corrections of 1 release compared from the content’s git history'.replace('’', "'"),
    );
  });
});
