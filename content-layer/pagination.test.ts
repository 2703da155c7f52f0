import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageLinks, paginate, parsePageParam } from './pagination';

test('page numbers are plain positive whole numbers; absent is page 1', () => {
  assert.equal(parsePageParam(undefined), 1);
  assert.equal(parsePageParam('1'), 1);
  assert.equal(parsePageParam('12'), 12);
  for (const bad of ['0', '-1', '1.5', 'abc', '01', '', ' 2', '1e3', '9999999', ['1', '2']]) {
    assert.equal(parsePageParam(bad), null, String(bad));
  }
});

test('15 a page; past the end is null; an empty list still has its first page', () => {
  const items = Array.from({ length: 31 }, (_, i) => i);
  assert.deepEqual(paginate(items, 1)?.items, items.slice(0, 15));
  assert.deepEqual(paginate(items, 3), { items: [30], page: 3, totalPages: 3, totalItems: 31 });
  assert.equal(paginate(items, 4), null);
  assert.equal(paginate(items, 0), null);
  assert.deepEqual(paginate([], 1), { items: [], page: 1, totalPages: 1, totalItems: 0 });
  assert.equal(paginate([], 2), null);
});

test('page links: every page of a short list, a window with gaps for a long one', () => {
  assert.deepEqual(pageLinks(1, 1), [1]);
  assert.deepEqual(pageLinks(2, 5), [1, 2, 3, 4, 5]);
  assert.deepEqual(pageLinks(1, 667), [1, 2, 3, 'gap', 667]);
  assert.deepEqual(pageLinks(6, 667), [1, 'gap', 4, 5, 6, 7, 8, 'gap', 667]);
  assert.deepEqual(pageLinks(667, 667), [1, 'gap', 665, 666, 667]);
  // A gap would hide a single page: that page is linked instead.
  assert.deepEqual(pageLinks(5, 9), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
  assert.deepEqual(pageLinks(4, 20), [1, 2, 3, 4, 5, 6, 'gap', 20]);
});
