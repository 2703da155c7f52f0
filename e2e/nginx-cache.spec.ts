import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { PUBLIC_CACHE_CONTROL } from '../cache-policy';
import { waitForHydration, PREVIEW_SECRET } from './support/site';

/**
 * deploy/nginx.conf in front of the e2e server (the `nginx` project; see
 * playwright.config.ts). The cache key includes the host name, so each test
 * asks under a host name of its own: no test can see another's entries,
 * whatever the order, the number of workers or runs, or a reused nginx.
 */

/** What nginx says the cache did: HIT, MISS, STALE, UPDATING, BYPASS, or undefined. */
const cacheStatus = (response: APIResponse) => response.headers()['x-cache-status'];

/** Every response from the portal carries its CSP (next.config.ts); nginx's own answers do not. */
const fromPortal = (response: APIResponse) => response.headers()['content-security-policy'] !== undefined;

/** Requests under a host name no other test uses (or under `host`, to share one with another client). */
function isolated(request: APIRequestContext, host = `t-${randomUUID().slice(0, 8)}.nginx-test.localhost`) {
  return {
    host,
    get: (path: string, headers: Record<string, string> = {}, maxRedirects = 0) =>
      request.get(path, { headers: { host, ...headers }, maxRedirects }),
    fetch: (path: string, method: string, options: { headers?: Record<string, string>; form?: Record<string, string> } = {}) =>
      request.fetch(path, { method, headers: { host, ...options.headers }, form: options.form, maxRedirects: 0 }),
  };
}

/** The raw bytes on the wire: Node's client adds no Accept-Encoding and decodes nothing. */
function rawGet(baseURL: string, path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      const req = httpRequest(new URL(path, baseURL), { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end();
    },
  );
}

const isHtml = (response: APIResponse) => (response.headers()['content-type'] ?? '').startsWith('text/html');
const isFlight = (response: APIResponse) => (response.headers()['content-type'] ?? '').startsWith('text/x-component');

/** What the client router sends on a navigation to a release (a state tree as Next encodes it). */
const NAVIGATION = {
  rsc: '1',
  'next-router-state-tree': encodeURIComponent(
    JSON.stringify(['', { children: ['en', { children: ['press', { children: ['__PAGE__', {}] }] }] }, null, null, true]),
  ),
};

test('a release page is fetched once, then served from the cache, byte for byte', async ({ request }) => {
  const client = isolated(request);
  const first = await client.get('/en/press/fixture-01');
  expect(first.status()).toBe(200);
  expect(cacheStatus(first)).toBe('MISS');
  const html = await first.text();
  expect(html).toContain('<h1 class="release__title">Test fixture release 01</h1>');

  const second = await client.get('/en/press/fixture-01');
  expect(second.status()).toBe(200);
  expect(cacheStatus(second)).toBe('HIT');
  expect(isHtml(second)).toBe(true);
  expect(await second.text()).toBe(html);
});

test('page and client-navigation (RSC) requests for one URL never share an entry: HTML cached first', async ({
  request,
}) => {
  const client = isolated(request);
  const path = '/en/press/fixture-02';
  expect(cacheStatus(await client.get(path))).toBe('MISS');
  const cachedHtml = await client.get(path);
  expect(cacheStatus(cachedHtml)).toBe('HIT');
  expect(isHtml(cachedHtml)).toBe(true);

  // The same URL with the router's headers: not the cached HTML. Next first
  // sends the router to the URL carrying the hash of its headers (`_rsc`).
  const navigation = await client.get(path, NAVIGATION);
  expect(cacheStatus(navigation)).not.toBe('HIT');
  expect(isHtml(navigation)).toBe(false);
  expect(navigation.status()).toBe(307);
  const flightPath = navigation.headers().location!;
  expect(flightPath).toMatch(/^\/en\/press\/fixture-02\?_rsc=/);

  const flight = await client.get(flightPath, NAVIGATION);
  expect(flight.status()).toBe(200);
  expect(isFlight(flight)).toBe(true);
  expect(cacheStatus(flight)).toBe('MISS');
  const flightAgain = await client.get(flightPath, NAVIGATION);
  expect(cacheStatus(flightAgain)).toBe('HIT');
  expect(isFlight(flightAgain)).toBe(true);
  expect(await flightAgain.text()).toBe(await flight.text());

  // Following the redirect (the headers go along) ends at flight data too.
  const followed = await client.get(path, NAVIGATION, 5);
  expect(isFlight(followed)).toBe(true);

  // And the flight URL asked for by a reader (no router headers) is HTML, not the cached flight data.
  const page = await client.get(flightPath);
  expect(page.status()).toBe(200);
  expect(cacheStatus(page)).not.toBe('HIT');
  expect(isHtml(page)).toBe(true);
  expect(await page.text()).toContain('<h1 class="release__title">Test fixture release 02</h1>');
});

