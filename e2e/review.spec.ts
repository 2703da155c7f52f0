import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page, type Response } from '@playwright/test';
import { deriveReviewKey } from '../review/key';
import { axeViolations } from './support/axe';
import { E2E_CONTENT_DIR } from './support/content';
import { createReviewLink, PRIVATE_TITLES, signedToken } from './support/review';
import { postSecret } from './support/staff';

const READERS = [
  {
    locale: 'zh-TW',
    prefix: '',
    banner: '審閱版本：尚未公開',
    label: '行政院新聞傳播處',
    draftTitle: '測試草稿：不得公開',
    searchWords: '不得公開',
    otherTitle: 'Test draft: must stay private',
    sideBySide: '中英對照',
    embargo: '禁止發布至 2099年1月1日 00:00（臺北時間）',
    scheduledTitle: '測試排程：未來才公開',
    expired: '此審閱連結已過期',
    revoked: '此審閱連結已停用',
    invalid: '此連結無效',
    notFound: '找不到網頁',
  },
  {
    locale: 'en',
    prefix: '/en',
    banner: 'Review copy: not public',
    label: 'Executive Yuan, Department of Information Services',
    draftTitle: 'Test draft: must stay private',
    searchWords: 'must stay private',
    otherTitle: '測試草稿：不得公開',
    sideBySide: 'Both languages side by side',
    embargo: 'Embargoed until January 1, 2099, 00:00 (Taipei time)',
    scheduledTitle: 'Test scheduled: public in the future',
    expired: 'This review link has expired',
    revoked: 'This review link has been withdrawn',
    invalid: 'This link is not valid',
    notFound: 'Page not found',
  },
] as const;

/** What every answer under /review/ must say: kept by no cache, indexed by no engine, sending no Referer. */
function expectReviewHeaders(response: Response | null, status: number) {
  expect(response?.status()).toBe(status);
  const headers = response!.headers();
  expect(headers['cache-control']).toBe('private, no-store');
  expect(headers['x-robots-tag']).toMatch(/noindex/);
  expect(headers['referrer-policy']).toBe('no-referrer');
}

async function expectNoAxeViolations(page: Page, state: string) {
  const violations = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    violations.push(...(await axeViolations(page, `${state}, ${colorScheme} theme`)));
  }
  expect(violations).toEqual([]);
}

