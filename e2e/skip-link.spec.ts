import { expect, test } from '@playwright/test';
import { LOCALES, url } from './support/site';

for (const site of LOCALES) {
  test.describe(`skip link (${site.locale})`, () => {
    test('is the first Tab stop, hidden until focused, and lands in the content', async ({ page }) => {
      await page.goto(url(site.prefix, '/press/fixture-01'));
      const skipLink = page.getByRole('link', { name: site.skipLink });
      await expect(skipLink).not.toBeInViewport();

      await page.keyboard.press('Tab');
      await expect(skipLink).toBeFocused();
      await expect(skipLink).toBeInViewport();

      await page.keyboard.press('Enter');
      // The central area's ":::" anchor, the first thing in <main>, takes focus.
      await expect(page.locator('main #C')).toBeFocused();
      await page.keyboard.press('Tab');
      // The next stop is the first link of the content: the breadcrumb's.
      await expect(page.locator('main nav a').first()).toBeFocused();
    });
  });

  test.describe(`Go Top without JavaScript (${site.locale})`, () => {
    test.use({ javaScriptEnabled: false, viewport: { width: 800, height: 300 } });

    test('returns to the top, and the next Tab is the skip link', async ({ page }) => {
      await page.goto(url(site.prefix, '/press/fixture-rich'));
      const goTop = page.getByRole('link', { name: site.goTop });
      await goTop.scrollIntoViewIfNeeded();
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

      await goTop.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
      await page.keyboard.press('Tab');
      await expect(page.getByRole('link', { name: site.skipLink })).toBeFocused();
    });
  });
}
