import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { loadContentTree } from '../content-layer/load';
import { ReleaseIndex } from '../content-layer/releases';
import { routing } from '../i18n/routing';
import { oldReleaseAddress } from '../redirects/old-site';
import { REDIRECTS_FILE } from '../redirects/table';
import { E2E_CONTENT_DIR } from './support/content';

/**
 * The ministry's old addresses against the served e2e tree: every public
 * release's old address in each language it has is a 301 to its page in that
 * language, whose title is the release's; what the old site had and this one
 * has not is the 404 in the address's language, offering a search. The whole
 * shipped archive is checked the same way in redirects/archive.test.ts.
 */
const now = new Date();
const index = new ReleaseIndex(loadContentTree(E2E_CONTENT_DIR).releases);
const redirects = JSON.parse(readFileSync(join(E2E_CONTENT_DIR, REDIRECTS_FILE), 'utf8')) as {
  pages: Record<string, string>;
  releases: Record<string, string>;
};

async function expectMoved(request: APIRequestContext, from: string, to: string) {
  const response = await request.get(from, { maxRedirects: 0 });
  expect(response.status(), from).toBe(301);
  expect(response.headers().location, from).toBe(to);
}

test('every public release: its old address in each language it has → 301 to its page in that language', async ({ request }) => {
  let checked = 0;
  for (const locale of routing.locales) {
    for (const version of index.list(locale, now)) {
      const page = locale === 'en' ? `/en/press/${version.slug}` : `/press/${version.slug}`;
      await expectMoved(request, oldReleaseAddress(locale, version.slug), page);
      checked++;
    }
  }
  expect(checked).toBeGreaterThanOrEqual(34);
  // The redirect lands on the release itself, in the address's language.
  const landed = await request.get(oldReleaseAddress('en', '5763'));
  expect(landed.status()).toBe(200);
  expect(landed.url()).toMatch(/\/en\/press\/5763$/);
  const html = await landed.text();
  expect(html).toContain('<html lang="en"');
  expect(html).toContain('Minister Audrey Tang Met with Representative Eun-ho Lee');
});

test("the redirects file's entries (as the importer writes them) answer 301 to pages that exist", async ({ request }) => {
  const entries = Object.entries({ ...redirects.pages, ...redirects.releases });
  expect(redirects.releases['/press/press-releases/5763.html']).toBe('/press/5763');
  expect(entries.length).toBeGreaterThanOrEqual(8);
  for (const [from, to] of entries) {
    await expectMoved(request, from, to);
    expect((await request.get(to, { maxRedirects: 0 })).status(), to).toBe(200);
  }
});

test('an old search address keeps its words', async ({ request }) => {
  await expectMoved(request, '/en/home/search.html?q=Fixture', '/en/search?q=Fixture');
  await expectMoved(request, '/home/search.html?q=%E6%B8%AC%E8%A9%A6', '/search?q=%E6%B8%AC%E8%A9%A6');
  await expectMoved(request, '/MODA/en/home/search?q=Fixture', '/en/search?q=Fixture');
});

test('a release address without .html, as the current site also links them, is moved too', async ({ request }) => {
  await expectMoved(request, '/en/press/press-releases/5763', '/en/press/5763');
  await expectMoved(request, '/press/press-releases/5763', '/press/5763');
});

for (const { path, lang, title, words } of [
  { path: '/press/press-releases/99999999.html', lang: 'zh-Hant-TW', title: '找不到網頁', words: '99999999' },
  { path: '/en/press/press-releases/99999999.html', lang: 'en', title: 'Page not found', words: '99999999' },
  { path: '/en/press/press-releases/fixture-untranslated.html', lang: 'en', title: 'Page not found', words: 'fixture untranslated' },
  { path: '/press/press-releases/fixture-draft.html', lang: 'zh-Hant-TW', title: '找不到網頁', words: 'fixture draft' },
  { path: '/en/press/clarification/digital-resilience.html', lang: 'en', title: 'Page not found', words: 'digital resilience' },
]) {
  test(`unknown old address ${path} is the 404 in its language, with a search for "${words}"`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status()).toBe(404);
    expect(response.headers()['cache-control']).toContain('no-store');
    const html = await response.text();
    expect(html).toContain(`<html lang="${lang}"`);
    expect(html).toContain(`<h1>${title}</h1>`);
    const field = /<input[^>]*id="not-found-search"[^>]*>/.exec(html)?.[0] ?? '';
    expect(field).toContain(`value="${words}"`);
    expect(html).toContain(`action="${lang === 'en' ? '/en/search' : '/search'}"`);
  });
}
