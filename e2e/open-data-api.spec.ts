import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { axeViolations } from './support/axe';
import { E2E_DIST_DIR } from './support/content';
import { ApiContract } from './support/openapi';

// Every answer in this file is held to /api/v1/openapi.json (support/openapi.ts).
let contract: ApiContract;
test.beforeAll(async ({ playwright, baseURL }) => {
  const request = await playwright.request.newContext({ baseURL });
  contract = await ApiContract.load(request);
  await request.dispose();
});

type Summary = { slug: string; lang: string; title: string; status: string; published: string; updated: string | null; unit: string; tags: string[]; url: string; api_url: string };
type List = { data: Summary[]; meta: { total: number; page: number; per_page: number; pages: number; lang: string }; links: Record<string, string | null> };
type Problem = { type: string; title: string; status: number; detail: string; invalid_params?: { name: string; reason: string }[] };

async function get<T>(request: APIRequestContext, path: string, status = 200, headers: Record<string, string> = {}): Promise<T> {
  const response = await request.get(path, { headers });
  expect(response.status(), path).toBe(status);
  return (await contract.check(response)) as T;
}

/** Every zh-TW release public in the fixtures, newest first: withdrawn included, drafts, scheduled and removed ones not. */
const ZH_PUBLIC = 21;
const EN_PUBLIC = 18;

test('the OpenAPI document is valid OpenAPI 3.1 and describes every endpoint', async ({ request }) => {
  const response = await request.get('/api/v1/openapi.json');
  expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
  expect(response.headers()['access-control-allow-origin']).toBe('*');
  expect(Object.keys(contract.document.paths).sort()).toEqual(['/openapi.json', '/releases', '/releases/{slug}', '/tags', '/units']);
});

test('the list: newest first, both languages, withdrawn releases marked, dates in Taipei time', async ({ request }) => {
  const zh = await get<List>(request, '/api/v1/releases?per_page=100');
  expect(zh.meta).toEqual({ lang: 'zh-TW', total: ZH_PUBLIC, page: 1, per_page: 100, pages: 1 });
  const dates = zh.data.map((release) => Date.parse(release.published));
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  expect(zh.data[0]).toMatchObject({ slug: 'fixture-rich', lang: 'zh-TW', published: '2024-01-17T10:30:00+08:00', updated: '2024-02-01T00:00:00+08:00' });
  expect(zh.data.find((release) => release.slug === 'fixture-withdrawn')?.status).toBe('withdrawn');
  expect(zh.data.filter((release) => release.status === 'withdrawn')).toHaveLength(1);
  const en = await get<List>(request, '/api/v1/releases?lang=en&per_page=100');
  expect(en.meta.total).toBe(EN_PUBLIC);
  expect(en.data.every((release) => release.lang === 'en' && release.url.includes('/en/press/'))).toBe(true);
  expect(en.data.map((release) => release.slug)).not.toContain('fixture-untranslated');
});

test('pages: links and Link header, every release once across them, a page past the end is a 404', async ({ request }) => {
  const all = (await get<List>(request, '/api/v1/releases?per_page=100')).data.map((release) => release.slug);
  const walked: string[] = [];
  let next: string | null = '/api/v1/releases?per_page=4';
  let pages = 0;
  while (next) {
    const response = await request.get(next.replace(/^https?:\/\/[^/]+/, ''));
    expect(response.status()).toBe(200);
    const page = (await contract.check(response)) as List;
    pages++;
    expect(page.meta).toMatchObject({ page: pages, per_page: 4, pages: 6, total: ZH_PUBLIC });
    expect(page.links.prev === null).toBe(pages === 1);
    if (page.links.next) expect(response.headers()['link']).toContain(`<${page.links.next}>; rel="next"`);
    walked.push(...page.data.map((release) => release.slug));
    next = page.links.next ?? null;
  }
  expect(pages).toBe(6);
  expect(walked).toEqual(all);
  const past = await get<Problem>(request, '/api/v1/releases?per_page=4&page=7', 404);
  expect(past).toMatchObject({ status: 404, title: 'Page past the end of the list' });
  expect(past.detail).toBe('Page 7 is past the end: this list has 6 pages of 4.');
});

