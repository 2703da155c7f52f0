/**
 * Each release as a public record (docs/publishing.md, "Corrections, withdrawals
 * and removals"): corrections with dated notes and word-by-word comparisons read
 * from the fixture tree's own git history (e2e/prepare-content.ts commits the
 * earlier versions in e2e/fixtures/history), a withdrawn release, removed ones,
 * and a translation behind a correction, in both languages.
 */
import { expect, test, type Page } from '@playwright/test';
import Parser from 'rss-parser';
import { axeViolations } from './support/axe';
import { enterPreview } from './support/staff';

const CORRECTED = '/press/fixture-14';
const WITHDRAWN = '/press/fixture-withdrawn';
const REMOVED = '/press/fixture-removed';
const REPLACED = '/press/fixture-replaced';
/** Text that only the removed releases' bodies hold: it must be served nowhere. */
const REMOVED_TEXT = /REMOVED-FIXTURE-TEXT|REPLACED-FIXTURE-TEXT|誤發已移除|誤發並由另一則取代|removed as published in error/;

const SITES = [
  {
    locale: 'zh-TW',
    prefix: '',
    updated: '更新日期',
    seeAll: '查看所有更新',
    updates: '本頁更新紀錄',
    whatChanged: '查看更正前後差異',
    firstPublished: '首次發布。',
    notes: ["補充測試頒獎日期。<script>alert('note')</script>", '更正測試得獎隊伍數量與標題。'],
    newestDate: '2024年2月10日（民國113年2月10日）',
    comparisonTitle: '2024年1月20日的更正：測試新聞稿 14',
    removedWord: '12',
    addedWord: '15',
    removedMark: '［刪除：',
    addedMark: '［新增：',
    titleRemoved: '（初稿）',
    withdrawnHeading: '本新聞稿已撤回',
    withdrawnReason: '測試用的撤回原因：本則虛構資料已由另一則測試資料取代。',
    withdrawnTitle: '測試新聞稿：已撤回',
    withdrawnLabel: '已撤回',
    includeWithdrawn: '包含已撤回的新聞稿',
    feedTitle: '［已撤回］測試新聞稿：已撤回',
    removedTitle: '此新聞稿已移除',
    removedBody: '這則新聞稿因誤發，已於 2024年1月21日（民國113年1月21日） 移除。',
    notFound: '找不到網頁',
  },
  {
    locale: 'en',
    prefix: '/en',
    updated: 'Updated',
    seeAll: 'See all updates',
    updates: 'Updates to this page',
    whatChanged: 'See what changed',
    firstPublished: 'First published.',
    notes: ['Corrected the number of test teams and the title.'],
    newestDate: 'January 20, 2024',
    comparisonTitle: 'Correction of January 20, 2024: Test fixture release 14',
    removedWord: 'Twelve',
    addedWord: 'Fifteen',
    removedMark: '[removed: ',
    addedMark: '[added: ',
    titleRemoved: ' (first draft)',
    withdrawnHeading: 'This press release was withdrawn',
    withdrawnReason: 'A made-up reason for tests: this fixture was superseded by another.',
    withdrawnTitle: 'Test fixture: withdrawn',
    withdrawnLabel: 'Withdrawn',
    includeWithdrawn: 'Include withdrawn press releases',
    feedTitle: '[Withdrawn] Test fixture: withdrawn',
    removedTitle: 'This press release has been removed',
    removedBody: 'This press release was published in error and was removed on January 21, 2024.',
    notFound: 'Page not found',
  },
] as const;

const jsonLd = async (page: Page) =>
  JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;

