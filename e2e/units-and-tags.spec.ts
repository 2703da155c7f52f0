/**
 * Each issuing unit and each tag has a page (its releases, newest first, 15 a
 * page) and an RSS feed and a JSON Feed titled with its name, in both
 * languages: linked from a release's unit and tags and from the press list,
 * announced in <head>, 404s decided before rendering, working without JavaScript.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import Parser from 'rss-parser';

type JsonFeed = { title: string; feed_url: string; home_page_url: string; items: { url: string; title: string }[] };

const SITES = [
  { locale: 'zh-TW', prefix: '', unit: '測試單位', tag: '測試標籤甲', unitHeading: '測試單位新聞稿', tagHeading: '標籤「測試標籤甲」的新聞稿', feedTitle: '數位發展部新聞稿：', notFound: '找不到網頁', withdrawn: /^［已撤回］/ },
  { locale: 'en', prefix: '/en', unit: 'Test Unit', tag: 'Test tag A', unitHeading: 'Press releases from the Test Unit', tagHeading: 'Press releases tagged “Test tag A”', feedTitle: 'Ministry of Digital Affairs press releases: ', notFound: 'Page not found', withdrawn: /^\[Withdrawn\]/ },
] as const;

/** The release links of a list page's <ol class="release-list">, in order. */
async function listedReleases(request: APIRequestContext, path: string): Promise<{ links: string[]; next: string | null; html: string }> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  const list = /<ol class="release-list">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
  const links = [...list.matchAll(/<h2 class="release-list__title"><a href="([^"]+)"/g)].map((match) => match[1]!);
  const next = /<a[^>]*href="([^"]+)"[^>]*rel="next"/.exec(html)?.[1] ?? /<a[^>]*rel="next"[^>]*href="([^"]+)"/.exec(html)?.[1] ?? null;
  return { links, next: next?.replaceAll('&amp;', '&') ?? null, html };
}

/** Every release a paginated list links, following its "next" links. */
async function allListed(request: APIRequestContext, first: string): Promise<string[]> {
  const links: string[] = [];
  for (let path: string | null = first, pages = 0; path !== null && pages < 20; pages++) {
    const page = await listedReleases(request, path);
    links.push(...page.links);
    path = page.next;
  }
  return links;
}

for (const site of SITES) {
  const unitPage = `${site.prefix}/units/test-unit`;
  const tagPage = `${site.prefix}/tags/${encodeURIComponent(site.tag)}`;

  test(`the unit index links each unit's page, which lists its releases newest first, paginated (${site.locale})`, async ({ page, request }) => {
    await page.goto(`${site.prefix}/units`);
    await expect(page.locator('h1')).toHaveText(site.locale === 'en' ? 'Issuing units' : '發布單位');
    await page.getByRole('link', { name: new RegExp(`^${site.unit}`) }).click();
    await expect(page).toHaveURL(new RegExp(`${unitPage}$`));
    await expect(page.locator('h1')).toHaveText(site.unitHeading);
    await expect(page).toHaveTitle(new RegExp(site.unit));

    // The unit's releases are exactly the press list's releases of that unit, in the same order.
    const onPressList: string[] = [];
    for (let path: string | null = `${site.prefix}/press`; path !== null; ) {
      const listed = await listedReleases(request, path);
      const items = [...listed.html.matchAll(/<li class="release-list__item">([\s\S]*?)<\/li>/g)].map((match) => match[1]!);
      for (const item of items) {
        if (item.includes(`</span>${site.unit}</p>`)) onPressList.push(/href="([^"]+)"/.exec(item)![1]!);
      }
      path = listed.next;
    }
    const unitReleases = await allListed(request, unitPage);
    expect(unitReleases.length).toBeGreaterThan(15);
    expect(unitReleases).toEqual(onPressList);
    // Page 2 is its own address; past the end is a 404.
    expect((await listedReleases(request, `${unitPage}?page=2`)).links).toEqual(unitReleases.slice(15, 30));
  });

  test(`a unit's and a tag's feeds name it, list its page's releases, and agree with each other (${site.locale})`, async ({ request }) => {
    for (const [path, name] of [
      [unitPage, site.unit],
      [tagPage, site.tag],
    ] as const) {
      const listed = await allListed(request, path);
      await expect(async () => {
        const rss = await request.get(`${path}/feed.xml`);
        expect(rss.status()).toBe(200);
        expect(rss.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
        const feed = await new Parser().parseString(await rss.text());
        expect(feed.title).toBe(`${site.feedTitle}${name}`);
        expect(new URL(feed.link!).pathname).toBe(path);
        const json = await request.get(`${path}/feed.json`);
        expect(json.headers()['content-type']).toBe('application/feed+json; charset=utf-8');
        const jsonFeed = (await json.json()) as JsonFeed;
        expect(jsonFeed.title).toBe(feed.title);
        expect(new URL(jsonFeed.feed_url).pathname).toBe(`${path}/feed.json`);
        // The JSON Feed's items are the RSS feed's.
        expect(jsonFeed.items.map((item) => [item.url, item.title])).toEqual(feed.items.map((item) => [item.link, item.title]));
        // Its standing releases are the page's, newest first (withdrawn ones are in the feeds only, marked).
        const standing = feed.items.filter((item) => !site.withdrawn.test(item.title!)).map((item) => new URL(item.link!).pathname);
        expect(standing).toEqual(listed.slice(0, standing.length).map((link) => decodeURI(link)));
        expect(standing.length).toBeGreaterThan(0);
        expect(feed.items.length).toBeLessThanOrEqual(20);
      }).toPass({ timeout: 20_000, intervals: [1000] });
    }
    // The unit's feeds include its withdrawn release, marked as the main feed marks it.
    const feed = await new Parser().parseString(await (await request.get(`${unitPage}/feed.xml`)).text());
    if (site.locale === 'zh-TW') expect(feed.items.some((item) => site.withdrawn.test(item.title!))).toBe(true);
  });

  test(`a release links its unit and tags to their pages; the tag page lists it (${site.locale})`, async ({ page }) => {
    await page.goto(`${site.prefix}/press/fixture-rich`);
    await page.locator('.release__meta').getByRole('link', { name: site.unit, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${unitPage}$`));
    await expect(page.locator('h1')).toHaveText(site.unitHeading);

    await page.goto(`${site.prefix}/press/fixture-rich`);
    await page.locator('.tag-list').getByRole('link', { name: site.tag, exact: true }).click();
    await expect(page.locator('h1')).toHaveText(site.tagHeading);
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`${site.prefix}/tags/${site.tag}`);
    await expect(page.locator('.release-list').getByRole('link', { name: /./ }).first()).toBeVisible();
  });

  test(`the press list's filters lead to the unit and tag pages (${site.locale})`, async ({ page }) => {
    await page.goto(`${site.prefix}/press?tag=${encodeURIComponent(site.tag)}`);
    const links = page.getByRole('navigation', { name: site.locale === 'en' ? 'Browse by issuing unit or tag' : '依發布單位或標籤瀏覽' });
    await links.getByRole('link', { name: site.locale === 'en' ? `Page and feeds for “${site.tag}”` : `標籤「${site.tag}」的專頁與訂閱` }).click();
    await expect(page.locator('h1')).toHaveText(site.tagHeading);
    await page.goto(`${site.prefix}/press`);
    await links.getByRole('link', { name: site.locale === 'en' ? 'All tags' : '所有標籤' }).click();
    await expect(page.locator('h1')).toHaveText(site.locale === 'en' ? 'Tags' : '標籤');
    await expect(page.getByRole('link', { name: new RegExp(`^${site.tag}`) })).toHaveAttribute('href', tagPage);
  });

  test(`unit and tag pages announce their own feeds in <head>, then the site's (${site.locale})`, async ({ page }) => {
    for (const [path, name] of [
      [unitPage, site.unit],
      [tagPage, site.tag],
    ] as const) {
      await page.goto(path);
      for (const [type, file] of [
        ['application/rss+xml', 'feed.xml'],
        ['application/feed+json', 'feed.json'],
      ] as const) {
        const links = page.locator(`link[rel="alternate"][type="${type}"]`);
        await expect(links.first()).toHaveAttribute('href', new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/${file}$`));
        await expect(links.first()).toHaveAttribute('title', `${site.feedTitle}${name}`);
        await expect(links.nth(1)).toHaveAttribute('href', new RegExp(`${site.prefix}/${file}$`));
      }
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    }
  });

  test(`unknown units, tags and pages are the localized 404, with status 404 (${site.locale})`, async ({ request }) => {
    for (const path of [
      `${site.prefix}/units/no-such-unit`,
      `${site.prefix}/units/no-such-unit/feed.xml`,
      `${site.prefix}/units/no-such-unit/feed.json`,
      `${unitPage}?page=99`,
      `${unitPage}?page=0`,
      `${unitPage}?page=abc`,
      `${unitPage}?page=1&page=2`,
      `${unitPage}/2`,
      `${unitPage}/feed.rss`,
      `${site.prefix}/tags/${encodeURIComponent('不存在的標籤')}`,
      `${site.prefix}/tags/${encodeURIComponent('不存在的標籤')}/feed.json`,
      // A tag of the other language only.
      `${site.prefix}/tags/${encodeURIComponent(site.locale === 'en' ? '測試標籤甲' : 'Test tag A')}`,
      `${site.prefix}/tags/%E0%A4%A`,
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(await response.text(), path).toContain(site.notFound);
    }
  });

  test(`the language switch keeps the reader on the unit's page (${site.locale})`, async ({ page }) => {
    await page.goto(`${unitPage}?page=2`);
    const other = site.locale === 'en' ? '/units/test-unit?page=2' : '/en/units/test-unit?page=2';
    await expect(page.locator('.language-switch a')).toHaveAttribute('href', other);
    // Tags are per language: the switch leads to the other language's tag index.
    await page.goto(tagPage);
    await expect(page.locator('.language-switch a')).toHaveAttribute('href', site.locale === 'en' ? '/tags' : '/en/tags');
  });

  test(`the unit pages are reachable by keyboard and page without JavaScript (${site.locale})`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.prefix}/units`);
    const target = page.getByRole('link', { name: new RegExp(`^${site.unit}`) });
    let reached = false;
    for (let stop = 0; stop < 40 && !reached; stop++) {
      await page.keyboard.press('Tab');
      reached = await target.evaluate((link) => link === document.activeElement);
    }
    expect(reached, 'the unit link is a Tab stop').toBe(true);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${unitPage}$`));
    await page.getByRole('link', { name: site.locale === 'en' ? 'Next page' : '下一頁' }).click();
    await expect(page).toHaveURL(new RegExp(`${unitPage.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\?page=2$`));
    await expect(page.locator('.release-list li').first()).toBeVisible();
    // The 404 is a whole page without JavaScript.
    await page.goto(`${site.prefix}/units/no-such-unit`);
    await expect(page.locator('h1')).toHaveText(site.notFound);
    await context.close();
  });
}

test('the site map links the unit and tag indexes, in both languages', async ({ page }) => {
  for (const [path, units, tags] of [
    ['/site-map', '發布單位', '標籤'],
    ['/en/site-map', 'Issuing units', 'Tags'],
  ] as const) {
    await page.goto(path);
    const prefix = path.startsWith('/en') ? '/en' : '';
    await expect(page.locator('main').getByRole('link', { name: units, exact: true })).toHaveAttribute('href', `${prefix}/units`);
    await expect(page.locator('main').getByRole('link', { name: tags, exact: true })).toHaveAttribute('href', `${prefix}/tags`);
  }
});

test('the sitemap lists the unit and tag pages', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const path of ['/units', '/units/test-unit', '/units/test-unit?page=2', '/en/units/ministry', '/tags', `/tags/${encodeURIComponent('測試標籤甲')}`, `/en/tags/${encodeURIComponent('Test tag A')}`]) {
    expect(sitemap, path).toContain(`${path.replaceAll('&', '&amp;')}</loc>`);
  }
});