test('filters: unit, tag, year, updated_since and q, alone and together', async ({ request }) => {
  const slugs = async (query: string) => (await get<List>(request, `/api/v1/releases?per_page=100&${query}`)).data.map((release) => release.slug);
  expect(await slugs('lang=en&unit=Ministry+of+Digital+Affairs')).toEqual(['5763']);
  expect(await slugs(`unit=${encodeURIComponent('測試單位')}`)).toHaveLength(ZH_PUBLIC - 1);
  expect(await slugs('lang=en&tag=Test+tag+B')).toEqual(['fixture-rich']);
  expect(await slugs('lang=en&tag=Test+tag+A')).toEqual(['fixture-rich', 'fixture-05', 'fixture-04', 'fixture-03', 'fixture-02', 'fixture-01']);
  expect(await slugs('year=2023')).toEqual(['fixture-partial-draft', '5763']);
  expect(await slugs('year=1999')).toEqual([]);
  expect(await slugs('lang=en&tag=Test+tag+A&year=2024&unit=Test+Unit')).toHaveLength(6);
  // Published, corrected or withdrawn on or after 20 January 2024 (Taipei): 14 was corrected, rich updated, withdrawn withdrawn.
  expect((await slugs('updated_since=2024-01-20')).sort()).toEqual(['fixture-14', 'fixture-rich', 'fixture-withdrawn']);
  expect((await slugs('updated_since=2024-02-05T00:00:00%2B08:00')).sort()).toEqual(['fixture-14']);
  expect(await slugs('lang=en&updated_since=2024-02-05T00:00:00Z')).toEqual([]);
  // The site's search: its first hit is the release the page finds first.
  expect((await slugs(`q=${encodeURIComponent('韓國代表')}`))[0]).toBe('5763');
  expect(await slugs('lang=en&q=cybersecurity&year=2024')).toEqual([]);
  expect(await slugs('lang=en&q=withdrawn')).toContain('fixture-withdrawn');
  expect((await slugs(`q=${encodeURIComponent('測試')}&tag=${encodeURIComponent('測試標籤乙')}`))).toEqual(['fixture-rich']);
});

