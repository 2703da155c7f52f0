import { expect, test } from '@playwright/test';
import { layoutShifts, recordLayoutShifts } from './support/layout-shifts';
import { slowDocumentProxy } from './support/slow-document';
import { LOCALES, url } from './support/site';

// On a slow network a page arrives in pieces, and a phone reader sees every piece the browser paints.
// - The header: the browser must not paint it half parsed (the wordmark without the language switch
//   and Menu beside it) and then move it into place. The layout waits for <main> (docs/design.md).
// - The footer: on a short page it fills the screen's foot. Were it pinned to the bottom of the
//   screen, each piece of it that arrived would push its top, and everything in it, up.
const PIECES = [
  { where: 'header', cutBefore: '<p class="language-switch"', lastParsed: '.site-header__brand', check: 'header .language-switch a' },
  { where: 'footer', cutBefore: '<p class="go-top"', lastParsed: '.site-footer__links', check: 'footer .go-top a' },
];

test.use({ viewport: { width: 390, height: 844 } });

for (const site of LOCALES) for (const { where, cutBefore, lastParsed, check } of PIECES) {
  test(`a short page arriving in pieces moves nothing in its ${where} (${site.locale})`, async ({ page, baseURL }) => {
    const path = url(site.prefix, '/press/fixture-01');
    const proxy = await slowDocumentProxy(baseURL!, path, cutBefore);
    try {
      // Every shift, even one Chromium files as after input: no reader input comes here.
      await recordLayoutShifts(page);
      const stylesheet = page.waitForEvent('requestfinished', (request) => request.url().endsWith('.css'));
      await page.goto(`${proxy.origin}${path}`, { waitUntil: 'commit' });
      // The first piece is parsed and the stylesheet is in: a browser free to paint does so now, and
      // two animation frames later it has. A slow network's pause: up to a second for that frame
      // (none comes while the page holds its rendering back).
      await stylesheet;
      await page.waitForFunction((selector) => document.querySelector(selector) !== null, lastParsed, { polling: 50 });
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
            setTimeout(resolve, 1_000);
          }),
      );
      proxy.sendRest();
      await page.waitForLoadState('load');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator(check)).toBeVisible();
      expect(await layoutShifts(page)).toEqual([]);
    } finally {
      await proxy.close();
    }
  });
}
