import { expect, test, type Page } from '@playwright/test';
import { LOCALES, url, waitForHydration } from './support/site';

const DARK_BACKGROUND = 'rgb(18, 20, 23)';
const LIGHT_BACKGROUND = 'rgb(255, 255, 255)';

const backgroundOf = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

for (const site of LOCALES) {
  test.describe(`theme (${site.locale})`, () => {
    test.use({ colorScheme: 'light' });

    test('follows the system first, toggles, tells its state, and persists over reload and navigation', async ({
      page,
    }) => {
      await page.goto(url(site.prefix, '/'));
      await waitForHydration(page, site.themeToggle);
      const toggle = page.getByRole('button', { name: site.themeToggle });
      const html = page.locator('html');
      await expect(html).toHaveAttribute('data-theme', 'light');
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
      expect(await backgroundOf(page)).toBe(LIGHT_BACKGROUND);

      await toggle.click();
      await expect(html).toHaveAttribute('data-theme', 'dark');
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      await expect(toggle).toHaveAccessibleDescription(site.locale === 'en' ? 'Dark mode is on' : '目前為深色模式');
      await expect.poll(() => backgroundOf(page)).toBe(DARK_BACKGROUND);

      await page.reload();
      await expect(html).toHaveAttribute('data-theme', 'dark');
      await page.getByRole('navigation').getByRole('link', { name: site.pressTitle }).click();
      await expect(page).toHaveURL(new RegExp(`${site.prefix}/press$`));
      await expect(html).toHaveAttribute('data-theme', 'dark');
      expect(await backgroundOf(page)).toBe(DARK_BACKGROUND);
    });

    test('works from the keyboard with Enter and Space', async ({ page }) => {
      await page.goto(url(site.prefix, '/'));
      await waitForHydration(page, site.themeToggle);
      const toggle = page.getByRole('button', { name: site.themeToggle });
      await toggle.focus();
      await page.keyboard.press('Enter');
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      await page.keyboard.press('Space');
      await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    });

    test('a saved choice is applied before the app scripts run: no flash of the wrong theme', async ({
      page,
    }) => {
      await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
      // Without the app's JavaScript only the inline theme script can act; the
      // first paint must already be dark.
      await page.route('**/_next/static/**/*.js', (route) => route.abort());
      await page.goto(url(site.prefix, '/'));
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await backgroundOf(page)).toBe(DARK_BACKGROUND);
    });
  });
}

for (const colorScheme of ['dark', 'light'] as const) {
  test.describe(`without JavaScript, system prefers ${colorScheme}`, () => {
    test.use({ javaScriptEnabled: false, colorScheme });

    test('the page follows the system theme and offers no dead toggle', async ({ page }) => {
      await page.goto('/press/fixture-01');
      expect(await backgroundOf(page)).toBe(colorScheme === 'dark' ? DARK_BACKGROUND : LIGHT_BACKGROUND);
      await expect(page.getByRole('button', { name: '切換深色/淺色模式' })).toBeHidden();
    });
  });
}
