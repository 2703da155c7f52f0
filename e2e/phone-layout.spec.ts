import { expect, test, type Page } from '@playwright/test';
import { pressAccessKey } from './support/keyboard';
import { LOCALES, url } from './support/site';

// A phone first (docs/design.md): on a 390 × 844 screen the header is one bar
// (wordmark, language switch, Menu) and the release's text starts on the first screen.

const PHONE = { width: 390, height: 844 };
const TEXT = {
  'zh-TW': { menu: '選單', mainMenu: '主選單', featured: '最新發布', search: '搜尋新聞稿' },
  en: { menu: 'Menu', mainMenu: 'Main menu', featured: 'Newest release', search: 'Search press releases' },
} as const;

const menu = (page: Page) => page.locator('header details#site-menu');
const summary = (page: Page) => menu(page).locator('> summary');

/** What Chromium tells screen readers about an element: its role, name and expanded state. */
async function accessibleState(page: Page, selector: string) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    const node = nodes[0]!;
    const expanded = node.properties?.find((property) => property.name === 'expanded')?.value.value;
    return { name: node.name?.value, expanded: expanded === true };
  } finally {
    await cdp.detach();
  }
}

/** Presses Tab from the top of the page until `selector` has the focus; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 10) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement === document.querySelector(s), selector)) return i + 1;
  }
  throw new Error(`${selector} was not reached in ${limit} Tab presses`);
}

for (const site of LOCALES) {
  const text = TEXT[site.locale];

  test.describe(`phone layout (${site.locale})`, () => {
    test.use({ viewport: PHONE });

    test('the closed header is one bar at most 72 px tall: wordmark, language switch, Menu', async ({ page }) => {
      for (const path of ['/', '/press', '/press/5763', '/site-map']) {
        await page.goto(url(site.prefix, path));
        const header = (await page.locator('header').boundingBox())!;
        expect(header.height, path).toBeLessThanOrEqual(72);
        const wordmark = page.locator('header').getByRole('link', { name: '數位發展部 Ministry of Digital Affairs' });
        await expect(wordmark).toBeVisible();
        await expect(wordmark).toHaveAttribute('href', site.prefix || '/');
        await expect(page.locator('header').getByRole('link', { name: site.switchLabel })).toBeVisible();
        await expect(summary(page)).toBeVisible();
        await expect(summary(page)).toHaveText(text.menu);
        await expect(page.getByRole('navigation', { name: text.mainMenu })).toBeHidden();
        await expect(page.locator('#header-search')).toBeHidden();
      }
    });

    test('the Menu from the keyboard: Tab to it, Enter and Space open it, its state is told, Escape closes it', async ({
      page,
    }) => {
      await page.goto(url(site.prefix, '/press/fixture-01'));
      await expect(menu(page)).toHaveAttribute('data-enhanced', '');
      // Skip link, ":::" U, wordmark, language switch, then the Menu.
      expect(await tabTo(page, '#site-menu > summary')).toBe(5);
      expect(await accessibleState(page, '#site-menu > summary')).toEqual({ name: text.menu, expanded: false });

      await page.keyboard.press('Enter');
      await expect(menu(page)).toHaveAttribute('open', '');
      expect(await accessibleState(page, '#site-menu > summary')).toEqual({ name: text.menu, expanded: true });
      const nav = page.getByRole('navigation', { name: text.mainMenu });
      await expect(nav).toBeVisible();
      // The panel follows the summary in the Tab order: first the main navigation.
      await page.keyboard.press('Tab');
      await expect(nav.getByRole('link').first()).toBeFocused();

      await page.keyboard.press('Escape');
      await expect(menu(page)).not.toHaveAttribute('open');
      await expect(summary(page)).toBeFocused();
      await expect(nav).toBeHidden();
      expect(await accessibleState(page, '#site-menu > summary')).toEqual({ name: text.menu, expanded: false });

      await page.keyboard.press('Space');
      await expect(menu(page)).toHaveAttribute('open', '');
      await expect(page.getByRole('searchbox', { name: text.search })).toBeVisible();
      await expect(page.getByRole('button', { name: site.themeToggle })).toBeEnabled();
      // Escape with the focus on the summary itself closes too, and the focus stays there.
      await page.keyboard.press('Escape');
      await expect(menu(page)).not.toHaveAttribute('open');
      await expect(summary(page)).toBeFocused();
    });

    test('access keys with the menu closed and open: S opens it at the search field, U, C and Z as before', async ({
      page,
    }) => {
      await page.goto(url(site.prefix, '/press/fixture-01'));
      await expect(menu(page)).toHaveAttribute('data-enhanced', '');
      await expect(menu(page)).not.toHaveAttribute('open');
      await pressAccessKey(page, 'S');
      await expect(menu(page)).toHaveAttribute('open', '');
      await expect(page.locator('header a[accesskey="S"]')).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(page.getByRole('searchbox', { name: text.search })).toBeFocused();
      // Again once closed, with `#S` already in the address (so no hashchange).
      await page.keyboard.press('Escape');
      await expect(menu(page)).not.toHaveAttribute('open');
      await pressAccessKey(page, 'S');
      await expect(menu(page)).toHaveAttribute('open', '');
      await expect(page.locator('header a[accesskey="S"]')).toBeFocused();

      for (const open of [true, false]) {
        if (!open) {
          await page.keyboard.press('Escape');
          await expect(menu(page)).not.toHaveAttribute('open');
        }
        for (const [key, area] of [
          ['U', 'header'],
          ['C', 'main'],
          ['Z', 'footer'],
        ] as const) {
          await pressAccessKey(page, key);
          await expect(page.locator(`${area} a[accesskey="${key}"]`), `${key}, menu open: ${open}`).toBeFocused();
        }
      }
    });

    test('the seed release: the title is not pushed down, the first paragraph starts on the first screen', async ({
      page,
    }) => {
      await page.goto(url(site.prefix, '/press/5763'));
      const h1 = page.getByRole('heading', { level: 1 });
      const first = page.locator('.release__body p').first();
      const top = (await first.boundingBox())!.y;
      expect(top).toBeLessThan(PHONE.height);
      // The breadcrumb is one line; the current page is cut short on screen but whole in the DOM.
      const crumb = page.getByRole('navigation', { name: site.locale === 'en' ? 'Breadcrumb' : '導覽路徑' });
      const current = crumb.locator('[aria-current="page"]');
      expect(await current.textContent()).toBe(await h1.textContent());
      const lineHeight = await crumb.locator('ol').evaluate((ol) => parseFloat(getComputedStyle(ol).lineHeight));
      expect((await crumb.boundingBox())!.height).toBeLessThan(lineHeight * 1.5);
      expect(await current.evaluate((span) => getComputedStyle(span).textOverflow)).toBe('ellipsis');
    });

    test('the home page leads with the newest release, then the latest, topics and years', async ({ page }) => {
      await page.goto(url(site.prefix, '/press'));
      const newest = page.locator('.release-list__title a').first();
      const [newestTitle, newestHref] = [await newest.textContent(), await newest.getAttribute('href')];

      await page.goto(url(site.prefix, '/'));
      const featured = page.getByRole('region', { name: text.featured });
      await expect(featured).toBeVisible();
      const link = featured.getByRole('link', { name: newestTitle! });
      await expect(link).toHaveAttribute('href', newestHref!);
      await expect(featured.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}/);
      await expect(featured.locator('.featured__meta')).toContainText(/Unit|單位|Ministry|部/);
      // The featured release starts on the first screen of a phone.
      expect((await link.boundingBox())!.y).toBeLessThan(PHONE.height);
      // It is not listed again below.
      await expect(page.locator('.release-list').getByRole('link', { name: newestTitle!, exact: true })).toHaveCount(0);

      const topics = page.getByRole('region', { name: site.locale === 'en' ? 'Browse by topic' : '依主題瀏覽' });
      const tags = topics.getByRole('link');
      expect(await tags.count()).toBeGreaterThan(0);
      for (const href of await tags.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
        expect(href).toMatch(new RegExp(`^${site.prefix}/tags/.+`));
      }
      const years = page.getByRole('region', { name: site.locale === 'en' ? 'Archive by year' : '歷年新聞稿' });
      await expect(years.getByRole('link', { name: /2024/ })).toHaveAttribute('href', `${site.prefix}/press?year=2024`);
      await years.getByRole('link', { name: /2024/ }).click();
      await expect(page).toHaveURL(new RegExp(`${site.prefix}/press\\?year=2024$`));
    });
  });

  test.describe(`phone layout without JavaScript (${site.locale})`, () => {
    test.use({ viewport: PHONE, javaScriptEnabled: false });

    test('the Menu opens and its links are reachable and work', async ({ page }) => {
      await page.goto(url(site.prefix, '/press/fixture-01'));
      const nav = page.getByRole('navigation', { name: text.mainMenu });
      await expect(nav).toBeHidden();
      // The header's bar; the <noscript> notice above it is shown to JavaScript-less readers only.
      expect((await page.locator('header .site-header__inner').boundingBox())!.height).toBeLessThanOrEqual(72);

      expect(await tabTo(page, '#site-menu > summary')).toBe(5);
      await page.keyboard.press('Enter');
      await expect(menu(page)).toHaveAttribute('open', '');
      expect(await accessibleState(page, '#site-menu > summary')).toEqual({ name: text.menu, expanded: true });
      await expect(nav).toBeVisible();
      await expect(page.getByRole('searchbox', { name: text.search })).toBeVisible();
      await expect(page.locator('header').getByRole('link', { name: site.locale === 'en' ? 'Site map' : '網站導覽' })).toBeVisible();
      // The controls that need JavaScript are not offered.
      await expect(page.locator('header .theme-toggle')).toBeHidden();
      await page.keyboard.press('Tab');
      await expect(nav.getByRole('link').first()).toBeFocused();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`${site.prefix}/press$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.pressTitle);

      // A click on the summary opens and closes it too.
      await summary(page).click();
      await expect(menu(page)).toHaveAttribute('open', '');
      await summary(page).click();
      await expect(menu(page)).not.toHaveAttribute('open');
    });
  });
}
