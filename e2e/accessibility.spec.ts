import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './support/axe';
import { LOCALES, PAGE_TYPES, url, waitForHydration, type LocaleCase } from './support/site';

const COLOR_SCHEMES = ['light', 'dark'] as const;
const TEXT_SIZES = ['small', 'medium', 'large'] as const;

/** Switches the system's colour scheme, which the page follows (no theme is saved), and waits until it has. */
async function useColorScheme(page: Page, colorScheme: (typeof COLOR_SCHEMES)[number]) {
  await page.emulateMedia({ colorScheme });
  await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
}

/** Chooses a text size with its button, as a reader does. */
async function chooseTextSize(page: Page, site: LocaleCase, size: (typeof TEXT_SIZES)[number]) {
  const button = page.getByRole('group', { name: site.textSizeLabel }).getByRole('button', { name: site.textSizes[size], exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  if (size === 'medium') await expect(page.locator('html')).not.toHaveAttribute('data-text-size', /./);
  else await expect(page.locator('html')).toHaveAttribute('data-text-size', size);
}

// Each page is loaded once and checked in every state a reader can put it in:
// a page load costs more than an axe run, and the states are what differ.
// Up to seven runs a test, each a second or two on a busy machine.
test.describe.configure({ timeout: 90_000 });

for (const site of LOCALES) {
  for (const pageType of PAGE_TYPES) {
    test(`axe: ${pageType.name}, ${site.locale}, both themes, three text sizes`, async ({ page }) => {
      await page.goto(url(site.prefix, pageType.path));
      await waitForHydration(page, site.themeToggle);
      const violations = [];
      for (const colorScheme of COLOR_SCHEMES) {
        await useColorScheme(page, colorScheme);
        for (const size of TEXT_SIZES) {
          await chooseTextSize(page, site, size);
          violations.push(...(await axeViolations(page, `${colorScheme} theme, ${size} text`)));
        }
      }
      expect(violations).toEqual([]);
    });

    // Phones: the header's Menu closed (its panel out of the page) and open (laid over the content).
    test(`axe: ${pageType.name}, ${site.locale}, 390 px wide, menu closed and open, both themes`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(url(site.prefix, pageType.path));
      const details = page.locator('header details#site-menu');
      const summary = details.locator('> summary');
      await expect(details).toHaveAttribute('data-enhanced', '');
      const violations = [];
      for (const colorScheme of COLOR_SCHEMES) {
        await useColorScheme(page, colorScheme);
        await expect(page.getByRole('button', { name: site.themeToggle })).toBeHidden();
        violations.push(...(await axeViolations(page, `${colorScheme} theme, menu closed`)));
        await summary.click();
        await expect(details).toHaveAttribute('open', '');
        await expect(page.getByRole('button', { name: site.themeToggle })).toBeEnabled();
        violations.push(...(await axeViolations(page, `${colorScheme} theme, menu open`)));
        if (colorScheme === 'dark') {
          // The largest text in the open menu: the longest lines it lays over the page.
          await chooseTextSize(page, site, 'large');
          violations.push(...(await axeViolations(page, `${colorScheme} theme, menu open, large text`)));
        }
        await summary.click();
        await expect(details).not.toHaveAttribute('open', '');
      }
      expect(violations).toEqual([]);
    });
  }
}

test('axe, run as these tests run it, reports a violation planted in a page', async ({ page }) => {
  await page.goto('/');
  await page.locator('main').evaluate((main) => main.insertAdjacentHTML('beforeend', '<img src="/icon.svg">'));
  expect((await axeViolations(page)).map(({ id }) => id)).toContain('image-alt');
});
