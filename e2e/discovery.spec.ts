import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect, test } from '@playwright/test';
import Parser from 'rss-parser';
import { axeViolations } from './support/axe';

const SEED_ZH = '唐鳳部長與駐台北韓國代表李殷鎬會面 期許臺韓攜手強化資安聯防';
const SEED_EN =
  'Minister Audrey Tang Met with Representative Eun-ho Lee of Korean Mission in Taipei, Hoping for Taiwan-Korea Cooperation in Strengthening Cybersecurity Defense';
const PRIVATE = [/fixture-draft(?!-)/, /fixture-draft-edit/, /fixture-scheduled/, /測試草稿/, /測試排程/, /Test draft/, /Test scheduled/, /English still a draft/];

const titles = (page: import('@playwright/test').Page) => page.locator('main .release-list h2').allTextContents();

test.describe('press list filters, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('filter by year with the form; the filter survives pagination', async ({ page }) => {
    await page.goto('/press');
    await page.getByLabel('年份').selectOption('2024');
    await page.getByRole('button', { name: '套用篩選' }).click();
    await expect(page).toHaveURL(/\/press\?year=2024(&tag=)?$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('新聞稿：2024 年');
    await expect(page.getByText('共 17 則新聞稿（第 1 頁，共 2 頁）')).toBeVisible();
    await page.getByRole('navigation', { name: '新聞稿分頁' }).getByRole('link', { name: '下一頁' }).click();
    await expect(page).toHaveURL(/\/press\?year=2024&page=2$/);
    expect(await titles(page)).toEqual(['測試新聞稿 02', '測試新聞稿 01']);
    await expect(page.getByLabel('年份')).toHaveValue('2024');
    await expect(page).toHaveTitle('新聞稿：2024 年（第 2 頁） | 數位發展部');
  });

  test('a release page’s tag link leads to the tag’s page; the list filters by tag', async ({ page }) => {
    await page.goto('/en/press/fixture-rich');
    await page.getByRole('region', { name: 'Tags' }).getByRole('link', { name: 'Test tag B' }).click();
    await expect(page).toHaveURL(/\/en\/tags\/Test%20tag%20B$/);
    await expect(page.getByText('1 press release', { exact: true })).toBeVisible();
    expect(await titles(page)).toEqual(['Test fixture: images and formatting']);

    await page.goto('/en/press?tag=Test+tag+B');
    await expect(page.getByText('1 press release', { exact: true })).toBeVisible();

    await page.goto('/en/press?tag=Test+tag+A');
    await expect(page.getByText('6 press releases', { exact: true })).toBeVisible();
  });

  test('an empty result says so and offers a way back', async ({ page }) => {
    await page.goto('/press?year=2023&tag=測試標籤甲');
    await expect(page.getByText('沒有符合篩選條件的新聞稿。')).toBeVisible();
    await expect(page.getByText('共 0 則新聞稿')).toBeVisible();
    await page.getByRole('link', { name: '清除篩選，顯示所有新聞稿' }).click();
    await expect(page).toHaveURL(/\/press$/);
    await expect(page.getByText('共 20 則新聞稿（第 1 頁，共 2 頁）')).toBeVisible();
  });
});

test('invalid filter values are 404s', async ({ request }) => {
  for (const query of ['year=1999', 'year=abc', 'year=20245', 'tag=不存在', 'year=2024&year=2023', 'year=2024&page=3']) {
    const response = await request.get(`/press?${query}`);
    expect(response.status(), query).toBe(404);
    expect(await response.text(), query).toContain('<h1>找不到網頁</h1>');
  }
  // Empty filters are no filters: the whole list, not an empty one.
  const unfiltered = await request.get('/press?year=&tag=');
  expect(unfiltered.status()).toBe(200);
  expect(await unfiltered.text()).toContain('共 20 則新聞稿（第 1 頁，共 2 頁）');
});