test('page and client-navigation (RSC) requests for one URL never share an entry: flight data cached first', async ({
  request,
}) => {
  const client = isolated(request);
  // With only `RSC: 1`, the hash of the router's headers is empty: `?_rsc`.
  const path = '/en/press/fixture-03?_rsc';
  const rsc = { rsc: '1' };
  const flight = await client.get(path, rsc);
  expect(flight.status()).toBe(200);
  expect(isFlight(flight)).toBe(true);
  expect(cacheStatus(flight)).toBe('MISS');
  expect(cacheStatus(await client.get(path, rsc))).toBe('HIT');

  const page = await client.get(path);
  expect(page.status()).toBe(200);
  expect(isHtml(page)).toBe(true);
  expect(cacheStatus(page)).toBe('MISS');
  expect(await page.text()).toContain('<h1 class="release__title">Test fixture release 03</h1>');
  const pageAgain = await client.get(path);
  expect(cacheStatus(pageAgain)).toBe('HIT');
  expect(isHtml(pageAgain)).toBe(true);

  // A prefetch is another answer again, so another entry.
  const prefetch = await client.get(path, { ...rsc, 'next-router-prefetch': '1' });
  expect(cacheStatus(prefetch)).toBe('MISS');
  expect(isHtml(prefetch)).toBe(false);
});

