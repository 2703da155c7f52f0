import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LOCALES, PAGE_TYPES, url, waitForHydration } from './support/site';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const violationsOf = async (page: import('@playwright/test').Page) =>
  (await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()).violations.map(({ id, nodes }) => ({
    id,
    targets: nodes.map((node) => node.target),
  }));

for (const site of LOCALES) {
  for (const pageType of PAGE_TYPES) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe: ${pageType.name}, ${site.locale}, ${colorScheme} theme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(url(site.prefix, pageType.path));
        await waitForHydration(page, site.themeToggle);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        expect(await violationsOf(page)).toEqual([]);
      });
    }
  }
}

for (const site of LOCALES) {
  for (const pageType of PAGE_TYPES) {
    test(`axe: ${pageType.name}, ${site.locale}, largest text size`, async ({ page }) => {
      await page.addInitScript(() => localStorage.setItem('text-size', 'large'));
      await page.goto(url(site.prefix, pageType.path));
      await waitForHydration(page, site.themeToggle);
      await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
      expect(await violationsOf(page)).toEqual([]);
    });
  }
}

// Phones: the header's Menu closed (its panel out of the page) and open (laid over the content), both themes.
for (const site of LOCALES) {
  for (const pageType of PAGE_TYPES) {
    for (const menu of ['closed', 'open'] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        test(`axe: ${pageType.name}, ${site.locale}, 390 px wide, menu ${menu}, ${colorScheme} theme`, async ({ page }) => {
          await page.emulateMedia({ colorScheme });
          await page.setViewportSize({ width: 390, height: 844 });
          await page.goto(url(site.prefix, pageType.path));
          const details = page.locator('header details#site-menu');
          await expect(details).toHaveAttribute('data-enhanced', '');
          await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
          if (menu === 'open') {
            await details.locator('> summary').click();
            await expect(details).toHaveAttribute('open', '');
            await expect(page.getByRole('button', { name: site.themeToggle })).toBeEnabled();
          } else {
            await expect(page.getByRole('button', { name: site.themeToggle })).toBeHidden();
          }
          expect(await violationsOf(page)).toEqual([]);
        });
      }
    }
  }
}
