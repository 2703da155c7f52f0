import { expect, test, type Request } from '@playwright/test';
import { LOCALES, url } from './support/site';

// Flight data is what Next's router fetches for a page: a request with the `RSC` header.
const isFlight = (request: Request) => request.headers()['rsc'] === '1';

test.use({ viewport: { width: 390, height: 844 } });

for (const { locale, prefix } of LOCALES) {
  test(`a page view fetches no other page until a link is followed (${locale})`, async ({ page }) => {
    const flight: { url: string; prefetch: boolean }[] = [];
    const documents: string[] = [];
    page.on('request', (request) => {
      if (isFlight(request)) flight.push({ url: request.url(), prefetch: request.headers()['next-router-prefetch'] !== undefined });
      if (request.resourceType() === 'document') documents.push(request.url());
    });

    // The press list shows the most links: 15 releases, pagination, header and footer.
    await page.goto(url(prefix, '/press'));
    // Hydrated: the menu's script has marked it (the theme toggle is inside the closed menu on a phone).
    await expect(page.locator('#site-menu')).toHaveAttribute('data-enhanced', '');
    // Links would be prefetched as they enter the viewport: show them all.
    await page.locator('.site-footer').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, 0));

    // A followed link still navigates within the page's scripts: flight data, no new document.
    const documentsBefore = documents.length;
    const first = page.locator('main .release-list h2 a').first();
    const title = (await first.textContent())!;
    const target = new URL((await first.getAttribute('href'))!, page.url()).pathname;
    await first.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    expect(documents.slice(documentsBefore)).toEqual([]);
    // Checked over the whole visit, not at one moment: from the first paint to the followed link
    // rendered, the only flight data fetched is the followed link's, and none of it a prefetch.
    expect(flight.length).toBeGreaterThan(0);
    expect(flight.filter((request) => request.prefetch || new URL(request.url).pathname !== target)).toEqual([]);
  });
}