for (const reader of READERS) {
  test(`(${reader.locale}) staff create a link; a reader with no cookie sees that release only, under the banner`, async ({
    page,
    browser,
  }) => {
    // Staff's form, a second browser, and six axe scans on a machine shared with other builds.
    test.setTimeout(120_000);
    const path = await createReviewLink(page, { prefix: reader.prefix, slug: 'fixture-draft', label: reader.label });
    await expect(page.getByRole('region', { name: reader.locale === 'en' ? 'Review link created' : '已建立審閱連結' })).toContainText(
      reader.label,
    );

    // A fresh browser: no cookie, no session, only the link.
    const context = await browser.newContext();
    const reviewer = await context.newPage();
    try {
      const opened = await reviewer.goto(reader.prefix ? `/en${path.replace(/^\/en/, '')}` : path);
      expectReviewHeaders(opened, 200);
      const banner = reviewer.getByRole('region', { name: reader.banner });
      await expect(banner.getByRole('heading', { level: 2, name: reader.banner })).toBeVisible();
      await expect(banner).toContainText(reader.label);
      await expect(reviewer.getByRole('heading', { level: 1 })).toHaveText(reader.draftTitle);
      await expectNoAxeViolations(reviewer, `review page (${reader.locale})`);

      // Both languages side by side, since the link opens both.
      await banner.getByRole('link', { name: reader.sideBySide }).click();
      await expect(reviewer.getByRole('heading', { level: 2, name: reader.draftTitle })).toBeVisible();
      await expect(reviewer.getByRole('heading', { level: 2, name: reader.otherTitle })).toBeVisible();
      await expectNoAxeViolations(reviewer, `side by side (${reader.locale})`);

      // Following the site's own links leads to the public site.
      await reviewer.getByRole('navigation').first().getByRole('link').first().click();
      await expect(reviewer.getByRole('region', { name: reader.banner })).toHaveCount(0);

      // The same context, the link's draft by its public URL, another draft, the staff pages, lists, search, feeds, the API.
      for (const [url, status] of [
        [`${reader.prefix}/press/fixture-draft`, 404],
        [`${reader.prefix}/press/fixture-scheduled`, 404],
        [`${reader.prefix}/press/fixture-draft-edit`, 404],
        [`${reader.prefix}/preview`, 404],
        [`${reader.prefix}/preview/fixture-draft`, 404],
        [`${reader.prefix}/press`, 200],
        [`${reader.prefix || '/'}`, 200],
        // Words of the draft's title (the whole title would be echoed back as the query).
        [`${reader.prefix}/search?q=${encodeURIComponent(reader.searchWords)}`, 200],
        [`${reader.prefix}/feed.xml`, 200],
        ['/sitemap.xml', 200],
        // The staff entry form: it asks for the secret and shows nothing private.
        ['/api/preview?slug=fixture-draft', 200],
      ] as const) {
        const response = await context.request.get(url, { maxRedirects: 0 });
        expect(response.status(), url).toBe(status);
        const body = await response.text();
        for (const title of PRIVATE_TITLES) expect(body, `${url} shows ${title}`).not.toContain(title);
      }
      // No cookie was ever set: the link is the only key, and only to its own page.
      expect(await context.cookies()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test(`(${reader.locale}) an embargoed scheduled release says until when, in the reader's language`, async ({ page }) => {
    const token = await signedToken({ slug: 'fixture-scheduled' });
    expectReviewHeaders(await page.goto(`${reader.prefix}/review/${token}`), 200);
    const banner = page.getByRole('region', { name: reader.banner });
    await expect(banner.getByText(reader.embargo)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(reader.scheduledTitle);
    await expectNoAxeViolations(page, `embargoed release (${reader.locale})`);
  });

  test(`(${reader.locale}) expired, invalid and revoked links show nothing of the release, in both languages`, async ({ page }) => {
    test.setTimeout(90_000);
    const expired = await signedToken({
      issuedAt: new Date(Date.UTC(2026, 0, 1, 4, 30)),
      expiresAt: new Date(Date.UTC(2026, 0, 2, 4, 30)),
    });
    expectReviewHeaders(await page.goto(`${reader.prefix}/review/${expired}`), 410);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(reader.expired);
    // When it expired, in both languages (12:30 in Taipei).
    await expect(page.locator('main')).toContainText('2026年1月2日 12:30（臺北時間）');
    await expect(page.locator('main')).toContainText('January 2, 2026, 12:30 (Taipei time)');
    await expectNoAxeViolations(page, `expired link (${reader.locale})`);
    for (const title of PRIVATE_TITLES) await expect(page.locator('body')).not.toContainText(title);

    expectReviewHeaders(await page.goto(`${reader.prefix}/review/${expired.slice(0, -4)}`), 404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(reader.invalid);
    await expectNoAxeViolations(page, `invalid link (${reader.locale})`);
    const invalidText = await page.locator('main').innerText();
    // Another release's link forged with a guessed secret says exactly the same.
    const forged = await signedToken({ slug: 'fixture-scheduled' }, deriveReviewKey('a guessed secret'));
    expectReviewHeaders(await page.goto(`${reader.prefix}/review/${forged}`), 404);
    expect(await page.locator('main').innerText()).toBe(invalidText);

    // A release of its own, so that no other test's link is revoked.
    const keyFile = join(E2E_CONTENT_DIR, 'press-releases', 'fixture-draft-edit', 'review-key');
    const token = await signedToken({ slug: 'fixture-draft-edit', locales: ['zh-TW'] });
    try {
      writeFileSync(keyFile, `revoked-by-${reader.locale}-${Date.now()}\n`);
      expectReviewHeaders(await page.goto(`${reader.prefix}/review/${token}`), 410);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(reader.revoked);
      await expectNoAxeViolations(page, `revoked link (${reader.locale})`);
      for (const title of PRIVATE_TITLES) await expect(page.locator('body')).not.toContainText(title);
    } finally {
      rmSync(keyFile, { force: true });
    }
  });
}

test('a link opens only the languages it names, and a published release sends its reader to the public page', async ({ request }) => {
  const english = await signedToken({ locales: ['en'] });
  const chinese = await request.get(`/review/${english}`, { maxRedirects: 0 });
  expect(chinese.status()).toBe(307);
  expect(new URL(chinese.headers().location!, 'http://x').pathname).toBe(`/en/review/${english}`);
  const sideBySide = await request.get(`/en/review/${english}/side-by-side`, { maxRedirects: 0 });
  expect(sideBySide.status()).toBe(307);
  expect((await request.get(`/en/review/${english}`)).status()).toBe(200);

  const published = await request.get(`/review/${await signedToken({ slug: 'fixture-01' })}`, { maxRedirects: 0 });
  expect(published.status()).toBe(307);
  expect(new URL(published.headers().location!, 'http://x').pathname).toBe('/press/fixture-01');
  expect(published.headers()['cache-control']).toBe('private, no-store');
  // The internal pages are not addresses of their own.
  for (const path of [`/review/${english}/expired`, `/en/review/${english}/revoked`, '/review-invalid', '/review', '/en/review']) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
});

test('creating a link refuses a cross-site POST, one without an origin, and anyone not in a preview session', async ({
  request,
  baseURL,
}) => {
  const form = { slug: 'fixture-draft', locale: 'zh-TW', lifetime: '3600', label: 'Cross-site test', ui: 'en' };
  // Not staff: refused even from the site's own origin.
  const outsider = await request.post('/api/review-links', { form, headers: { Origin: baseURL! }, maxRedirects: 0 });
  expect(outsider.status()).toBe(401);

  await postSecret(request, 'zh-TW');
  for (const headers of <Record<string, string>[]>[
    { Origin: 'https://evil.example' },
    { Origin: baseURL!, 'Sec-Fetch-Site': 'cross-site' },
    { Origin: 'null' },
    {},
  ]) {
    const response = await request.post('/api/review-links', { form, headers, maxRedirects: 0 });
    expect(response.status(), JSON.stringify(headers)).toBe(403);
    expect(response.headers().location).toBeUndefined();
  }
  const made = await request.post('/api/review-links', { form, headers: { Origin: baseURL! }, maxRedirects: 0 });
  expect(made.status()).toBe(303);
  expect(made.headers().location).toMatch(/^\/en\/preview\?review-link=[\w-]+\.[\w-]+\.[\w-]+#review-link-created$/);
  // Out of range or missing fields are refused, never signed.
  for (const bad of [{ lifetime: '60' }, { lifetime: String(31 * 86400) }, { label: ' ' }, { locale: 'fr' }, { slug: 'no-such' }]) {
    const response = await request.post('/api/review-links', { form: { ...form, ...bad }, headers: { Origin: baseURL! }, maxRedirects: 0 });
    expect([400, 404], JSON.stringify(bad)).toContain(response.status());
  }
});

test("a draft's own images show through its link, and only through it, never cached", async ({ page, request }) => {
  // A made-up draft with a picture, for this test only: the staff view reads the folder on each request.
  const slug = 'fixture-review-photo';
  const folder = join(E2E_CONTENT_DIR, 'press-releases', slug);
  mkdirSync(folder, { recursive: true });
  try {
    copyFileSync(join('e2e/fixtures/content/press-releases/fixture-rich/lead.jpg'), join(folder, 'lead.jpg'));
    writeFileSync(
      join(folder, 'zh-TW.md'),
      '---\ntitle: "測試草稿：附圖"\ndate: "2024-01-19"\nunit: "測試單位"\ndraft: true\nimages:\n  - src: lead.jpg\n    alt: "測試圖案"\n---\n\n虛構的測試資料。\n',
    );
    const token = await signedToken({ slug, locales: ['zh-TW'] });
    const imageAnswer = page.waitForResponse((response) => response.url().includes(`/media/${slug}/`));
    expectReviewHeaders(await page.goto(`/review/${token}`), 200);
    const image = page.locator('main img').first();
    await expect(image).toHaveJSProperty('complete', true);
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const answered = await imageAnswer;
    expect(answered.status()).toBe(200);
    expect(answered.headers()['cache-control']).toBe('private, no-store');

    const src = new URL((await image.getAttribute('src'))!, 'http://x');
    expect(src.searchParams.get('review')).toBe(token);
    // The same image without the token, or with a link to another release: nothing.
    expect((await request.get(src.pathname)).status()).toBe(404);
    const other = await signedToken({ slug: 'fixture-draft' });
    expect((await request.get(`${src.pathname}?review=${other}`)).status()).toBe(404);
    expect((await request.get(`${src.pathname}?review=${token.slice(0, -3)}`)).status()).toBe(404);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
