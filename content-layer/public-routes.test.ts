import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadContentTree } from './load';
import { publicRouteExists } from './public-routes';
import { ReleaseIndex } from './releases';
import { makeContentTree, releaseFile } from './test-tree';

const NOW = new Date('2024-06-01T00:00:00+08:00');
const files: Record<string, string> = { 'draft/zh-TW.md': releaseFile({ draft: true }) };
for (let n = 1; n <= 16; n++) files[`r${n}/zh-TW.md`] = releaseFile({ date: `2024-01-${String(n).padStart(2, '0')}` });
files['r1/en.md'] = releaseFile();
const index = new ReleaseIndex(loadContentTree(makeContentTree(files)).releases);
const exists = (locale: 'zh-TW' | 'en', path: string, query = '') =>
  publicRouteExists(index, locale, path, new URLSearchParams(query), NOW);

test('the fixed pages and real press-list pages exist', () => {
  assert.equal(exists('zh-TW', '/'), true);
  assert.equal(exists('en', '/site-map'), true);
  assert.equal(exists('zh-TW', '/accessibility'), true);
  assert.equal(exists('zh-TW', '/press'), true);
  assert.equal(exists('zh-TW', '/press', 'page=2'), true);
  assert.equal(exists('en', '/press', 'page=1'), true);
});

test('pages past the end or not numbers do not', () => {
  assert.equal(exists('zh-TW', '/press', 'page=3'), false);
  assert.equal(exists('en', '/press', 'page=2'), false);
  assert.equal(exists('zh-TW', '/press', 'page=abc'), false);
  assert.equal(exists('zh-TW', '/press', 'page=1&page=2'), false);
});

test('a release exists only where it is public in that language', () => {
  assert.equal(exists('zh-TW', '/press/r1'), true);
  assert.equal(exists('en', '/press/r1'), true);
  assert.equal(exists('en', '/press/r2'), false);
  assert.equal(exists('zh-TW', '/press/draft'), false);
  assert.equal(exists('zh-TW', '/press/r1/extra'), false);
  assert.equal(exists('zh-TW', '/about'), false);
});
