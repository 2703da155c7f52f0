import { expect, test, type Request } from '@playwright/test';
import { LOCALES, url } from './support/site';

// Flight data is what Next's router fetches for a page: a request with the `RSC` header.
const isFlight = (request: Request) => request.headers()['rsc'] === '1';

test.use({ viewport: { width: 390, height: 844 } });

for (const { locale, prefix } of LOCALES) {
  test(`a page view fetches no other page until a link is followed (${locale})`, async ({ page }) => {
    const flight: string[] = [];
    const documents: string[] = [];
    page.on('request', (request) => {
      if (isFlight(request)) flight.push(request.url());
      if (request.resourceType() === 'document') documents.push(request.url());
    });

    // The press list shows the most links: 15 releases, pagination, header and footer.
    await page.goto(url(prefix, '/press'));
    // Hydrated: the menu's script has marked it (the theme toggle is inside the closed menu on a phone).
    await expect(page.locator('#site-menu')).toHaveAttribute('data-enhanced', '');
    // Links are prefetched as they enter the viewport: show them all, then let the network settle.
    await page.locator('.site-footer').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForLoadState('networkidle');
    expect(flight).toEqual([]);

    // A followed link still navigates within the page's scripts: flight data, no new document.
    const documentsBefore = documents.length;
    const first = page.locator('main .release-list h2 a').first();
    const title = (await first.textContent())!;
    await first.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    expect(flight.length).toBeGreaterThan(0);
    expect(documents.slice(documentsBefore)).toEqual([]);
  });
}
