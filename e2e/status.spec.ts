import { expect, test } from '@playwright/test';

// Next can answer 200 for a not-found page streamed after the headers, so
// every case asserts the real status and the localized page a reader gets.
const NOT_FOUND = [
  { path: '/press/no-such-release', lang: 'zh-Hant-TW', title: '找不到網頁' },
  { path: '/en/press/no-such-release', lang: 'en', title: 'Page not found' },
  { path: '/fr/press/x', lang: 'zh-Hant-TW', title: '找不到網頁' },
  { path: '/press?page=0', lang: 'zh-Hant-TW', title: '找不到網頁' },
  { path: '/press?page=abc', lang: 'zh-Hant-TW', title: '找不到網頁' },
  { path: '/press?page=3', lang: 'zh-Hant-TW', title: '找不到網頁' },
  { path: '/en/press?page=0', lang: 'en', title: 'Page not found' },
  { path: '/en/press?page=abc', lang: 'en', title: 'Page not found' },
  { path: '/en/press?page=3', lang: 'en', title: 'Page not found' },
  { path: '/en/no/such/page', lang: 'en', title: 'Page not found' },
  { path: '/page-not-found', lang: 'zh-Hant-TW', title: '找不到網頁' },
  { path: '/press/%E0%A4%A', lang: 'zh-Hant-TW', title: '找不到網頁' },
];

for (const { path, lang, title } of NOT_FOUND) {
  test(`${path} is a localized 404`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(404);
    const html = await response.text();
    expect(html).toContain(`<html lang="${lang}"`);
    expect(html).toMatch(new RegExp(`<h1>${title}</h1>`));
    expect(html).toContain('name="robots" content="noindex"');
  });
}

// Paths the proxy passes by (the API, real files) and that name no route get the bilingual 404;
// every other path, /missing.txt too, is a Chinese or English one (e2e/dotted-paths.spec.ts).
test('an API path that names no route gets a bilingual 404', async ({ request }) => {
  const response = await request.get('/api/no-such-route');
  expect(response.status()).toBe(404);
  const html = await response.text();
  expect(html).toContain('找不到網頁');
  expect(html).toContain('Page not found');
});

test('the 404 page has the full frame and ways on, without JavaScript too', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/press/no-such-release');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'To the central content area' })).toHaveCount(1);
  await expect(page.getByRole('main').getByRole('link', { name: 'Browse all press releases' })).toHaveAttribute(
    'href',
    '/en/press',
  );
  await expect(page.getByRole('link', { name: '中文' })).toHaveAttribute('href', '/');
  await context.close();
});

test('real pages answer 200', async ({ request }) => {
  for (const path of ['/', '/en', '/press', '/press?page=2', '/en/press', '/press/fixture-01', '/en/press/fixture-rich']) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
});
