import { expect, test, type Page } from '@playwright/test';
import { LOCALES, PAGE_TYPES, url } from './support/site';

/** Horizontal overflow of the page, and elements whose clipped content overflows them. */
async function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const clipped = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => {
        const style = getComputedStyle(element);
        const clips = /(hidden|clip)/.test(style.overflowX + style.overflowY);
        const hidden = element.closest('.visually-hidden, [hidden]') !== null || style.display === 'none';
        // The one designed cut (docs/design.md): on phones the breadcrumb's current page ends in an
        // ellipsis; its whole text is in the DOM and is the page's h1, shown in full just below.
        const truncatedCrumb =
          element.matches('.breadcrumb [aria-current="page"]') &&
          style.textOverflow === 'ellipsis' &&
          element.textContent === document.querySelector('h1')?.textContent;
        return clips && !hidden && !truncatedCrumb && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1);
      })
      .map((element) => element.outerHTML.slice(0, 80));
    return { horizontalScroll: root.scrollWidth > root.clientWidth, clipped };
  });
}

const NO_PROBLEMS = { horizontalScroll: false, clipped: [] };

// WCAG 1.4.12: the spacing a reader may set with a user style sheet.
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

for (const site of LOCALES) {
  for (const pageType of PAGE_TYPES) {
    test(`${pageType.name} (${site.locale}) reflows at 320 px, at the largest text size, and at 200% text`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(url(site.prefix, pageType.path));
      expect(await layoutProblems(page), '320 px').toEqual(NO_PROBLEMS);

      await page.evaluate(() => localStorage.setItem('text-size', 'large'));
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');
      expect(await layoutProblems(page), '320 px, large text').toEqual(NO_PROBLEMS);

      // WCAG 1.4.4: text at 200% on a 1280 px screen, with the text spacing of 1.4.12 on top.
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
      expect(await layoutProblems(page), '200% text').toEqual(NO_PROBLEMS);
      await page.addStyleTag({ content: TEXT_SPACING });
      expect(await layoutProblems(page), '200% text with text spacing').toEqual(NO_PROBLEMS);
    });
  }
}

test('text spacing overrides clip nothing at the default size', async ({ page }) => {
  await page.goto('/en/press/fixture-rich');
  await page.addStyleTag({ content: TEXT_SPACING });
  expect(await layoutProblems(page)).toEqual(NO_PROBLEMS);
});
