import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyFilter, facetsOf, filterQuery, parseFilter } from './filters';
import { loadContentTree } from './load';
import { ReleaseIndex } from './releases';
import { makeContentTree, releaseFile } from './test-tree';

const tags = (list: string[]) => `[${list.map((t) => JSON.stringify(t)).join(', ')}]`;
const tree = makeContentTree({
  'a/zh-TW.md': releaseFile({ date: '2023-03-01' }).replace('unit:', `tags: ${tags(['資安', '國際'])}\nunit:`),
  'b/zh-TW.md': releaseFile({ date: '2023-12-31T23:30' }).replace('unit:', `tags: ${tags(['資安'])}\nunit:`),
  'c/zh-TW.md': releaseFile({ date: '2024-01-01T00:10' }),
  'd/zh-TW.md': releaseFile({ date: '2022-05-05' }).replace('unit:', `tags: ${tags(['國際'])}\nunit:`),
});
const versions = new ReleaseIndex(loadContentTree(tree).releases).list('zh-TW', new Date('2025-01-01'));
const facets = facetsOf(versions);

test('facets: the years (in Taipei time) and tags releases have, most used tags first', () => {
  assert.deepEqual(facets.years, [2024, 2023, 2022]);
  // 2023-12-31T23:30 and 2024-01-01T00:10 in Taipei fall in different years than in UTC.
  assert.deepEqual(facets.tags.map((t) => t.count), [2, 2]);
  assert.deepEqual(new Set(facets.tags.map((t) => t.tag)), new Set(['國際', '資安']));
});

test('filters by year, by tag, and by both', () => {
  const slugs = (year: string, tag: string) =>
    applyFilter(versions, parseFilter(year, tag, facets)!).map((v) => v.slug);
  assert.deepEqual(slugs('2023', ''), ['b', 'a']);
  assert.deepEqual(slugs('', '資安'), ['b', 'a']);
  assert.deepEqual(slugs('2023', '國際'), ['a']);
  assert.deepEqual(slugs('2024', '國際'), []);
  assert.deepEqual(slugs('', ''), ['c', 'b', 'a', 'd']);
});

test('a value no release has, a malformed or a repeated parameter is invalid (404)', () => {
  for (const [year, tag] of [
    ['2019', ''],
    ['abc', ''],
    ['20231', ''],
    ['', '不存在'],
    [['2023', '2024'], ''],
    ['', ['資安', '國際']],
  ] as const) {
    assert.equal(parseFilter(year as never, tag as never, facets), null, `${year} ${tag}`);
  }
  assert.deepEqual(parseFilter(undefined, null, facets), {});
});

test('a tag listed twice on one release counts once, and filters are the same list each time', () => {
  const twice = makeContentTree({
    'a/zh-TW.md': releaseFile({ date: '2023-03-01' }).replace('unit:', `tags: ${tags(['資安', '資安'])}\nunit:`),
  });
  const list = new ReleaseIndex(loadContentTree(twice).releases).list('zh-TW', new Date('2025-01-01'));
  assert.deepEqual(facetsOf(list).tags, [{ tag: '資安', count: 1 }]);
  assert.deepEqual(applyFilter(list, { tag: '資安' }).map((v) => v.slug), ['a']);
  assert.equal(applyFilter(versions, { year: 2023, tag: '資安' }), applyFilter(versions, { year: 2023, tag: '資安' }));
});

test('the filter and page as a query string', () => {
  assert.equal(filterQuery({}), '');
  assert.equal(filterQuery({}, 2), '?page=2');
  assert.equal(filterQuery({ year: 2023, tag: '資安' }, 3), '?year=2023&tag=%E8%B3%87%E5%AE%89&page=3');
  assert.equal(filterQuery({ withdrawn: true }), '?show=withdrawn');
});

test('a list view survives the trip through a path segment', async () => {
  const { decodeListView, encodeListView } = await import('./press-list');
  const query = new URLSearchParams('year=2023&tag=資安&show=withdrawn&page=2&_rsc=x&utm=y');
  const segment = encodeURIComponent(encodeListView(query));
  assert.deepEqual(decodeListView(segment), { year: ['2023'], tag: ['資安'], show: ['withdrawn'], page: ['2'] });
  assert.equal(encodeListView(new URLSearchParams('')), 'all');
  assert.deepEqual(decodeListView('all'), { year: [], tag: [], show: [], page: [] });
  assert.equal(decodeListView('%E0%A4%A'), null);
});

test('facets and filtered lists are worked out once per list, not per request', () => {
  assert.equal(facetsOf(versions), facets);
  const filter = parseFilter('2023', '資安', facets)!;
  assert.equal(applyFilter(versions, filter), applyFilter(versions, { ...filter }));
  // A different list (another moment, another language) gets its own answers.
  const other = [...versions];
  assert.notEqual(facetsOf(other), facets);
  assert.deepEqual(facetsOf(other), facets);
});
