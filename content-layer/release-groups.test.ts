import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupRoute } from './group-routes';
import { loadContentTree } from './load';
import { groupFeedReleases, resolveGroupPage, tagsWithReleases, unitsWithReleases } from './release-groups';
import { ReleaseIndex } from './releases';
import { makeContentTree, releaseFile } from './test-tree';
import { parseUnitFile, type UnitTable } from './units';

const NOW = new Date('2024-06-01T00:00:00+08:00');
const parsed = parseUnitFile(
  JSON.stringify({
    units: [
      { slug: 'ministry', names: { 'zh-TW': '數位發展部', en: 'Ministry of Digital Affairs' } },
      { slug: 'data-innovation', names: { 'zh-TW': '資料創新司', en: 'Department of Data Innovation' } },
      { slug: 'quiet', names: { 'zh-TW': '沒有新聞稿的司', en: 'Department without releases' } },
    ],
  }),
);
assert.ok('table' in parsed);
const units: UnitTable = parsed.table;

const files: Record<string, string> = {};
// 17 releases of the ministry in Chinese (two pages of 15), one of them tagged; and one of data innovation.
for (let n = 1; n <= 17; n++) {
  files[`m${n}/zh-TW.md`] = releaseFile({ date: `2024-01-${String(n).padStart(2, '0')}`, unit: '數位發展部' });
}
files['m1/en.md'] = releaseFile({ unit: 'Ministry of Digital Affairs' });
files['d1/zh-TW.md'] = `---\ntitle: 資料\ndate: 2024-02-01\nunit: 資料創新司\ntags: [開放資料]\n---\n\n內文。\n`;
// Never on a page or in a feed: a draft, one scheduled after NOW, one removed; a withdrawn one only in the feeds.
files['draft/zh-TW.md'] = releaseFile({ draft: true, unit: '資料創新司' });
files['scheduled/zh-TW.md'] = `---\ntitle: 排程\ndate: 2024-07-01\nunit: 資料創新司\ntags: [開放資料]\n---\n\n內文。\n`;
files['removed/zh-TW.md'] = `---\ntitle: 撤下\ndate: 2024-03-01\nunit: 資料創新司\ntags: [開放資料]\nremoved: { date: 2024-03-02 }\n---\n\n內文。\n`;
files['withdrawn/zh-TW.md'] = `---\ntitle: 撤回\ndate: 2024-04-01\nunit: 資料創新司\ntags: [開放資料]\nwithdrawn: { date: 2024-04-02, reason: 測試 }\n---\n\n內文。\n`;
const loaded = loadContentTree(makeContentTree(files));
assert.deepEqual(loaded.problems.filter((problem) => problem.severity === 'error'), []);
const index = new ReleaseIndex(loaded.releases);

const slugsOf = (versions: readonly { slug: string }[]) => versions.map((version) => version.slug);

test("a unit's page lists its standing public releases, newest first, 15 a page", () => {
  const first = resolveGroupPage(index, units, 'zh-TW', 'unit', 'ministry', undefined, NOW)!;
  assert.equal(first.name, '數位發展部');
  assert.equal(first.page.totalItems, 17);
  assert.equal(first.page.totalPages, 2);
  assert.deepEqual(slugsOf(first.page.items).slice(0, 3), ['m17', 'm16', 'm15']);
  const second = resolveGroupPage(index, units, 'zh-TW', 'unit', 'ministry', '2', NOW)!;
  assert.deepEqual(slugsOf(second.page.items), ['m2', 'm1']);
  assert.equal(resolveGroupPage(index, units, 'en', 'unit', 'ministry', undefined, NOW)?.name, 'Ministry of Digital Affairs');
});

