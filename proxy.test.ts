/**
 * Which paths reach the proxy: every path but Next's assets, the API routes,
 * the readiness check and the real files. Compiled with Next's own matcher
 * code, so this says what the server does with proxy.ts's `config`.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRequire } from 'node:module';
import { getMiddlewareRouteMatcher } from 'next/dist/shared/lib/router/utils/middleware-route-matcher';
import { config } from './proxy';

// Exported by Next's build at run time, but not in its type declarations.
const { getMiddlewareMatchers } = createRequire(import.meta.url)('next/dist/build/analysis/get-page-static-info') as {
  getMiddlewareMatchers: (matcher: string | string[], nextConfig: object) => Parameters<typeof getMiddlewareRouteMatcher>[0];
};
const matches = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}));
const reachesProxy = (path: string) => matches(path, { headers: {} } as never, {} as never);

test('pages, paths with a dot and internal route names all get the proxy', () => {
  for (const path of [
    '/', '/en', '/press', '/press/5763', '/en/press/5763.html', '/en/press/zzz.zz', '/press/x.y',
    '/press/press-releases/5763.html', '/en/search-results/q%3Dx.y%26page%3D999', '/en/page-not-found',
    '/press-list/x', '/package.json', '/.env', '/favicon.ico', '/zh-TW/feed.xml', '/en/sitemap.xml',
    '/robots.txt.bak', '/apiary', '/healthz/x', '/_not-found', '/en/media/x', '/en/review/a.b.c', '/review/a.b.c',
    '/api/v1/releases', '/en/open-data/x.csv', '/open-data', '/zh-TW/feed.json',
  ]) {
    assert.equal(reachesProxy(path), true, path);
  }
});

test('only Next assets, the API, the readiness check and real files pass it by', () => {
  for (const path of [
    '/_next/static/chunks/a.js', '/api/preview', '/api/preview/exit', '/healthz', '/media/5763/0123456789abcdef/640/a.jpg',
    '/icon.svg', '/robots.txt', '/sitemap.xml', '/manifest.webmanifest', '/feed.xml', '/en/feed.xml',
    '/feed.json', '/en/feed.json', '/open-data/press-releases.zh-TW.csv', '/open-data/press-releases.en.xml', '/open-data/x.pdf',
  ]) {
    assert.equal(reachesProxy(path), false, path);
  }
});