for (const site of SITES) {
  test.describe(`corrections (${site.locale})`, () => {
    test('the updated date links to the updates, which list every note and the first publication', async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const response = await page.goto(`${site.prefix}${CORRECTED}`);
      expect(response?.status()).toBe(200);
      const meta = page.locator('.release__meta');
      await expect(meta).toContainText(`${site.updated}`);
      await expect(meta).toContainText(site.newestDate);
      await meta.getByRole('link', { name: site.seeAll }).click();
      await expect(page).toHaveURL(/#updates$/);
      const updates = page.getByRole('region', { name: site.updates });
      await expect(updates).toBeInViewport();
      const items = updates.getByRole('listitem');
      await expect(items).toHaveCount(site.notes.length + 1);
      for (const [index, note] of site.notes.entries()) await expect(items.nth(index)).toContainText(note);
      await expect(items.last()).toContainText(site.firstPublished);
      await expect(updates.getByRole('link', { name: new RegExp(site.whatChanged) })).toHaveCount(site.notes.length);
      // A note with markup is shown as the text it is, never run.
      expect(dialogs).toEqual([]);
      // Printed with the page.
      await page.emulateMedia({ media: 'print' });
      await expect(updates).toBeVisible();
      await page.emulateMedia({ media: 'screen' });
      const ld = await jsonLd(page);
      expect(ld.dateModified).toBe(site.locale === 'zh-TW' ? '2024-02-10T01:00:00.000Z' : '2024-01-20T02:30:00.000Z');
      expect(await axeViolations(page, `corrected release ${site.locale}`)).toEqual([]);
    });

    test('what changed, word by word, marked for eyes, screen readers and paper', async ({ page }) => {
      await page.goto(`${site.prefix}${CORRECTED}`);
      const updates = page.getByRole('region', { name: site.updates });
      // The oldest correction is the last one listed before the first publication.
      await updates.getByRole('link', { name: new RegExp(site.whatChanged) }).last().click();
      await expect(page).toHaveURL(new RegExp(`${site.prefix}${CORRECTED}/changes/1$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.comparisonTitle);
      const removed = page.locator('.comparison del');
      const added = page.locator('.comparison ins');
      // Whole words, not bytes: the number and the title's words, each once.
      await expect(removed.filter({ hasText: site.removedWord })).toHaveCount(1);
      await expect(added.filter({ hasText: site.addedWord })).toHaveCount(1);
      await expect(removed.filter({ hasText: site.titleRemoved.trim() })).toHaveCount(1);
      // Said in words too, for screen readers: the markers are text inside the marks.
      expect(await removed.first().textContent()).toContain(site.removedMark);
      expect(await added.first().textContent()).toContain(site.addedMark);
      // Not by colour alone: struck through and underlined, on screen and on paper.
      for (const media of ['screen', 'print'] as const) {
        await page.emulateMedia({ media });
        await expect(removed.first()).toHaveCSS('text-decoration-line', 'line-through');
        await expect(added.first()).toHaveCSS('text-decoration-line', 'underline');
        await expect(removed.first()).toBeVisible();
      }
      await page.emulateMedia({ media: 'screen' });
      expect(await axeViolations(page, `comparison ${site.locale}`)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await axeViolations(page, `comparison ${site.locale}, dark`)).toEqual([]);
      await page.getByRole('link', { name: site.locale === 'en' ? 'Back to the press release' : '回到新聞稿' }).click();
      await expect(page).toHaveURL(new RegExp(`${site.prefix}${CORRECTED}#updates$`));
    });

    test('a comparison that does not exist is the localized 404', async ({ request }) => {
      for (const path of [`${CORRECTED}/changes/9`, `${CORRECTED}/changes/0`, '/press/fixture-01/changes/1', `${REMOVED}/changes/1`]) {
        const response = await request.get(`${site.prefix}${path}`);
        expect(response.status(), path).toBe(404);
        expect(await response.text(), path).toContain(site.notFound);
      }
    });
  });

  test.describe(`a withdrawn release (${site.locale})`, () => {
    test('stays at its address under a banner with the date and reason, and its JSON-LD says so', async ({ page }) => {
      const response = await page.goto(`${site.prefix}${WITHDRAWN}`);
      expect(response?.status()).toBe(200);
      const banner = page.getByRole('region', { name: site.withdrawnHeading });
      await expect(banner).toContainText(site.withdrawnReason);
      await expect(banner).toContainText(site.locale === 'en' ? 'February 1, 2024' : '2024年2月1日（民國113年2月1日）');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.withdrawnTitle);
      expect((await jsonLd(page)).creativeWorkStatus).toBe('Withdrawn');
      await page.emulateMedia({ media: 'print' });
      await expect(banner).toBeVisible();
      await page.emulateMedia({ media: 'screen' });
      expect(await axeViolations(page, `withdrawn ${site.locale}`)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      expect(await axeViolations(page, `withdrawn ${site.locale}, dark`)).toEqual([]);
    });

    test('leaves the home page, the press list and search, unless a filter asks for it', async ({ page }) => {
      await page.goto(site.prefix || '/');
      await expect(page.locator('main')).not.toContainText(site.withdrawnTitle);
      await page.goto(`${site.prefix}/press`);
      await expect(page.locator('main')).not.toContainText(site.withdrawnTitle);
      // The filter form offers them, without JavaScript as with it: a plain GET form.
      await page.getByLabel(site.includeWithdrawn).check();
      await page.locator('#press-filters').getByRole('button').click();
      await expect(page).toHaveURL(/[?&]show=withdrawn/);
      const entry = page.locator('.release-list__item', { hasText: site.withdrawnTitle });
      await expect(entry).toHaveCount(1);
      await expect(entry).toContainText(site.withdrawnLabel);
      expect(await axeViolations(page, `press list with withdrawn ${site.locale}`)).toEqual([]);

      const query = site.locale === 'en' ? 'withdrawn' : '撤回';
      await page.goto(`${site.prefix}/search?q=${encodeURIComponent(query)}`);
      await expect(page.locator('main')).not.toContainText(site.withdrawnTitle);
      await page.goto(`${site.prefix}/search?q=${encodeURIComponent(query)}&show=withdrawn`);
      const hit = page.locator('.search-results li', { hasText: site.withdrawnTitle });
      await expect(hit).toHaveCount(1);
      await expect(hit).toContainText(site.withdrawnLabel);
    });

    test('its feed item says so; the sitemap keeps it', async ({ request }) => {
      const feed = await new Parser().parseString(await (await request.get(`${site.prefix}/feed.xml`)).text());
      const item = feed.items.find((each) => each.link?.endsWith(WITHDRAWN));
      expect(item?.title).toBe(site.feedTitle);
      expect(item?.content).toContain(site.withdrawnReason);
      const sitemap = await (await request.get('/sitemap.xml')).text();
      expect(sitemap).toMatch(new RegExp(`<loc>[^<]*${site.prefix}${WITHDRAWN}</loc>`));
    });
  });

  test.describe(`a release removed as published in error (${site.locale})`, () => {
    test('answers 410 Gone with a page in its language saying when, and nothing of its text', async ({ page, request }) => {
      const response = await request.get(`${site.prefix}${REMOVED}`, { maxRedirects: 0 });
      expect(response.status()).toBe(410);
      const html = await response.text();
      expect(html).not.toMatch(REMOVED_TEXT);
      expect(html).toContain(`lang="${site.locale === 'en' ? 'en' : 'zh-Hant-TW'}"`);
      // Cached like a page, so that a cache's copy of the release is replaced when it next asks.
      expect(response.headers()['cache-control']).toContain('s-maxage=');

      const shown = await page.goto(`${site.prefix}${REMOVED}`);
      expect(shown?.status()).toBe(410);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.removedTitle);
      await expect(page.locator('main')).toContainText(site.removedBody);
      // The language switch leads to the other language's press list, never to a removed version.
      await expect(page.locator('.language-switch a')).toHaveAttribute('href', site.locale === 'en' ? '/press' : '/en/press');
      expect(await axeViolations(page, `removed ${site.locale}`)).toEqual([]);
    });

    test('is gone from the home page, lists, search, feeds and the sitemap', async ({ request }) => {
      for (const path of [
        site.prefix || '/',
        `${site.prefix}/press`,
        `${site.prefix}/press?page=2`,
        `${site.prefix}/press?show=withdrawn`,
        `${site.prefix}/press?show=withdrawn&page=2`,
        `${site.prefix}/search?q=${encodeURIComponent(site.locale === 'en' ? 'error' : '誤發')}&show=withdrawn`,
        `${site.prefix}/feed.xml`,
        '/sitemap.xml',
        `${site.prefix}/press/fixture-01`,
      ]) {
        const response = await request.get(path);
        expect(response.status(), path).toBeLessThan(400);
        const text = await response.text();
        // The excerpt around a match, not the whole page, when this fails.
        const leak = /.{0,80}(?:REMOVED-FIXTURE-TEXT|REPLACED-FIXTURE-TEXT|誤發已移除|誤發並由另一則取代|removed as published in error|fixture-removed|fixture-replaced).{0,80}/.exec(text);
        expect(leak?.[0], path).toBeUndefined();
      }
      // Its words are in no search index: the search finds nothing (the query is only echoed back).
      const search = await request.get(`${site.prefix}/search?q=REMOVED-FIXTURE-TEXT&show=withdrawn`);
      expect(await search.text()).toContain(site.locale === 'en' ? 'No press releases match' : '找不到符合');
      expect(await search.text()).not.toContain('fixture-removed');
    });
  });
}

test('a removed release that names its replacement redirects there for good', async ({ request }) => {
  const response = await request.get(REPLACED, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(new URL(response.headers().location!, 'http://x').pathname).toBe('/press/fixture-01');
  // The internal page of removed releases is no address of its own.
  expect((await request.get('/release-removed/fixture-removed')).status()).toBe(404);
  expect((await request.get('/en/release-removed/fixture-removed')).status()).toBe(404);
});

test.describe('a translation behind a correction', () => {
  test('the English page says the Chinese was corrected, when, with the note and a link', async ({ page }) => {
    await page.goto(`/en${CORRECTED}`);
    const notice = page.getByRole('region', { name: 'The Chinese version has a newer correction' });
    await expect(notice).toContainText('corrected on February 10, 2024');
    await expect(notice.locator('[lang="zh-Hant-TW"]')).toContainText('補充測試頒獎日期。');
    await expect(notice.getByRole('link', { name: 'Read the Chinese version' })).toHaveAttribute('href', CORRECTED);
    expect(await axeViolations(page, 'translation notice')).toEqual([]);
  });

  test('the Chinese page, which carries the newest correction, says nothing of the kind', async ({ page }) => {
    await page.goto(CORRECTED);
    await expect(page.locator('.record-notice--translation')).toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the updates, the comparison and the withdrawn banner read the same', async ({ page }) => {
    await page.goto(CORRECTED);
    await expect(page.getByRole('region', { name: '本頁更新紀錄' }).getByRole('listitem')).toHaveCount(3);
    await page.goto(`${CORRECTED}/changes/2`);
    await expect(page.locator('.comparison ins', { hasText: '虛構的測試頒獎日期是2月20日。' })).toHaveCount(1);
    await page.goto(`/en${WITHDRAWN}`);
    await expect(page.getByRole('region', { name: 'This press release was withdrawn' })).toBeVisible();
  });
});

test.describe('staff see the record before it is public', () => {
  test('the overview lists the translation behind; preview shows notes, comparisons and states as readers see them', async ({
    page,
  }) => {
    await enterPreview(page, 'en');
    const table = page.getByRole('table', { name: 'Language versions with a newer correction, and the versions behind them' });
    const row = table.getByRole('row', { name: /fixture-14/ });
    await expect(row).toContainText('Chinese');
    await expect(row).toContainText('補充測試頒獎日期。');
    await expect(row.getByRole('link', { name: 'Test fixture release 14' })).toHaveAttribute('href', '/en/press/fixture-14');
    expect(await axeViolations(page, 'overview with translations behind')).toEqual([]);

    await page.goto(`/en${CORRECTED}`);
    await page.getByRole('region', { name: 'Updates to this page' }).getByRole('link', { name: /See what changed/ }).click();
    await expect(page.locator('.comparison ins', { hasText: 'Fifteen' })).toHaveCount(1);
    const removed = await page.goto(`/en${REMOVED}`);
    expect(removed?.status()).toBe(410);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This press release has been removed');
    await page.goto(`/en${WITHDRAWN}`);
    await expect(page.getByRole('region', { name: 'This press release was withdrawn' })).toBeVisible();
  });
});