test('one release: both languages, whole, with dates, alternates, images, changes and status', async ({ request }) => {
  type Version = Summary & Record<string, unknown> & { images: Record<string, unknown>[]; alternates: Record<string, string>; changes: unknown[]; body_html: string; body_text: string };
  type Release = { slug: string; languages: string[]; versions: Record<string, Version> };
  const seed = await get<Release>(request, '/api/v1/releases/5763');
  expect(seed.languages).toEqual(['zh-TW', 'en']);
  expect(seed.versions['zh-TW']!.title).toBe('唐鳳部長與駐台北韓國代表李殷鎬會面 期許臺韓攜手強化資安聯防');
  expect(seed.versions.en).toMatchObject({ published: '2023-07-20T00:00:00+08:00', updated: '2023-07-21T00:00:00+08:00', unit: 'Ministry of Digital Affairs' });
  expect(seed.versions.en!.alternates).toEqual({ 'zh-TW': expect.stringMatching(/\/press\/5763$/), en: expect.stringMatching(/\/en\/press\/5763$/) });
  expect(seed.versions.en!.body_text).toContain('Audrey Tang, the Minister of Digital Affairs');
  expect(seed.versions.en!.body_html).toMatch(/^<p>/);

  const rich = await get<Release>(request, '/api/v1/releases/fixture-rich');
  const images = rich.versions.en!.images;
  expect(images).toHaveLength(4);
  expect(images[0]).toMatchObject({ alt: 'A blue and green test pattern with a white circle and square', caption: 'Lead image caption (test)' });
  expect(images[0]!.url).toMatch(/^https?:\/\/[^/]+\/media\/fixture-rich\/[0-9a-f]{16}\/\d+\/lead\.jpg$/);
  expect(images[1]).toMatchObject({ alt: '', caption: 'An image not yet described (test)' });
  expect(images[3]).toMatchObject({ url: expect.stringMatching(/\/icon\.svg$/), width: 64, height: 64 });
  // The image URLs work.
  expect((await request.get(new URL(String(images[0]!.url)).pathname)).status()).toBe(200);
  // The HTML is the sanitised body, never a script.
  const hostile = await get<Release>(request, '/api/v1/releases/fixture-hostile');
  expect(hostile.versions['zh-TW']!.body_html).not.toMatch(/<script|onerror=|javascript:/i);

  const corrected = await get<Release>(request, '/api/v1/releases/fixture-14');
  expect(corrected.versions['zh-TW']!.changes).toEqual([
    { date: '2024-01-20T10:30:00+08:00', note: '更正測試得獎隊伍數量與標題。' },
    { date: '2024-02-10T09:00:00+08:00', note: "補充測試頒獎日期。<script>alert('note')</script>" },
  ]);
  expect(corrected.versions['zh-TW']!.updated).toBe('2024-02-10T09:00:00+08:00');

  const withdrawn = await get<Release>(request, '/api/v1/releases/fixture-withdrawn');
  expect(withdrawn.versions.en).toMatchObject({
    status: 'withdrawn',
    withdrawn: { date: '2024-02-01T09:00:00+08:00', reason: 'A made-up reason for tests: this fixture was superseded by another.' },
  });

  const chineseOnly = await get<Release>(request, '/api/v1/releases/fixture-untranslated');
  expect(chineseOnly.languages).toEqual(['zh-TW']);
  expect(Object.keys(chineseOnly.versions)).toEqual(['zh-TW']);
});

test('units and tags, per language, with counts that match the list', async ({ request }) => {
  type Facets = { data: Record<string, { name: string; count: number; releases_url: string; page_url: string | null; feed_url: string | null; json_feed_url: string | null }[]> };
  const units = await get<Facets>(request, '/api/v1/units');
  expect(units.data.en).toEqual([
    {
      name: 'Test Unit', slug: 'test-unit', count: EN_PUBLIC - 1, releases_url: expect.stringContaining('/api/v1/releases?lang=en&unit=Test+Unit'),
      page_url: expect.stringMatching(/\/en\/units\/test-unit$/), feed_url: expect.stringMatching(/\/en\/units\/test-unit\/feed\.xml$/),
      json_feed_url: expect.stringMatching(/\/en\/units\/test-unit\/feed\.json$/),
    },
    {
      name: 'Ministry of Digital Affairs', slug: 'ministry', count: 1, releases_url: expect.any(String),
      page_url: expect.stringMatching(/\/en\/units\/ministry$/), feed_url: expect.any(String), json_feed_url: expect.any(String),
    },
  ]);
  // Each unit's page and feeds answer; the slug filters the list as the name does.
  for (const unit of [...units.data.en!, ...units.data['zh-TW']!]) {
    for (const url of [unit.page_url!, unit.feed_url!, unit.json_feed_url!]) expect((await request.get(new URL(url).pathname)).status(), url).toBe(200);
  }
  const slugs = async (query: string) => (await get<List>(request, `/api/v1/releases?per_page=100&${query}`)).data.map((release) => release.slug);
  expect(await slugs('lang=en&unit=ministry')).toEqual(['5763']);
  expect(await slugs('unit=test-unit')).toEqual(await slugs(`unit=${encodeURIComponent('測試單位')}`));
  expect(units.data['zh-TW']!.map((unit) => [unit.name, unit.count])).toEqual([['測試單位', ZH_PUBLIC - 1], ['數位發展部', 1]]);
  const tags = await get<Facets>(request, '/api/v1/tags');
  for (const tag of tags.data.en!) {
    const list = await get<List>(request, new URL(tag.releases_url).pathname + new URL(tag.releases_url).search);
    expect(list.meta.total, tag.name).toBe(tag.count);
    expect(new URL(tag.page_url!).pathname, tag.name).toBe(`/en/tags/${encodeURIComponent(tag.name)}`);
    expect((await request.get(new URL(tag.feed_url!).pathname)).status(), tag.name).toBe(200);
  }
});

