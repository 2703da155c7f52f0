import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LOCALES, PAGE_TYPES, url, waitForHydration } from './support/site';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const site of LOCALES) {
  for (const pageType of PAGE_TYPES) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe: ${pageType.name}, ${site.locale}, ${colorScheme} theme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(url(site.prefix, pageType.path));
        await waitForHydration(page, site.themeToggle);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        expect(results.violations.map(({ id, nodes }) => ({ id, targets: nodes.map((n) => n.target) }))).toEqual([]);
      });
    }
  }
}
