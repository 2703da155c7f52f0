import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Facets } from '@/content-layer/filters';
import { parseReleasesQuery, releasesQueryString } from './releases-query';

const facets: Facets = { years: [2024, 2023], tags: [{ tag: '資安', count: 2 }], units: [{ unit: '數位發展部', count: 3 }] };
const parse = (query: string) => parseReleasesQuery(new URLSearchParams(query), () => facets);
const names = (query: string) => {
  const parsed = parse(query);
  return 'problems' in parsed ? parsed.problems.map((problem) => problem.name) : [];
};

test('defaults: Chinese, page 1, 20 a page', () => {
  assert.deepEqual(parse(''), { query: { lang: 'zh-TW', page: 1, perPage: 20 } });
});

test('reads every parameter', () => {
  const parsed = parse('lang=en&page=2&per_page=100&unit=數位發展部&tag=資安&year=1999&updated_since=2024-01-31T09:30&q=%20資安%20%20署%20');
  assert.ok('query' in parsed);
  assert.deepEqual(parsed.query, {
    lang: 'en', page: 2, perPage: 100, unit: '數位發展部', tag: '資安', year: 1999,
    updatedSince: new Date('2024-01-31T09:30:00+08:00'), q: '資安 署',
  });
  assert.equal(releasesQueryString(parsed.query, 3), 'lang=en&unit=%E6%95%B8%E4%BD%8D%E7%99%BC%E5%B1%95%E9%83%A8&tag=%E8%B3%87%E5%AE%89&year=1999&updated_since=2024-01-31T09%3A30%3A00%2B08%3A00&q=%E8%B3%87%E5%AE%89+%E7%BD%B2&page=3&per_page=100');
});

test('every problem at once, by parameter', () => {
  assert.deepEqual(names('per_page=0&page=x&year=24&colour=red').sort(), ['colour', 'page', 'per_page', 'year']);
  assert.deepEqual(names('per_page=101'), ['per_page']);
  assert.deepEqual(names('per_page=1e2'), ['per_page']);
  assert.deepEqual(names('page=01'), ['page']);
  assert.deepEqual(names('lang=fr'), ['lang']);
  assert.deepEqual(names('lang=en&lang=en'), ['lang']);
  assert.deepEqual(names('q=%20'), ['q']);
  assert.deepEqual(names('unit='), ['unit']);
  assert.deepEqual(names('unit=資安署&tag=AI'), ['unit', 'tag']);
  assert.deepEqual(names('updated_since=2024-02-30'), ['updated_since']);
  assert.deepEqual(names(`tag=${'x'.repeat(201)}`), ['tag']);
});

test('a unit is named by its name in the language or by its slug', () => {
  const bySlug = (lang: string, slug: string) => (slug === 'ministry' ? '數位發展部' : undefined);
  const parsed = parseReleasesQuery(new URLSearchParams('unit=ministry'), () => facets, bySlug);
  assert.ok('query' in parsed);
  assert.equal(parsed.query.unit, '數位發展部');
  assert.ok('problems' in parseReleasesQuery(new URLSearchParams('unit=nobody'), () => facets, bySlug));
  // A slug stands for a unit only where it has releases, like a name.
  assert.ok('problems' in parseReleasesQuery(new URLSearchParams('unit=ministry'), () => facets, () => '資料創新司'));
});
