import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadContentTree } from '@/content-layer/load';
import { publicRouteExists } from '@/content-layer/public-routes';
import { ReleaseIndex } from '@/content-layer/releases';
import { makeContentTree, releaseFile } from '@/content-layer/test-tree';
import { searchPages, type CountSearchResults } from './routes';

const NOW = new Date('2024-06-01T00:00:00+08:00');
const files: Record<string, string> = { 'draft/zh-TW.md': releaseFile({ draft: true }) };
for (let n = 1; n <= 16; n++) files[`r${n}/zh-TW.md`] = releaseFile({ date: `2024-01-${String(n).padStart(2, '0')}` });
const index = new ReleaseIndex(loadContentTree(makeContentTree(files)).releases);
const exists = (query: string, count: CountSearchResults) => {
  const params = new URLSearchParams(query);
  return publicRouteExists(index, 'zh-TW', '/search', params, NOW, searchPages(index, 'zh-TW', params, NOW, count));
};

test('search pages: the first always exists, later ones only where there are results', () => {
  const count = () => 25;
  const search = (query: string) => exists(query, count);
  assert.equal(search(''), true);
  assert.equal(search('q=資安'), true);
  assert.equal(search('q=資安&page=3'), true);
  assert.equal(search('q=資安&page=4'), false);
  assert.equal(search('q=資安&page=0'), false);
  assert.equal(search('q=a&q=b'), false);
});

test('search pages narrowed to a year or unit exist only for a year and unit releases have', () => {
  const counted: unknown[] = [];
  const count: CountSearchResults = (_locale, _query, _now, filter) => (counted.push(filter), 25);
  const search = (query: string) => exists(query, count);
  assert.equal(search('q=資安&year=2024'), true);
  assert.equal(search('q=資安&unit=A+unit'), true);
  assert.equal(search('q=資安&year=&unit='), true);
  assert.equal(search('q=資安&year=2024&unit=A+unit&page=3'), true);
  assert.deepEqual(counted.at(-1), { year: 2024, unit: 'A unit' });
  for (const query of ['year=1999', 'year=abc', 'year=2024&year=2023', 'unit=Nobody', 'unit=A+unit&unit=A+unit']) {
    assert.equal(search(`q=資安&${query}`), false, query);
  }
});

test('without the search pages, /search is no page of the content layer', () => {
  assert.equal(publicRouteExists(index, 'zh-TW', '/search', new URLSearchParams(''), NOW), false);
});
