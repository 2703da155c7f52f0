/**
 * Nothing unpublished in the open data: drafts, scheduled releases before
 * their time and releases removed as published in error are absent from every
 * endpoint, dataset and feed, asked for by slug too, exactly as a slug that
 * never existed. (Pages: preview.spec.ts and public-record.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { ApiContract } from './support/openapi';

const SECRETS = [
  /fixture-draft(?!-)/, /fixture-draft-edit/, /fixture-scheduled/, /fixture-removed/, /fixture-replaced/,
  /測試草稿/, /測試排程/, /Test draft/, /Test scheduled/, /English still a draft/, /編輯前/,
  /誤發已移除/, /誤發並由另一則取代/, /removed as published in error/, /REMOVED-FIXTURE-TEXT/, /REPLACED-FIXTURE-TEXT/,
];

/** Every open-data address that lists releases, whole. */
const SURFACES = [
  '/api/v1/releases?per_page=100',
  '/api/v1/releases?lang=en&per_page=100',
  '/api/v1/releases?per_page=100&year=2099',
  '/api/v1/releases?per_page=100&updated_since=2000-01-01',
  '/api/v1/releases?lang=en&per_page=100&updated_since=2000-01-01',
  `/api/v1/releases?per_page=100&q=${encodeURIComponent('草稿')}`,
  `/api/v1/releases?per_page=100&q=${encodeURIComponent('排程')}`,
  `/api/v1/releases?per_page=100&q=${encodeURIComponent('誤發')}`,
  '/api/v1/releases?lang=en&per_page=100&q=draft',
  '/api/v1/releases?lang=en&per_page=100&q=scheduled',
  '/api/v1/releases?lang=en&per_page=100&q=removed',
  '/api/v1/units',
  '/api/v1/tags',
  '/api/v1/releases/fixture-partial-draft',
];

test('no draft, scheduled or removed release in any open-data list, search or record', async ({ request }) => {
  const contract = await ApiContract.load(request);
  for (const path of SURFACES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    await contract.check(response);
    const text = await response.text();
    for (const secret of SECRETS) expect(text, `${path} holds ${secret}`).not.toMatch(secret);
  }
  // The year 2099 (the scheduled fixture's) is empty, not an error that would reveal it either.
  expect((await (await request.get('/api/v1/releases?year=2099')).json()).meta.total).toBe(0);
});

/** The datasets and feeds, whole. */
const FILES = [
  '/open-data/press-releases.zh-TW.csv', '/open-data/press-releases.en.csv',
  '/open-data/press-releases.zh-TW.json', '/open-data/press-releases.en.json',
  '/open-data/press-releases.zh-TW.xml', '/open-data/press-releases.en.xml',
];

test('no draft, scheduled or removed release in any dataset', async ({ request }) => {
  for (const path of FILES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const text = await response.text();
    for (const secret of SECRETS) expect(text, `${path} holds ${secret}`).not.toMatch(secret);
  }
});

test('asked for by slug, a draft, a scheduled or a removed release is a 404 exactly like a slug that never existed', async ({ request }) => {
  const never = await request.get('/api/v1/releases/no-such-release-ever');
  expect(never.status()).toBe(404);
  const neverBody = (await never.text()).replace('no-such-release-ever', 'SLUG');
  for (const slug of ['fixture-draft', 'fixture-draft-edit', 'fixture-scheduled', 'fixture-removed', 'fixture-replaced']) {
    const response = await request.get(`/api/v1/releases/${slug}`);
    expect(response.status(), slug).toBe(404);
    expect((await response.text()).replace(slug, 'SLUG'), slug).toBe(neverBody);
    expect(response.headers()['cache-control'], slug).toBe('private, no-store');
  }
  // A release whose English version is a draft is public in Chinese only, with no English alternate.
  const partial = await (await request.get('/api/v1/releases/fixture-partial-draft')).json();
  expect(partial.languages).toEqual(['zh-TW']);
  expect(partial.versions['zh-TW'].alternates).toEqual({ 'zh-TW': expect.stringMatching(/\/press\/fixture-partial-draft$/) });
});

test('a draft unit or tag is not a known filter value', async ({ request }) => {
  // The drafts' titles are secrets; their units are shared with public fixtures. A tag only a draft
  // had would be refused like any unknown one: the facets come from the public list only.
  const units = await (await request.get('/api/v1/units')).json();
  const total = (await (await request.get('/api/v1/releases?per_page=1')).json()).meta.total;
  expect(units.data['zh-TW'].reduce((sum: number, unit: { count: number }) => sum + unit.count, 0)).toBe(total);
});

/** The unit and tag pages and feeds: the drafts, scheduled and removed fixtures are all of the test unit. */
const GROUP_SURFACES = [
  '/units', '/en/units', '/tags', '/en/tags',
  '/units/test-unit', '/units/test-unit?page=2', '/en/units/test-unit', '/en/units/test-unit?page=2', '/units/ministry', '/en/units/ministry',
  '/units/test-unit/feed.xml', '/units/test-unit/feed.json', '/en/units/test-unit/feed.xml', '/en/units/test-unit/feed.json',
  `/tags/${encodeURIComponent('測試標籤甲')}`, `/tags/${encodeURIComponent('測試標籤甲')}/feed.xml`, `/tags/${encodeURIComponent('測試標籤甲')}/feed.json`,
  '/en/tags/Test%20tag%20A', '/en/tags/Test%20tag%20A/feed.xml', '/en/tags/Test%20tag%20A/feed.json',
  '/sitemap.xml',
];

test('no draft, scheduled or removed release on any unit or tag page or in their feeds', async ({ request }) => {
  for (const path of GROUP_SURFACES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const text = await response.text();
    for (const secret of SECRETS) expect(text, `${path} holds ${secret}`).not.toMatch(secret);
  }
  // The unit's page and feeds hold as many releases as the API says it has in public (withdrawn ones in the feeds only).
  const api = await (await request.get(`/api/v1/releases?per_page=100&unit=${encodeURIComponent('測試單位')}`)).json();
  const feed = await (await request.get('/units/test-unit/feed.json')).json();
  expect(feed.items.map((item: { url: string }) => new URL(item.url).pathname)).toEqual(
    api.data.slice(0, 20).map((release: { url: string }) => new URL(release.url).pathname),
  );
});
