import { expect, test } from '@playwright/test';

test('a Chinese release shows its title, dates with the ROC year, unit, breadcrumb, body and images', async ({
  page,
}) => {
  await page.goto('/press/fixture-rich');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('測試新聞稿：圖片與格式');

  const published = page.locator('time').first();
  await expect(published).toHaveAttribute('datetime', '2024-01-17T10:30:00+08:00');
  await expect(published).toHaveText('2024年1月17日（民國113年1月17日）');
  await expect(page.locator('time').nth(1)).toHaveAttribute('datetime', '2024-02-01');
  await expect(page.getByText('發布單位')).toBeVisible();
  await expect(page.locator('.release__meta')).toContainText('測試單位');

  const breadcrumb = page.getByRole('navigation', { name: '導覽路徑' });
  await expect(breadcrumb.getByRole('link')).toHaveText(['首頁', '新聞稿']);
  await expect(breadcrumb.locator('[aria-current="page"]')).toHaveText('測試新聞稿：圖片與格式');

  await expect(page.getByRole('heading', { level: 2, name: '內文標題會降為第二層' })).toBeVisible();
  await expect(page.getByRole('img', { name: '測試用的網站圖示' })).toBeVisible();
  // The lead image under the title, then the gallery after the body (e2e/photos.spec.ts tests them in full).
  await expect(page.locator('figcaption')).toHaveText(['首圖說明（測試）', '尚未描述的圖片（測試）', '圖示說明（測試）']);
});

test('an English release formats dates for English readers and hides an update on the same day', async ({
  page,
}) => {
  await page.goto('/en/press/fixture-01');
  await expect(page.locator('time')).toHaveCount(1);
  await expect(page.locator('time')).toHaveText('January 1, 2024');
  await expect(page.locator('time')).toHaveAttribute('datetime', '2024-01-01');
});

test('markup written into a release cannot run or reach the page', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/en/press/fixture-rich');
  const body = page.locator('.release__body');
  await expect(body.locator('script')).toHaveCount(0);
  await expect(body.locator('[onerror]')).toHaveCount(0);
  await expect(body.locator('a[href^="javascript:"]')).toHaveCount(0);
  await expect(body.getByText('a dangerous link')).toBeVisible();
  expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(errors).toEqual([]);
});
