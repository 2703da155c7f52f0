import { expect, test } from '@playwright/test';

const alternates = (page: import('@playwright/test').Page) =>
  page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
    Object.fromEntries(
      links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href')!).pathname]),
    ),
  );

test('the language switch leads to the same release and back, with a full page load', async ({ page }) => {
  await page.goto('/press/fixture-01');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-TW');
  const toEnglish = page.getByRole('link', { name: 'English' });
  await expect(toEnglish).toHaveAttribute('hreflang', 'en');
  await expect(toEnglish).toHaveAttribute('lang', 'en');

  await toEnglish.click();
  await expect(page).toHaveURL(/\/en\/press\/fixture-01$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Test fixture release 01');

  const toChinese = page.getByRole('link', { name: '中文' });
  await expect(toChinese).toHaveAttribute('hreflang', 'zh-Hant-TW');
  await expect(toChinese).toHaveAttribute('lang', 'zh-Hant-TW');
  await toChinese.click();
  await expect(page).toHaveURL(/\/press\/fixture-01$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant-TW');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('測試新聞稿 01');
});

test('a release without translation leads to the other language’s press list, and says so', async ({ page }) => {
  const response = await page.goto('/press/fixture-untranslated');
  expect(response?.status()).toBe(200);
  const toEnglish = page.getByRole('link', { name: 'English' });
  await expect(toEnglish).toHaveAttribute('href', '/en/press');
  await expect(toEnglish).toHaveAccessibleDescription('本則新聞稿沒有英文版，連結將前往英文新聞稿列表。');
  await expect(page.getByText('本則新聞稿沒有英文版')).toBeVisible();

  await toEnglish.click();
  await expect(page).toHaveURL(/\/en\/press$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Press releases');

  const english = await page.request.get('/en/press/fixture-untranslated');
  expect(english.status()).toBe(404);
});

test('pages declare their languages, canonical URL and a unique title', async ({ page }) => {
  await page.goto('/en/press/fixture-01');
  await expect(page).toHaveTitle('Test fixture release 01 | Ministry of Digital Affairs');
  expect(await alternates(page)).toEqual({
    'zh-Hant-TW': '/press/fixture-01',
    en: '/en/press/fixture-01',
    'x-default': '/press/fixture-01',
  });
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(new URL(canonical!).pathname).toBe('/en/press/fixture-01');

  await page.goto('/press/fixture-untranslated');
  await expect(page).toHaveTitle('測試新聞稿：僅有中文版 | 數位發展部');
  expect(await alternates(page)).toEqual({
    'zh-Hant-TW': '/press/fixture-untranslated',
    'x-default': '/press/fixture-untranslated',
  });

  await page.goto('/en');
  await expect(page).toHaveTitle('Ministry of Digital Affairs');
  await page.goto('/press?page=2');
  await expect(page).toHaveTitle('新聞稿（第 2 頁） | 數位發展部');
});

test('Chinese stays at / whatever the browser asks for; /zh-TW redirects to the unprefixed URL', async ({
  request,
}) => {
  const home = await request.get('/', { headers: { 'Accept-Language': 'en-US,en;q=0.9' }, maxRedirects: 0 });
  expect(home.status()).toBe(200);
  expect(home.headers()['set-cookie']).toBeUndefined();
  expect(await home.text()).toContain('<html lang="zh-Hant-TW"');

  for (const [from, to] of [
    ['/zh-TW', '/'],
    ['/zh-TW/press', '/press'],
    ['/zh-TW/press/fixture-01', '/press/fixture-01'],
  ]) {
    const response = await request.get(from!, { maxRedirects: 0 });
    expect([307, 308], from).toContain(response.status());
    expect(new URL(response.headers().location!, 'http://x').pathname, from).toBe(to);
  }
});
