import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('controls that need JavaScript are not offered', async ({ page }) => {
  await page.goto('/en/press/fixture-01');
  await expect(page.getByRole('group', { name: 'Text size' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Toggle Dark/Light Mode' })).toBeHidden();
  await page.goto('/press/fixture-01');
  await expect(page.getByRole('group', { name: '文字大小' })).toBeHidden();
});

// Chromium under automation parses <noscript> as raw text even with scripts
// disabled, so the notice is checked in the HTML that a JavaScript-less browser renders.
for (const [path, notice] of [
  ['/en/press/fixture-01', 'JavaScript is off in your browser. Switching between dark and light mode and changing the text size need JavaScript; everything else'],
  ['/press/fixture-01', '您的瀏覽器未啟用 JavaScript。深色/淺色模式切換與文字大小調整需要 JavaScript；其餘功能'],
] as const) {
  test(`${path} carries a <noscript> notice in its language, inside the header`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    const header = html.slice(html.indexOf('<header'), html.indexOf('</header>'));
    expect(header).toMatch(new RegExp(`<noscript><p class="noscript-notice">${notice}`));
  });
}

test('pages are readable and navigable', async ({ page }) => {
  await page.goto('/en');
  await page.getByRole('link', { name: 'All press releases' }).click();
  await expect(page).toHaveURL(/\/en\/press$/);
  await page.getByRole('link', { name: 'Test fixture release 15' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Test fixture release 15');
  await page.getByRole('link', { name: '中文' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('測試新聞稿 15');
});