test('HTTP: ETag and Last-Modified answer 304, CORS on every GET, cache lifetimes, compression', async ({ request }) => {
  for (const path of ['/api/v1/releases?lang=en', '/api/v1/releases/5763', '/api/v1/units', '/api/v1/tags', '/api/v1/openapi.json']) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    const headers = first.headers();
    expect(headers['access-control-allow-origin'], path).toBe('*');
    expect(headers['cache-control'], path).toMatch(/^public, max-age=\d+, s-maxage=\d+$/);
    expect(headers['etag'], path).toMatch(/^W\/".+"$/);
    expect(Date.parse(headers['last-modified']!), path).not.toBeNaN();
    const byTag = await request.get(path, { headers: { 'If-None-Match': headers['etag']! } });
    expect(byTag.status(), path).toBe(304);
    await contract.check(byTag);
    expect(byTag.headers()['etag']).toBe(headers['etag']);
    const byDate = await request.get(path, { headers: { 'If-Modified-Since': headers['last-modified']! } });
    expect(byDate.status(), path).toBe(304);
    const changed = await request.get(path, { headers: { 'If-None-Match': 'W/"something-else"', 'If-Modified-Since': headers['last-modified']! } });
    expect(changed.status(), `${path}: If-None-Match decides over If-Modified-Since`).toBe(200);
    const older = await request.get(path, { headers: { 'If-Modified-Since': new Date(Date.parse(headers['last-modified']!) - 1000).toUTCString() } });
    expect(older.status(), path).toBe(200);
  }
  // The newest fixture was corrected on 10 February 2024: that is the Chinese list's last change.
  expect((await request.get('/api/v1/releases')).headers()['last-modified']).toBe('Sat, 10 Feb 2024 01:00:00 GMT');
  // Nothing is scheduled soon in these fixtures: the pages' minute.
  expect((await request.get('/api/v1/releases')).headers()['cache-control']).toBe('public, max-age=60, s-maxage=60');

  const preflight = await request.fetch('/api/v1/releases', { method: 'OPTIONS', headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET' } });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()['access-control-allow-origin']).toBe('*');

  const gzip = await fetch(new URL('/api/v1/releases?per_page=100', test.info().project.use.baseURL).href, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(gzip.headers.get('content-encoding')).toBe('gzip');
  const text = await gzip.text(); // fetch decodes it
  expect(JSON.parse(text).meta.total).toBe(ZH_PUBLIC);
});

test('every bad parameter is a 400 or 404 problem, in English, naming the parameter', async ({ request }) => {
  const cases: [string, number, string | null][] = [
    ['/api/v1/releases?per_page=0', 400, 'per_page'],
    ['/api/v1/releases?per_page=1000', 400, 'per_page'],
    ['/api/v1/releases?per_page=abc', 400, 'per_page'],
    ['/api/v1/releases?page=0', 400, 'page'],
    ['/api/v1/releases?page=-1', 400, 'page'],
    ['/api/v1/releases?page=1.5', 400, 'page'],
    ['/api/v1/releases?page=999', 404, null],
    ['/api/v1/releases?lang=fr', 400, 'lang'],
    ['/api/v1/releases?lang=en&lang=zh-TW', 400, 'lang'],
    ['/api/v1/releases?year=24', 400, 'year'],
    ['/api/v1/releases?updated_since=yesterday', 400, 'updated_since'],
    ['/api/v1/releases?updated_since=2024-02-30', 400, 'updated_since'],
    ['/api/v1/releases?updated_since=2024-01-01T25:00', 400, 'updated_since'],
    ['/api/v1/releases?unit=No+such+unit', 400, 'unit'],
    ['/api/v1/releases?lang=en&unit=%E6%B8%AC%E8%A9%A6%E5%96%AE%E4%BD%8D', 400, 'unit'],
    ['/api/v1/releases?tag=nope', 400, 'tag'],
    ['/api/v1/releases?q=', 400, 'q'],
    ['/api/v1/releases?sort=title', 400, 'sort'],
    ['/api/v1/releases?per-page=5', 400, 'per-page'],
    ['/api/v1/releases/5763?lang=en', 400, 'lang'],
    ['/api/v1/units?lang=en', 400, 'lang'],
    ['/api/v1/releases/no-such-release', 404, null],
    ['/api/v1/releases/..%2F..%2Fetc%2Fpasswd', 404, null],
    ['/api/v1/releases/5763/extra', 404, null],
    ['/api/v1/nothing-here', 404, null],
    ['/api/v1', 404, null],
  ];
  for (const [path, status, parameter] of cases) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(status);
    expect(response.headers()['content-type'], path).toBe('application/problem+json; charset=utf-8');
    expect(response.headers()['cache-control'], path).toBe('private, no-store');
    expect(response.headers()['access-control-allow-origin'], path).toBe('*');
    const body = (await contract.check(response)) as Problem;
    expect(body.status, path).toBe(status);
    expect(body.type, path).toMatch(/\/open-data\/api#[a-z-]+$/);
    if (parameter) expect(body.invalid_params?.map((each) => each.name), path).toContain(parameter);
  }
  const several = await get<Problem>(request, '/api/v1/releases?per_page=0&year=x&colour=red', 400);
  expect(several.invalid_params?.map((each) => each.name).sort()).toEqual(['colour', 'per_page', 'year']);
  const refused = await request.post('/api/v1/releases', { data: {} });
  expect(refused.status()).toBe(405);
  expect(refused.headers()['allow']).toBe('GET, HEAD, OPTIONS');
  await contract.check(refused, 'POST');
});

test.describe('the API’s page for people', () => {
  for (const [path, heading, other] of [
    ['/open-data/api', '開放資料 API', '/en/open-data/api'],
    ['/en/open-data/api', 'Open data API', '/open-data/api'],
  ] as const) {
    test(`${path}: what each endpoint gives, every problem type by its anchor, accessible`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.locator('main a[href="/api/v1/openapi.json"]')).toBeVisible();
      // Each problem's `type` URI points here.
      for (const type of ['invalid-parameter', 'page-not-found', 'not-found', 'method-not-allowed']) {
        await expect(page.locator(`#${type}`)).toContainText(type);
      }
      await expect(page.locator('link[rel="alternate"][hreflang]').first()).toBeAttached();
      expect(await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((link) => new URL(link.getAttribute('href')!, 'http://x').pathname))).toContain(other);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test('a path under it that is no page is the localized 404', async ({ request }) => {
    expect((await request.get('/open-data/api/nothing')).status()).toBe(404);
    expect((await request.get('/en/open-data/apis')).status()).toBe(404);
  });
});

test('the API adds nothing to any page’s JavaScript', () => {
  // Its code runs in route handlers only: no script the browser loads holds any of it.
  const chunks = join(E2E_DIST_DIR, 'static', 'chunks');
  const files = readdirSync(chunks, { recursive: true }).map(String).filter((name) => name.endsWith('.js'));
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const text = readFileSync(join(chunks, file), 'utf8');
    for (const marker of ['problem+json', 'invalid-parameter', 'api_url', 'openapi']) expect(text, `${file} holds ${marker}`).not.toContain(marker);
  }
});
