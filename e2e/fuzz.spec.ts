import { request as httpRequest } from 'node:http';
import { expect, test } from '@playwright/test';
import { PREVIEW_SECRET } from './support/site';

/**
 * At least 1,000 hostile requests, sent byte for byte with node:http (a URL
 * parser would tidy `..` and bad escapes away before they reached the server).
 * Deterministic: a seeded generator, so a failure can be replayed.
 */

interface RawRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
}

function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const random = seededRandom(20261128);
const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const PATHS = [
  '/', '/en', '/press', '/en/press', '/press/fixture-01', '/en/press/fixture-rich', '/search', '/en/search',
  '/site-map', '/accessibility', '/preview', '/en/preview/fixture-draft', '/feed.xml', '/en/feed.xml', '/sitemap.xml',
  '/robots.txt', '/api/preview', '/api/preview/exit', '/zh-TW/press',
];
const HOSTILE_PATHS = [
  '/../../etc/passwd', '/press/../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/%252e%252e%252fetc%252fpasswd', '/press/%252e%252e', '/..%5c..%5cwindows%5cwin.ini', '/press/%00', '/%00',
  '/press/fixture-01%00.html', '/%0d%0aSet-Cookie:%20x=1', '/press/%E0%A4%A', '/%C3%28', '/%FF%FE', '/%ED%A0%80',
  '/en/press/%F0%9F%87%B9%F0%9F%87%BC', '/fr', '/fr/press/x', '/zh', '/zh-tw/press', '/EN/press', '/en-US', '/en-', '/-/',
  '/zh-TW/zh-TW/press', '/en/en/press', '/press/fixture-01/', '/press//fixture-01', '//evil.example', '/\\evil.example',
  '/_next/../../package.json', '/_next/static/../../../.env', '/.env', '/.git/config', '/package.json',
  '/node_modules/next/package.json', '/content/press-releases/5763/en.md', '/api/preview/../../etc/passwd',
  '/page-not-found', '/en/search-results/q%3Dx.y%26page%3D999', '/press-list/page%3D1', '/en/press/5763.html.bak', '/redirects.json',
  `/${'a'.repeat(4000)}`, `/press/${'%41'.repeat(1500)}`, '/press/<script>alert(1)</script>', "/press/'\"><img%20src=x%20onerror=1>", '/press/a%20b', '/press/%09%0a',
];
const QUERIES = [
  'page=-1', 'page=0', 'page=1e9', 'page=99999999999999999999', 'page=NaN', 'page=1.5', 'page[]=1', 'page=1&page=2',
  'page=%00', 'page=0x10', 'year=-2024', 'year=2024.0', 'year=99999', 'year[]=2024', 'year=%FF', 'tag=%00', 'tag=../..',
  `tag=${'x'.repeat(3000)}`, 'tag=%C3%28', 'q=%00%01%02', `q=${'%E6%B8%AC'.repeat(700)}`, 'q=.*%2B%3F%5E%24%7B%7D()%7C%5B%5D%5C',
  'q=<script>alert(1)</script>', 'q=%F0%9F%87%B9%F0%9F%87%BC', 'q[]=x', 'q=a&q=b', 'secret=wrong&slug=//evil.example',
  `secret=${'x'.repeat(5000)}`, 'slug=../../etc/passwd&secret=x', 'locale=../../&secret=x', '__proto__[x]=1',
  'constructor[prototype][x]=1', `x=${'y'.repeat(8000)}`, '%%%', '&&&=&=', '=',
];
const ACCEPT_LANGUAGES = ['', 'en', 'fr-FR,fr;q=0.9', '*', 'x'.repeat(3000), 'zh-TW;q=abc,en;q=-1', ';;;,,,', 'zh-Hant-TW', '\u00e9'];
const COOKIES = [
  '', 'NEXT_LOCALE=en', 'NEXT_LOCALE=../../etc', 'NEXT_LOCALE=%00', `NEXT_LOCALE=${'x'.repeat(3000)}`,
  '__prerender_bypass=garbage', '__prerender_bypass=', 'theme=<script>', '=;=;=', 'a=b; a=c; ;;',
];
const HOSTS = ['localhost', 'evil.example', 'localhost:99999', '[::1]', 'x'.repeat(300), '', '..', 'localhost@evil.example'];
const METHODS = ['GET', 'GET', 'GET', 'GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND'];