test.describe('search, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const query of ['資安', '韓國代表']) {
    test(`the Chinese query ${query} finds the seed release, with the words marked`, async ({ page }) => {
      await page.goto('/');
      await page.getByRole('search').first().getByRole('searchbox').fill(query);
      await page.getByRole('search').first().getByRole('button', { name: '搜尋' }).click();
      await expect(page).toHaveURL(new RegExp(`/search\\?q=${encodeURIComponent(query)}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`搜尋「${query}」`);
      const hit = page.locator('.search-results li', { hasText: SEED_ZH });
      await expect(hit).toHaveCount(1);
      await expect(hit.locator('mark').first()).toHaveText(query);
    });
  }

  test('English search is case-insensitive, handles plurals, and finds the seed release', async ({ page }) => {
    await page.goto('/en/search?q=CYBERSECURITY');
    await expect(page.locator('.search-results li', { hasText: SEED_EN })).toHaveCount(1);
    // "points" finds the release that lists a "First point".
    await page.goto('/en/search?q=Points');
    await expect(page.locator('.search-results li', { hasText: 'Test fixture: images and formatting' })).toHaveCount(1);
  });

  test('results are paginated and keep the query', async ({ page }) => {
    await page.goto('/search?q=測試');
    await expect(page.getByText(/找到 \d+ 則新聞稿（第 1 頁，共 2 頁）/)).toBeVisible();
    await page.getByRole('navigation', { name: '搜尋結果分頁' }).getByRole('link', { name: '下一頁' }).click();
    await expect(page).toHaveURL(/\/search\?q=%E6%B8%AC%E8%A9%A6&page=2$/);
  });

  test('drafts are never found', async ({ page }) => {
    await page.goto('/search?q=草稿');
    await expect(page.locator('main')).not.toContainText('測試草稿');
    await page.goto('/en/search?q=draft');
    await expect(page.locator('main')).not.toContainText('Test draft');
  });
});

test.describe('when a search finds nothing, and narrowing a search, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('no results: says so, offers the other language and the press list', async ({ page }) => {
    // "semiconductor" is only in the seed release's English text.
    const response = await page.goto('/search?q=semiconductor');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('status')).toHaveText('找不到符合「semiconductor」的新聞稿。');
    await expect(page.getByRole('link', { name: '瀏覽所有新聞稿' }).last()).toHaveAttribute('href', '/press');
    await expect(page.getByRole('link', { name: '依年份或標籤瀏覽新聞稿' })).toHaveAttribute('href', '/press#press-filters');
    await page.getByRole('link', { name: '英文版有 1 則符合「semiconductor」的新聞稿' }).click();
    await expect(page).toHaveURL(/\/en\/search\?q=semiconductor$/);
    await expect(page.locator('.search-results li', { hasText: SEED_EN })).toHaveCount(1);
  });

  test('a misspelled word: the results of its likely correction, said so', async ({ page }) => {
    await page.goto('/en/search?q=cybersecurty');
    await expect(page.getByRole('status')).toHaveText('No press releases match “cybersecurty”. Showing results for “cybersecurity”:');
    await expect(page.locator('.search-results li', { hasText: SEED_EN })).toHaveCount(1);
  });

  test('narrow by year and unit with the form; the filters are in the URL', async ({ page }) => {
    await page.goto('/search?q=測試');
    await page.getByLabel('年份').selectOption('2023');
    await page.getByRole('button', { name: '篩選', exact: true }).click();
    await expect(page).toHaveURL(/\/search\?q=%E6%B8%AC%E8%A9%A6&year=2023&unit=$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('搜尋「測試」（2023 年）');
    expect(await titles(page)).toEqual(['測試新聞稿：英文版仍是草稿']);

    await page.goto('/search?q=韓國&unit=數位發展部');
    await expect(page.getByLabel('發布單位')).toHaveValue('數位發展部');
    await expect(page.locator('.search-results li', { hasText: SEED_ZH })).toHaveCount(1);
    await page.goto('/search?q=韓國&unit=測試單位');
    await expect(page.getByRole('status')).toHaveText('在所選的年份與單位中，找不到符合「韓國」的新聞稿。');
    await page.getByRole('link', { name: '不限年份與單位，有 1 則符合「韓國」的新聞稿' }).click();
    await expect(page.locator('.search-results li', { hasText: SEED_ZH })).toHaveCount(1);
  });
});

test('a search narrowed to a year or unit no release has, or repeated, is a 404', async ({ request }) => {
  for (const query of ['year=1999', 'year=abc', 'unit=不存在', 'year=2024&year=2023', 'unit=測試單位&unit=測試單位']) {
    const response = await request.get(`/search?q=${encodeURIComponent('測試')}&${query}`);
    expect(response.status(), query).toBe(404);
    expect(await response.text(), query).toContain('<h1>找不到網頁</h1>');
  }
  // A year and unit releases have: the narrowed search, with what narrows it in its title and results.
  const narrowed = await request.get('/en/search?q=test&year=2024&unit=Test+Unit');
  expect(narrowed.status()).toBe(200);
  const html = await narrowed.text();
  expect(html).toMatch(/<h1[^>]*>Search: “test” \((2024, Test Unit|Test Unit, 2024)\)<\/h1>/);
  expect(html).toContain('16 press releases found (page 1 of 2)');
  expect(html).toMatch(/class="[^"]*\bsearch-results\b[^"]*"/);
  expect(html).toContain('Test fixture release 15');
});

test('axe: a search with no results, narrowed', async ({ page }) => {
  await page.goto('/search?q=韓國&unit=測試單位');
  await expect(page.getByRole('status')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('any search input is answered safely and echoed as text', async ({ page, request }) => {
  const hostile = ['<script>window.__injected=1</script>', '.*+?^${}()|[]\\', '🇹🇼👩‍💻', '\u0000\u0007', 'a'.repeat(2000), ''];
  for (const query of hostile) {
    const response = await request.get(`/search?q=${encodeURIComponent(query)}`);
    expect(response.status(), query.slice(0, 20)).toBe(200);
  }
  await page.goto(`/search?q=${encodeURIComponent(hostile[0]!)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('搜尋「<script>window.__injected=1</script>」');
  await expect(page.locator('main script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
  expect((await request.get('/search?q=測試&page=99')).status()).toBe(404);
  expect((await request.get('/search?q=a&q=b')).status()).toBe(404);
});

test.describe('feeds', () => {
  for (const [path, language, seed] of [
    ['/feed.xml', 'zh-Hant-TW', SEED_ZH],
    ['/en/feed.xml', 'en', SEED_EN],
  ] as const) {
    test(`${path} is RSS 2.0 of the 20 newest public releases`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('application/rss+xml');
      const xml = await response.text();
      for (const secret of PRIVATE) expect(xml).not.toMatch(secret);

      const feed = await new Parser().parseString(xml);
      // 21 public Chinese releases (one withdrawn) fill the feed's 20; English has 18 (one withdrawn).
      expect(feed.items).toHaveLength(language === 'en' ? 18 : 20);
      const [newest] = feed.items;
      expect(newest?.title).toBe(language === 'en' ? 'Test fixture: images and formatting' : '測試新聞稿：圖片與格式');
      expect(newest?.link).toMatch(/^https?:\/\/[^/]+\/(en\/)?press\/fixture-rich$/);
      expect(newest?.guid).toBe(newest?.link);
      expect(new Date(newest!.pubDate!).toISOString()).toBe('2024-01-17T02:30:00.000Z');
      expect(xml).toContain(`<language>${language}</language>`);
      expect(feed.items.map((item) => item.title)).toContain(seed);
      if (language === 'en') {
        // Escaped, and read back exactly as written.
        expect(xml).toContain('dates &amp; Markdown &lt;formatting&gt;');
        expect(newest?.content).toBe('Made-up data to test images, dates & Markdown <formatting>.');
      }
    });
  }

  test('every page advertises its language’s feed, and the footer links to it', async ({ page }) => {
    for (const [path, feed] of [
      ['/', '/feed.xml'],
      ['/press', '/feed.xml'],
      ['/press/fixture-01', '/feed.xml'],
      ['/search?q=x', '/feed.xml'],
      ['/press/no-such-release', '/feed.xml'],
      ['/en', '/en/feed.xml'],
      ['/en/press/fixture-01', '/en/feed.xml'],
      ['/en/site-map', '/en/feed.xml'],
    ]) {
      await page.goto(path!);
      const advertised = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
      expect(new URL(advertised!, 'http://x').pathname, path).toBe(feed);
      await expect(page.getByRole('contentinfo').locator(`a[href="${feed}"]`), path).toBeVisible();
    }
  });
});

test('sitemap.xml lists every public page in both languages with alternates and lastmod; robots.txt points to it', async ({
  request,
}) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(XMLValidator.validate(xml)).toBe(true);
  for (const secret of PRIVATE) expect(xml).not.toMatch(secret);
  const urls = new XMLParser({ ignoreAttributes: false }).parse(xml).urlset.url as {
    loc: string;
    lastmod?: string;
    'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] | { '@_hreflang': string; '@_href': string };
  }[];
  const byPath = new Map(urls.map((entry) => [new URL(entry.loc).pathname + new URL(entry.loc).search, entry]));
  for (const path of ['/', '/en', '/press', '/en/press', '/press?page=2', '/press/fixture-01', '/en/press/fixture-01', '/press/fixture-untranslated', '/press/5763', '/site-map', '/en/accessibility']) {
    expect(byPath.has(path), path).toBe(true);
  }
  expect(byPath.has('/en/press/fixture-untranslated')).toBe(false);
  const release = byPath.get('/press/fixture-rich')!;
  expect(release.lastmod).toMatch(/^2024-01-31T16:00:00/);
  const links = [release['xhtml:link']].flat();
  expect(links.map((link) => link?.['@_hreflang']).sort()).toEqual(['en', 'zh-Hant-TW']);

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: https?:\/\/[^/]+\/sitemap\.xml/);
});

test('every page links an icon and a bilingual web app manifest in the theme colours', async ({ page, request }) => {
  for (const path of ['/', '/en/press/fixture-01']) {
    await page.goto(path);
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(manifestHref, path).toBe('/manifest.webmanifest');
    const iconHref = await page.locator('link[rel="icon"]').first().getAttribute('href');
    expect((await request.get(iconHref!)).headers()['content-type'], path).toMatch(/^image\/svg\+xml/);
    await expect(page.locator('meta[name="theme-color"][media="(prefers-color-scheme: dark)"]')).toHaveAttribute('content', '#121417');
  }
  const response = await request.get('/manifest.webmanifest');
  expect(response.status()).toBe(200);
  const manifest = await response.json();
  expect(manifest).toMatchObject({
    name: '數位發展部 Ministry of Digital Affairs',
    short_name: '數位部 moda',
    lang: 'zh-Hant-TW',
    start_url: '/',
    display: 'standalone',
    theme_color: '#ffffff',
  });
  expect(manifest.icons).toEqual([expect.objectContaining({ src: '/icon.svg', type: 'image/svg+xml' })]);
  expect((await request.get(manifest.icons[0].src)).status()).toBe(200);
});

test('a release carries Open Graph, Twitter and NewsArticle metadata', async ({ page }) => {
  await page.goto('/press/fixture-rich');
  const meta = (property: string) => page.locator(`meta[property="${property}"], meta[name="${property}"]`).first();
  await expect(meta('og:title')).toHaveAttribute('content', '測試新聞稿：圖片與格式');
  await expect(meta('og:description')).toHaveAttribute('content', '用來測試圖片、日期與 Markdown 格式的虛構資料。');
  await expect(meta('og:type')).toHaveAttribute('content', 'article');
  await expect(meta('og:locale')).toHaveAttribute('content', 'zh_TW');
  await expect(meta('og:locale:alternate')).toHaveAttribute('content', 'en_US');
  // The lead image, at its sharing size (1280 pixels wide), by its absolute URL.
  await expect(meta('og:image')).toHaveAttribute('content', /^https?:\/\/[^/]+\/media\/fixture-rich\/[0-9a-f]{16}\/1280\/lead\.jpg$/);
  await expect(meta('og:image:width')).toHaveAttribute('content', '1280');
  await expect(meta('og:image:height')).toHaveAttribute('content', '800');
  await expect(meta('twitter:card')).toHaveAttribute('content', 'summary_large_image');

  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: '測試新聞稿：圖片與格式',
    datePublished: '2024-01-17T02:30:00.000Z',
    dateModified: '2024-01-31T16:00:00.000Z',
    inLanguage: 'zh-Hant-TW',
    publisher: { '@type': 'GovernmentOrganization', name: '數位發展部' },
  });
  expect(jsonLd.image[0]).toMatch(/^https?:\/\/[^/]+\/media\/fixture-rich\/[0-9a-f]{16}\/1280\/lead\.jpg$/);
  expect(jsonLd.image[3]).toMatch(/\/icon\.svg$/);

  await page.goto('/en/press/fixture-01');
  await expect(meta('og:locale')).toHaveAttribute('content', 'en_US');
  await expect(meta('twitter:card')).toHaveAttribute('content', 'summary');
  await expect(meta('og:description')).toHaveAttribute('content', /^This is made-up data 01/);
});

test('the home page’s featured release shows the description its own page’s metadata gives', async ({ page }) => {
  for (const home of ['/', '/en']) {
    await page.goto(home);
    const featured = page.locator('.featured__release');
    const summary = (await featured.locator('.featured__summary').textContent())?.trim();
    expect(summary, home).toBeTruthy();
    await featured.getByRole('heading').getByRole('link').click();
    await expect(page).toHaveURL(/\/press\/[^/]+$/);
    // A client-side navigation holds the home page's description and the release's for a moment
    // while it swaps them: wait for the swap, then read the one left.
    const description = page.locator('meta[name="description"]');
    await expect(description).toHaveCount(1);
    await expect(description).toHaveAttribute('content', summary!);
  }
});
