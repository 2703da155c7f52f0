/**
 * The ministry's old addresses, on the whole shipped archive (content/): every
 * release's address on the current site, in each language it has, is sent to
 * its page here in that language, and content/redirects.json is what the
 * importer would write today.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContentTree } from '@/content-layer/load';
import { publicRouteExists } from '@/content-layer/public-routes';
import { ReleaseIndex } from '@/content-layer/releases';
import { routing, type Locale } from '@/i18n/routing';
import { releaseRedirects } from './generate';
import { oldAddressOfSource, oldReleaseAddress } from './old-site';
import { resolveOldAddress } from './resolve';
import { parseRedirectFile, redirectTable, REDIRECTS_FILE } from './table';

const ROOT = 'content';
const { releases, problems } = loadContentTree(ROOT);
const index = new ReleaseIndex(releases);
const now = new Date();
const parsed = parseRedirectFile(readFileSync(join(ROOT, REDIRECTS_FILE), 'utf8'));
if ('problems' in parsed) throw new Error(parsed.problems.join('\n'));
const table = redirectTable(parsed.file);
const isPublicRelease = (locale: Locale, slug: string) => index.find(locale, slug, now) !== undefined;

/** An old address as the proxy sees it: its language, and the path within it. */
function resolve(oldPath: string, query = '') {
  const english = oldPath === '/en' || oldPath.startsWith('/en/');
  const request = {
    locale: (english ? 'en' : 'zh-TW') as Locale,
    path: english ? oldPath.slice(3) || '/' : oldPath,
    searchParams: new URLSearchParams(query),
  };
  return resolveOldAddress(table, request, isPublicRelease);
}

test('the shipped archive loads without errors and has releases to redirect', () => {
  assert.deepEqual(problems.filter((problem) => problem.severity === 'error'), []);
  assert.ok(releases.length >= 26, `${releases.length} releases`);
});

test("every shipped release's old address, in each language it has, is 301 to its page in that language", () => {
  let checked = 0;
  for (const release of releases) {
    for (const locale of routing.locales) {
      const version = release.versions[locale];
      if (!version || !isPublicRelease(locale, release.slug)) continue;
      const target = locale === 'en' ? `/en/press/${release.slug}` : `/press/${release.slug}`;
      const addresses = new Set([oldReleaseAddress(locale, release.slug)]);
      if (version.source !== undefined) addresses.add(oldAddressOfSource(version.source)!.path);
      for (const address of addresses) {
        assert.deepEqual(resolve(address), { kind: 'moved', location: target }, address);
        checked++;
      }
      assert.ok(publicRouteExists(index, locale, `/press/${release.slug}`, new URLSearchParams(), now), `${target} exists`);
    }
  }
  // 23 releases in both languages and 3 in Chinese only, each address once.
  assert.ok(checked >= 49, `${checked} addresses checked`);
});

test('an old English address of a release published only in Chinese is the English 404, with a search for its number', () => {
  const chineseOnly = releases.filter((release) => release.versions['zh-TW'] && !release.versions.en);
  assert.ok(chineseOnly.length > 0);
  for (const release of chineseOnly) {
    assert.deepEqual(resolve(oldReleaseAddress('en', release.slug)), { kind: 'not-found', search: release.slug });
  }
});

test("the current site's home, news, press list, site map and search addresses go to their counterparts", () => {
  assert.deepEqual(resolve('/index.html'), { kind: 'moved', location: '/' });
  assert.deepEqual(resolve('/en/index.html'), { kind: 'moved', location: '/en' });
  assert.deepEqual(resolve('/press/370.html'), { kind: 'moved', location: '/press' });
  assert.deepEqual(resolve('/press/press-releases/372.html'), { kind: 'moved', location: '/press' });
  assert.deepEqual(resolve('/en/press/press-releases/372.html'), { kind: 'moved', location: '/en/press' });
  assert.deepEqual(resolve('/en/sitemap/546.html'), { kind: 'moved', location: '/en/site-map' });
  assert.deepEqual(resolve('/home/search.html', 'q=資安'), { kind: 'moved', location: '/search?q=%E8%B3%87%E5%AE%89' });
  assert.deepEqual(resolve('/en/home/search.html', 'q=cyber'), { kind: 'moved', location: '/en/search?q=cyber' });
  assert.deepEqual(resolve('/MODA/zh-tw/home/search', 'q=資安'), { kind: 'moved', location: '/search?q=%E8%B3%87%E5%AE%89' });
  assert.deepEqual(resolve('/MODA/en/home/search', 'q=cyber'), { kind: 'moved', location: '/en/search?q=cyber' });
});

test('a release address the current site links without .html is moved like the one with it', () => {
  assert.deepEqual(resolve('/press/press-releases/5763'), { kind: 'moved', location: '/press/5763' });
  assert.deepEqual(resolve('/en/press/press-releases/5763'), { kind: 'moved', location: '/en/press/5763' });
  assert.deepEqual(resolve('/en/press/press-releases/99999999'), { kind: 'not-found', search: '99999999' });
});

test('unknown old addresses are a 404 in their language, with a search for what they name', () => {
  assert.deepEqual(resolve('/press/press-releases/99999999.html'), { kind: 'not-found', search: '99999999' });
  assert.deepEqual(resolve('/en/press/press-releases/99999999.html'), { kind: 'not-found', search: '99999999' });
  assert.deepEqual(resolve('/en/press/clarification/digital-resilience.html'), { kind: 'not-found', search: 'digital resilience' });
});

test("content/redirects.json is what the importer writes from today's content", () => {
  const expected = releaseRedirects(releases);
  assert.deepEqual(expected.problems, []);
  assert.deepEqual(parsed.file.releases, expected.releases);
});