/**
 * Hostile paths answered 200 on purpose, and why. Every other hostile path
 * names nothing, so a 200 for it is a failure (a `/package.json` served, a
 * traversal that reached a file, an internal route exposed).
 */
const HOSTILE_200: Record<string, string> = {
  // None today: `/press/fixture-01/` and `/zh-TW/zh-TW/press` are redirects, and every other one a 404.
  // A path added here needs its reason, e.g. '/robots.txt.bak': 'served by …, because …'.
};

function generate(count: number): (RawRequest & { hostile: boolean })[] {
  const requests: (RawRequest & { hostile: boolean })[] = [];
  for (let i = 0; i < count; i++) {
    const hostile = random() < 0.45;
    const path = hostile ? pick(HOSTILE_PATHS) : pick(PATHS);
    const query = random() < 0.6 ? `?${pick(QUERIES)}` : '';
    const headers: Record<string, string> = {};
    if (random() < 0.4) headers['Accept-Language'] = pick(ACCEPT_LANGUAGES);
    if (random() < 0.4) headers.Cookie = pick(COOKIES);
    if (random() < 0.2) headers.Host = pick(HOSTS);
    requests.push({ method: pick(METHODS), path: path + query, headers, hostile: hostile && !(path in HOSTILE_200) });
  }
  return requests;
}

function send(port: number, raw: RawRequest): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port, method: raw.method, path: raw.path, headers: raw.headers, setHost: !('Host' in raw.headers) },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    request.on('error', reject);
    request.setTimeout(15_000, () => request.destroy(new Error(`timeout: ${raw.method} ${raw.path}`)));
    if (raw.method === 'POST' || raw.method === 'PUT' || raw.method === 'PATCH') request.write('locale=en&path=//evil.example');
    request.end();
  });
}

// What must never leak: stack frames, file system paths, the environment.
const LEAKS = [/\n\s+at [\w.<>]+ \(/, /node_modules\//, new RegExp(process.cwd().replace(/[/\\^$.*+?()[\]{}|]/g, '\\$&')), /\/etc\/passwd:/, new RegExp(PREVIEW_SECRET)];

test('1,200 hostile requests: no 5xx, no leak, unknown things are never a page (404, or a redirect, 400, 405, 431)', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const port = Number(new URL(baseURL!).port);
  const requests = generate(1200);
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  // A few at a time: this is a correctness test, not a load test.
  for (let start = 0; start < requests.length; start += 8) {
    await Promise.all(
      requests.slice(start, start + 8).map(async (raw) => {
        const { status, body } = await send(port, raw);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        const label = `${raw.method} ${raw.path.slice(0, 80)} ${JSON.stringify(raw.headers).slice(0, 120)} → ${status}`;
        if (status >= 500) failures.push(label);
        if (![200, 204, 301, 302, 303, 307, 308, 400, 401, 404, 405, 413, 414, 431].includes(status)) failures.push(`unexpected ${label}`);
        // An unknown thing is never a page: 200 (or 204) for a hostile path is a failure unless listed in HOSTILE_200.
        if (raw.hostile && status < 300) failures.push(`hostile path answered ${label}`);
        for (const leak of LEAKS) if (leak.test(body)) failures.push(`leak ${leak} in ${label}`);
      }),
    );
  }
  console.log('statuses:', Object.fromEntries([...statuses].sort()));
  expect(failures).toEqual([]);
});

// Known limit: Next builds a fetch Request for its proxy, and fetch forbids TRACE,
// so Next answers TRACE with a 500 before any portal code runs. The documented
// reverse proxy (nginx) refuses TRACE with 405 in front of it. Pinned here so
// that it never leaks anything and so that a Next fix shows up.
test('TRACE is answered without leaking anything', async ({ baseURL }) => {
  const port = Number(new URL(baseURL!).port);
  for (const path of ['/', '/press', '/en/press/fixture-01']) {
    const { status, body } = await send(port, { method: 'TRACE', path, headers: { Cookie: 'NEXT_LOCALE=en' } });
    expect([405, 500]).toContain(status);
    for (const leak of LEAKS) expect(body).not.toMatch(leak);
  }
});
