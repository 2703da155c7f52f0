import { expect, test } from '@playwright/test';

/**
 * Paths with a dot, and the names of internal routes, all get the portal's
 * own answer: a redirect where the path clearly names a release, else the 404
 * page in the path's language (never Next's blank error shell). Only real
 * files pass by the proxy; each is listed below with why it answers 200.
 */
const ZH = { lang: 'zh-Hant-TW', title: '找不到網頁' };
const EN = { lang: 'en', title: 'Page not found' };

const NOT_FOUND = [
  { path: '/en/press/zzz.zz', ...EN },
  { path: '/press/x.y', ...ZH },
  { path: '/press/fixture-draft.html', ...ZH },
  { path: '/en/press/fixture-untranslated.html', ...EN },
  { path: '/package.json', ...ZH },
  { path: '/.env', ...ZH },
  { path: '/favicon.ico', ...ZH },
  { path: '/missing.txt', ...ZH },
  { path: '/en/sitemap.xml', ...EN },
  { path: '/en/robots.txt', ...EN },
  { path: '/content/press-releases/5763/en.md', ...ZH },
  // Internal routes the proxy rewrites to: never reachable under their own names.
  { path: '/en/search-results/q%3Dx.y%26page%3D999', ...EN },
  { path: '/search-results/q%3D', ...ZH },
  { path: '/en/press-list/page%3D1', ...EN },
  { path: '/press-list/x.y', ...ZH },
  { path: '/en/page-not-found', ...EN },
  { path: '/page-not-found/words', ...ZH },
  { path: '/en/page-not-found/x.y', ...EN },
  { path: '/en/preview/fixture-draft/problems', ...EN },
  { path: '/_not-found', ...ZH },
];

for (const { path, lang, title } of NOT_FOUND) {
  test(`${path} is the 404 page in ${lang}`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(404);
    const html = await response.text();
    expect(html).not.toContain('id="__next_error__"');
    expect(html).toContain(`<html lang="${lang}"`);
    expect(html).toContain(`<h1>${title}</h1>`);
  });
}

const MOVED = [
  { path: '/en/press/5763.html', location: '/en/press/5763' },
  { path: '/press/5763.html', location: '/press/5763' },
  { path: '/press/fixture-01.htm', location: '/press/fixture-01' },
  { path: '/en/press/press-releases/fixture-rich.html', location: '/en/press/fixture-rich' },
];

for (const { path, location } of MOVED) {
  test(`${path} clearly names a release: 301 to ${location}`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers().location).toBe(location);
  });
}

// Real files pass by the proxy and answer 200 on purpose, each with its own type.
const FILES = [
  { path: '/robots.txt', type: 'text/plain', contains: 'Sitemap:' },
  { path: '/sitemap.xml', type: 'application/xml', contains: '<urlset' },
  { path: '/feed.xml', type: 'application/rss+xml', contains: '<rss' },
  { path: '/en/feed.xml', type: 'application/rss+xml', contains: '<rss' },
  { path: '/feed.json', type: 'application/feed+json', contains: '"version"' },
  { path: '/en/feed.json', type: 'application/feed+json', contains: '"version"' },
  { path: '/open-data/press-releases.en.csv', type: 'text/csv', contains: 'slug' },
  { path: '/icon.svg', type: 'image/svg+xml', contains: '<svg' },
  { path: '/manifest.webmanifest', type: 'application/manifest+json', contains: '"start_url"' },
];

for (const { path, type, contains } of FILES) {
  test(`${path} is a real file: 200, ${type}`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain(type);
    expect(await response.text()).toContain(contains);
  });
}