test('drafts, scheduled and removed releases are on no page and in no feed; withdrawn ones only in the feeds', () => {
  const page = resolveGroupPage(index, units, 'zh-TW', 'unit', 'data-innovation', undefined, NOW)!;
  assert.deepEqual(slugsOf(page.page.items), ['d1']);
  assert.deepEqual(slugsOf(groupFeedReleases(index, units, 'zh-TW', 'unit', 'data-innovation', NOW)!.releases), ['withdrawn', 'd1']);
  const tag = resolveGroupPage(index, units, 'zh-TW', 'tag', '開放資料', undefined, NOW)!;
  assert.deepEqual(slugsOf(tag.page.items), ['d1']);
  assert.deepEqual(slugsOf(groupFeedReleases(index, units, 'zh-TW', 'tag', '開放資料', NOW)!.releases), ['withdrawn', 'd1']);
  // Once its time has come, the scheduled release is on the page, without a new index.
  const later = new Date('2024-07-02T00:00:00+08:00');
  assert.deepEqual(slugsOf(resolveGroupPage(index, units, 'zh-TW', 'unit', 'data-innovation', undefined, later)!.page.items), ['scheduled', 'd1']);
});

test('an unknown slug or tag, a unit or tag without releases in the language, or a page that is not one is nothing', () => {
  const page = (locale: 'zh-TW' | 'en', kind: 'unit' | 'tag', key: string, number?: string) =>
    resolveGroupPage(index, units, locale, kind, key, number, NOW);
  assert.equal(page('zh-TW', 'unit', 'nobody'), null);
  assert.equal(page('zh-TW', 'unit', 'quiet'), null);
  assert.equal(page('en', 'unit', 'data-innovation'), null);
  assert.equal(page('zh-TW', 'unit', 'ministry', '3'), null);
  assert.equal(page('zh-TW', 'unit', 'ministry', '0'), null);
  assert.equal(page('zh-TW', 'unit', 'ministry', 'abc'), null);
  assert.equal(page('zh-TW', 'tag', '不存在'), null);
  assert.equal(page('en', 'tag', '開放資料'), null);
  assert.equal(groupFeedReleases(index, units, 'zh-TW', 'unit', 'nobody', NOW), null);
});

test('the indexes list units in the table’s order and tags most used first, with their standing releases', () => {
  assert.deepEqual(
    unitsWithReleases(index, units, 'zh-TW', NOW).map(({ unit, count }) => [unit.slug, count]),
    [['ministry', 17], ['data-innovation', 1]],
  );
  assert.deepEqual(tagsWithReleases(index, 'zh-TW', NOW), [{ tag: '開放資料', count: 1 }]);
});

test('the proxy rewrites real addresses to the internal routes and turns the rest away', () => {
  const route = (locale: 'zh-TW' | 'en', path: string, query = '') => groupRoute(index, units, locale, path, new URLSearchParams(query), NOW);
  assert.deepEqual(route('zh-TW', '/units'), { rewrite: '/zh-TW/units' });
  assert.deepEqual(route('en', '/tags'), { rewrite: '/en/tags' });
  assert.deepEqual(route('zh-TW', '/units/ministry'), { rewrite: '/zh-TW/units/ministry/1' });
  assert.deepEqual(route('zh-TW', '/units/ministry', 'page=2'), { rewrite: '/zh-TW/units/ministry/2' });
  assert.deepEqual(route('zh-TW', `/tags/${encodeURIComponent('開放資料')}`), { rewrite: `/zh-TW/tags/${encodeURIComponent('開放資料')}/1` });
  assert.deepEqual(route('en', '/units/ministry/feed.xml'), { rewrite: '/en/units/ministry/feed.xml' });
  assert.deepEqual(route('zh-TW', '/units/ministry/feed.json'), { rewrite: '/zh-TW/units/ministry/feed.json' });
  for (const [path, query] of [
    ['/units/nobody', ''],
    ['/units/ministry', 'page=3'],
    ['/units/ministry', 'page=1&page=2'],
    ['/units/ministry/2', ''],
    ['/units/ministry/feed.rss', ''],
    ['/units/nobody/feed.xml', ''],
    ['/units/%E0%A4%A', ''],
    ['/tags/%E4%B8%8D%E5%AD%98%E5%9C%A8', ''],
  ] as const) {
    assert.equal(route('zh-TW', path, query), 'not-found', `${path}?${query}`);
  }
  assert.equal(route('zh-TW', '/press'), undefined);
  assert.equal(route('zh-TW', '/unitsx'), undefined);
});