test('client-side navigation in a browser works through the cache', async ({ page }) => {
  const flight: { url: string; status: number; cache: string | undefined }[] = [];
  const documents: string[] = [];
  page.on('response', (response) => {
    if ((response.headers()['content-type'] ?? '').startsWith('text/x-component')) {
      flight.push({ url: response.url(), status: response.status(), cache: response.headers()['x-cache-status'] });
    }
  });
  page.on('request', (request) => {
    if (request.resourceType() === 'document') documents.push(request.url());
  });

  await page.goto('/en/press');
  await waitForHydration(page, 'Toggle Dark/Light Mode');
  // Survives a client-side navigation, not a page load.
  await page.evaluate(() => Object.assign(window, { loadedOnce: true }));
  const documentsBefore = documents.length;

  await page.getByRole('link', { name: 'Test fixture release 12', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/press\/fixture-12$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Test fixture release 12');
  expect(await page.evaluate(() => (window as unknown as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
  expect(documents.slice(documentsBefore)).toEqual([]);

  // The router's requests went through nginx's cache and got flight data.
  expect(flight.length).toBeGreaterThan(0);
  for (const each of flight) {
    expect(each.status, each.url).toBe(200);
    expect(['HIT', 'MISS', 'STALE', 'UPDATING', 'REVALIDATED'], each.url).toContain(each.cache);
  }

  // A page load of the same release is HTML, whatever the router had cached.
  const reload = await page.reload();
  expect(reload?.headers()['content-type']).toMatch(/^text\/html/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Test fixture release 12');
});

/**
 * A page's HTML, less the one part that may differ between two renders of it:
 * a page Next first renders for a client router's request keeps that request's
 * `_rsc` marker in its flight data (its URL, "c") until it is rendered again.
 * Browsers ignore it (the router takes the URL from the address bar), and
 * another test's link prefetch may have been that first request; the identity
 * request below is a miss in nginx, so Next may render the page again.
 */
const samePage = (html: string) => html.replace(/\?_rsc=[\w-]+/g, '');

test('one cache entry for every gzip-accepting client; identity for the rest', async ({ request, baseURL }) => {
  const client = isolated(request);
  const path = '/en/press/fixture-04';
  const headers = (acceptEncoding?: string) => ({
    host: client.host,
    ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}),
  });

  const browserLike = await rawGet(baseURL!, path, headers('gzip, deflate, br'));
  expect(browserLike.status).toBe(200);
  expect(browserLike.headers['x-cache-status']).toBe('MISS');
  expect(browserLike.headers['content-encoding']).toBe('gzip');
  expect([...browserLike.body.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
  const html = gunzipSync(browserLike.body).toString('utf8');
  expect(html).toContain('<h1 class="release__title">Test fixture release 04</h1>');

  for (const acceptEncoding of ['gzip', 'br;q=1, gzip;q=0.8', 'GZIP,deflate']) {
    const other = await rawGet(baseURL!, path, headers(acceptEncoding));
    expect(other.headers['x-cache-status'], acceptEncoding).toBe('HIT');
    expect(other.headers['content-encoding'], acceptEncoding).toBe('gzip');
    // The stored bytes, as stored: nginx does not compress again per request.
    expect(other.body.equals(browserLike.body), acceptEncoding).toBe(true);
  }

  // No gzip: its own entry, an identity body, the same page. Next alone would
  // answer `*` with gzip and `deflate` with deflate: nginx asks it for identity.
  const noGzip = ['*', 'deflate', undefined, 'br', 'gzip;q=0, br', 'identity'];
  for (const [index, acceptEncoding] of noGzip.entries()) {
    const plain = await rawGet(baseURL!, path, headers(acceptEncoding));
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding'], String(acceptEncoding)).toBeUndefined();
    expect(samePage(plain.body.toString('utf8')), String(acceptEncoding)).toBe(samePage(html));
    expect(plain.headers['x-cache-status'], String(acceptEncoding)).toBe(index === 0 ? 'MISS' : 'HIT');
  }

  // Playwright's client decodes what it is sent: the same page again.
  const decoded = await client.get(path, { 'accept-encoding': 'gzip, deflate, br' });
  expect(decoded.headers()['content-encoding']).toBe('gzip');
  expect(await decoded.text()).toBe(html);
});

test('Draft Mode is never cached: previews pass by the cache and leave nothing in it', async ({
  request,
  playwright,
  baseURL,
}) => {
  const client = isolated(request);
  // Staff have their own client, so that the readers' one never holds the Draft Mode cookie.
  const staffRequest = await playwright.request.newContext({ baseURL });
  const staffClient = isolated(staffRequest, client.host);
  // The entry form's POST, through nginx (which rate-limits it and never logs the secret).
  const enter = await staffClient.fetch('/api/preview', 'POST', {
    form: { secret: PREVIEW_SECRET, slug: 'fixture-draft', locale: 'zh-TW' },
  });
  expect(enter.status()).toBe(303);
  expect(enter.headers().location).toBe('/press/fixture-draft');
  expect(cacheStatus(enter)).toBeUndefined();
  const setCookies = enter.headersArray().filter((header) => header.name.toLowerCase() === 'set-cookie');
  const cookie = setCookies.map((header) => header.value.split(';')[0]).join('; ');
  expect(cookie).toMatch(/__prerender_bypass=[^;]+; press_staff_session=|press_staff_session=[^;]+; __prerender_bypass=/);
  const staff = { cookie };

  // A public release first cached for readers...
  expect(cacheStatus(await client.get('/press/fixture-05'))).toBe('MISS');

  // ...then staff: the draft and that release, both straight from the portal.
  const draft = await staffClient.get('/press/fixture-draft', staff);
  expect(draft.status()).toBe(200);
  expect(cacheStatus(draft)).toBe('BYPASS');
  const draftHtml = await draft.text();
  expect(draftHtml).toContain('測試草稿：不得公開');
  expect(draftHtml).toContain('預覽模式');
  for (let i = 0; i < 2; i++) {
    const previewed = await staffClient.get('/press/fixture-05', staff);
    expect(cacheStatus(previewed)).toBe('BYPASS');
    expect(await previewed.text()).toContain('預覽模式');
  }

  // Readers afterwards: the draft is still a 404 from the portal, and the
  // release is the cached public page, with no preview banner.
  for (let i = 0; i < 2; i++) {
    const hidden = await client.get('/press/fixture-draft');
    expect(hidden.status()).toBe(404);
    expect(cacheStatus(hidden)).toBe('MISS');
    expect(await hidden.text()).not.toContain('測試草稿');
  }
  const publicPage = await client.get('/press/fixture-05');
  expect(cacheStatus(publicPage)).toBe('HIT');
  const publicHtml = await publicPage.text();
  expect(publicHtml).toContain('測試新聞稿 05');
  expect(publicHtml).not.toContain('預覽模式');

  // Even a forged or empty Draft Mode cookie never reads or fills the cache
  // (nginx cannot tell it from a real one; proxy.ts answers it `private, no-store`).
  for (const forged of ['__prerender_bypass=forged', '__prerender_bypass=', 'a=1; __prerender_bypass']) {
    expect(cacheStatus(await client.get('/press/fixture-05', { cookie: forged })), forged).toBe('BYPASS');
  }
  expect(cacheStatus(await client.get('/press/fixture-05'))).toBe('HIT');

  // Leaving preview reaches the portal (a POST nginx lets through) and ends Draft Mode.
  const exit = await staffClient.fetch('/api/preview/exit', 'POST', {
    headers: staff,
    form: { locale: 'zh-TW', path: '/press' },
  });
  expect(exit.status()).toBe(303);
  expect(exit.headers().location).toBe('/press');
  expect(fromPortal(exit)).toBe(true);
  expect(exit.headers()['set-cookie']).toMatch(/__prerender_bypass=;/);
  await staffRequest.dispose();
});

test('404s are never stored', async ({ request }) => {
  const client = isolated(request);
  const missing = ['/press/no-such-release', '/en/press/no-such-release', '/en/press?page=99', '/_next/static/chunks/no-such.js'];
  for (const path of missing) {
    for (let i = 0; i < 2; i++) {
      const response = await client.get(path);
      expect(response.status(), path).toBe(404);
      expect(cacheStatus(response), path).toBe('MISS');
    }
  }
});

test("the portal's Cache-Control reaches the client, not Next's year-long one", async ({ request }) => {
  const client = isolated(request);
  for (const path of ['/press/fixture-06', '/en/press/fixture-06', '/', '/en', '/press', '/en/press', '/press?page=2']) {
    const response = await client.get(path);
    expect(response.status(), path).toBe(200);
    // Prerendered: without proxy.ts, Next would mark it s-maxage=31536000.
    expect(response.headers()['x-nextjs-prerender'], path).toBe('1');
    expect(response.headers()['cache-control'], path).toBe(PUBLIC_CACHE_CONTROL);
    expect(cacheStatus(response), path).toBe('MISS');
    expect(cacheStatus(await client.get(path)), path).toBe('HIT');
  }

  const html = await (await client.get('/')).text();
  const asset = /\/_next\/static\/[^"]+\.(?:js|css)/.exec(html)?.[0];
  expect(asset).toBeDefined();
  const first = await client.get(asset!);
  expect(first.status()).toBe(200);
  expect(first.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(cacheStatus(first)).toBe('MISS');
  expect(cacheStatus(await client.get(asset!))).toBe('HIT');
});

test('an expired page is served stale while nginx fetches it again, after 60 s, not a year', async ({ request }) => {
  test.setTimeout(150_000);
  const client = isolated(request);
  const path = '/en/press/fixture-07';
  expect(cacheStatus(await client.get(path))).toBe('MISS');
  const cachedAt = Date.now();

  // Each poll is a cache hit until s-maxage=60 runs out; the first request
  // after that gets the stored page at once while nginx refetches it.
  let stale: APIResponse | undefined;
  await expect
    .poll(
      async () => {
        const response = await client.get(path);
        if (cacheStatus(response) !== 'HIT') stale = response;
        return cacheStatus(response);
      },
      { timeout: 100_000, intervals: [2_000] },
    )
    .not.toBe('HIT');
  const elapsed = (Date.now() - cachedAt) / 1000;
  expect(elapsed).toBeGreaterThanOrEqual(59);
  expect(cacheStatus(stale!)).toBe('STALE');
  expect(stale!.status()).toBe(200);
  expect(await stale!.text()).toContain('<h1 class="release__title">Test fixture release 07</h1>');

  // The refetch lands in the cache: hits again, fresh for another minute.
  await expect.poll(async () => cacheStatus(await client.get(path)), { timeout: 10_000 }).toBe('HIT');
});

test('nginx refuses every method the portal does not serve; leaving preview gets through', async ({ request }) => {
  const client = isolated(request);
  // A TRACE reaching Next would be a 500 (fetch forbids the method).
  for (const path of ['/', '/press/fixture-08', '/_next/static/chunks/x.js', '/api/preview']) {
    const trace = await client.fetch(path, 'TRACE');
    expect(trace.status(), path).toBe(405);
    expect(fromPortal(trace), path).toBe(false);
  }
  for (const method of ['PUT', 'DELETE', 'POST', 'PATCH', 'OPTIONS']) {
    for (const path of ['/', '/en/press/fixture-08', '/_next/static/chunks/x.js', '/api/nothing']) {
      const response = await client.fetch(path, method);
      expect(response.status(), `${method} ${path}`).toBe(405);
      expect(response.headers().allow, `${method} ${path}`).toBe('GET, HEAD');
      expect(fromPortal(response), `${method} ${path}`).toBe(false);
    }
  }
  // Entering preview is the entry form's POST, and nothing else.
  for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
    const response = await client.fetch('/api/preview', method);
    expect(response.status(), method).toBe(405);
    expect(response.headers().allow, method).toBe('GET, HEAD, POST');
    expect(fromPortal(response), method).toBe(false);
  }
  for (const method of ['GET', 'PUT', 'DELETE']) {
    const response = await client.fetch('/api/preview/exit', method);
    expect(response.status(), method).toBe(405);
    expect(response.headers().allow, method).toBe('POST');
    expect(fromPortal(response), method).toBe(false);
  }

  const head = await client.fetch('/en/press/fixture-08', 'HEAD');
  expect(head.status()).toBe(200);
  expect(fromPortal(head)).toBe(true);

  const exit = await client.fetch('/api/preview/exit', 'POST', { form: { locale: 'en', path: '/press' } });
  expect(exit.status()).toBe(303);
  expect(exit.headers().location).toBe('/en/press');
  expect(fromPortal(exit)).toBe(true);
  expect(cacheStatus(exit)).toBeUndefined();
});
