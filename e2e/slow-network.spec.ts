import { expect, test } from '@playwright/test';
import { layoutShifts, recordLayoutShifts } from './support/layout-shifts';
import { slowDocumentProxy } from './support/slow-document';
import { LOCALES, url } from './support/site';

// On a slow network a page arrives in pieces. The browser must not paint a half-parsed header
// (the wordmark without the language switch and Menu beside it) and then move it into place:
// that is a layout shift a phone reader sees. The layout waits for <main> (docs/design.md).

test.use({ viewport: { width: 390, height: 844 } });

for (const site of LOCALES) {
  test(`a page arriving in pieces moves nothing in its header (${site.locale})`, async ({ page, baseURL }) => {
    const path = url(site.prefix, '/press/fixture-01');
    const proxy = await slowDocumentProxy(baseURL!, path, '<p class="language-switch"');
    try {
      // Every shift, even one Chromium files as after input: no reader input comes here.
      await recordLayoutShifts(page);
      const stylesheet = page.waitForEvent('requestfinished', (request) => request.url().endsWith('.css'));
      await page.goto(`${proxy.origin}${path}`, { waitUntil: 'commit' });
      // The first piece (up to the wordmark) is parsed and the stylesheet is in: a browser free to
      // paint does so now. A slow network's pause: up to a second for that first paint.
      await stylesheet;
      await page.waitForFunction(() => document.querySelector('.site-header__brand') !== null, null, { polling: 50 });
      await page
        .waitForFunction(() => performance.getEntriesByType('paint').length > 0, null, { polling: 50, timeout: 1_000 })
        .catch(() => undefined);
      proxy.sendRest();
      await page.waitForLoadState('load');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('header .language-switch a')).toBeVisible();
      expect(await layoutShifts(page)).toEqual([]);
    } finally {
      await proxy.close();
    }
  });
}
