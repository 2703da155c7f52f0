import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadContentTree } from './load';
import { newerTranslation, ReleaseIndex } from './releases';
import { makeContentTree } from './test-tree';

const NOW = new Date('2024-06-01T00:00:00+08:00');
const file = (title: string, date: string, extra = '', body = 'Body text.') =>
  `---\ntitle: "${title}"\ndate: ${date}\nunit: A unit\n${extra}\n---\n\n${body}\n`;

const TREE = {
  'standing/zh-TW.md': file('有效', '2024-01-03'),
  'withdrawn/zh-TW.md': file('撤回', '2024-01-04', 'withdrawn:\n  date: 2024-02-01\n  reason: 另有公告。'),
  'removed/zh-TW.md': file('誤發', '2024-01-05', 'removed:\n  date: 2024-02-02', 'SECRET-TEXT'),
  'replaced/zh-TW.md': file('誤發二', '2024-01-06', 'removed:\n  date: 2024-02-02\n  replacement: standing', 'SECRET-TEXT'),
  'corrected/zh-TW.md': file('更正', '2024-01-02', 'changes:\n  - date: 2024-03-01\n    note: 更正數字。'),
  'corrected/en.md': file('Corrected', '2024-01-02', 'changes:\n  - date: 2024-02-01\n    note: Fixed a figure.'),
  'in-step/zh-TW.md': file('同步', '2024-01-01', 'changes:\n  - date: 2024-02-01\n    note: 更正。'),
  'in-step/en.md': file('In step', '2024-01-01', 'changes:\n  - date: 2024-02-01\n    note: Fixed.'),
};

function load(files: Record<string, string>) {
  const { releases, problems } = loadContentTree(makeContentTree(files));
  return { releases, problems, index: new ReleaseIndex(releases) };
}

describe('the public record in the index', () => {
  test('a withdrawn release stays in the list and at its address, but not among the current ones', () => {
    const { index, problems } = load(TREE);
    assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
    const slugs = (list: readonly { slug: string }[]) => list.map((v) => v.slug);
    assert.ok(slugs(index.list('zh-TW', NOW)).includes('withdrawn'));
    assert.ok(!slugs(index.current('zh-TW', NOW)).includes('withdrawn'));
    assert.equal(index.find('zh-TW', 'withdrawn', NOW)?.withdrawn?.reason, '另有公告。');
    assert.equal(index.current('zh-TW', NOW), index.current('zh-TW', NOW), 'worked out once per list');
  });

  test('a removed release is in no list and never found; only its removal is', () => {
    const { index } = load(TREE);
    for (const list of [index.list('zh-TW', NOW), index.current('zh-TW', NOW)]) {
      assert.ok(!list.some((v) => v.slug === 'removed' || v.slug === 'replaced'));
    }
    assert.equal(index.find('zh-TW', 'removed', NOW), undefined);
    assert.deepEqual(index.localesOf('removed', NOW), []);
    assert.equal(index.removal('zh-TW', 'removed', NOW)?.removed?.date.machine, '2024-02-02');
    assert.equal(index.removal('zh-TW', 'replaced', NOW)?.removed?.replacement, 'standing');
    assert.equal(index.removal('zh-TW', 'standing', NOW), undefined);
    assert.equal(index.removal('zh-TW', 'removed', new Date('2024-01-01')), undefined, 'not before its own date');
  });

  test('a translation behind a newer correction is told, both ways, and listed for staff', () => {
    const { releases } = load(TREE);
    const corrected = releases.find((r) => r.slug === 'corrected')!;
    assert.equal(newerTranslation(corrected, 'en')?.locale, 'zh-TW');
    assert.equal(newerTranslation(corrected, 'zh-TW'), undefined);
    const inStep = releases.find((r) => r.slug === 'in-step')!;
    assert.equal(newerTranslation(inStep, 'en'), undefined);
    const behind = new ReleaseIndex(releases, 'staff').translationsBehind();
    assert.deepEqual(
      behind.map((row) => [row.slug, row.behind.locale, row.ahead.locale]),
      [['corrected', 'en', 'zh-TW']],
    );
  });

  test('a replacement that is no release, or is removed too, is refused with the fix', () => {
    const { problems } = load({
      'a/zh-TW.md': file('A', '2024-01-01', 'removed:\n  date: 2024-02-02\n  replacement: nowhere'),
      'b/zh-TW.md': file('B', '2024-01-01', 'removed:\n  date: 2024-02-02\n  replacement: a'),
    });
    const errors = problems.filter((p) => p.field === 'removed.replacement');
    assert.equal(errors.length, 2);
    assert.match(errors[0]!.message, /no release press-releases\/nowhere\/zh-TW\.md.*leave replacement out/);
    assert.match(errors[1]!.message, /a is removed too/);
    assert.match(errors[0]!.path, /a\/zh-TW\.md$/);
  });
});
