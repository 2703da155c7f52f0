import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type APIRequestContext, type Locator, type Page, type Response } from '@playwright/test';
import { E2E_CONTENT_DIR, E2E_DIST_DIR } from './support/content';
import { axeViolations } from './support/axe';
import { readPreviewModeId } from '../preview/draft-mode';
import { SESSION_COOKIE } from '../staff-session/settings';
import { issueSessionToken } from '../staff-session/token';
import { PREVIEW_SECRET } from './support/site';

/** The entry form's address; the secret is typed into the form, or POSTed as `enter` does. */
const previewUrl = (query: Record<string, string>) => `/api/preview?${new URLSearchParams(query)}`;
/** Entering preview without a browser: the form's POST. */
const enter = (request: APIRequestContext, form: Record<string, string>) =>
  request.post('/api/preview', { form, maxRedirects: 0 });

const STAFF = [
  {
    locale: 'zh-TW',
    prefix: '',
    banner: '預覽模式',
    exit: '結束預覽',
    overview: '未公開新聞稿一覽',
    undescribed: { caption: '各新聞稿與語言尚未描述的圖片數', count: '4 張中有 1 張尚未描述' },
    draftTitle: '測試草稿：不得公開',
    draftLabel: '草稿',
    scheduledLabel: '排程發布：2099年1月1日',
    sideBySide: '中英對照',
    missing: '缺少譯文',
    notFound: '找不到網頁',
    // A release with no version in this language, for staff either: every fixture has a Chinese one.
    missingVersion: undefined,
    problemsTitle: (slug: string) => `新聞稿檔案有錯誤：${slug}`,
    problem: { file: '檔案', line: '行號', field: '欄位', message: '問題與應有的寫法（英文說明）' },
  },
  {
    locale: 'en',
    prefix: '/en',
    banner: 'Preview mode',
    exit: 'Exit preview',
    overview: 'Unpublished releases',
    undescribed: { caption: 'Undescribed images per release and language', count: '1 of 4 undescribed' },
    draftTitle: 'Test draft: must stay private',
    draftLabel: 'Draft',
    scheduledLabel: 'Scheduled for January 1, 2099',
    sideBySide: 'Side by side',
    missing: 'Missing translation',
    notFound: 'Page not found',
    missingVersion: '/press/fixture-draft-edit',
    problemsTitle: (slug: string) => `This release has errors: ${slug}`,
    problem: { file: 'File', line: 'Line', field: 'Field', message: 'What is wrong and what is expected' },
  },
] as const;

const SECRET_LABEL = { 'zh-TW': '預覽密語', en: 'Preview secret' } as const;

/** As staff do: the entry form, the secret typed into it, and on to the release. */
async function enterPreview(page: Page, slug: string, locale: 'zh-TW' | 'en') {
  const form = await page.goto(previewUrl({ slug, locale }));
  expect(form?.status()).toBe(200);
  await page.getByLabel(SECRET_LABEL[locale]).fill(PREVIEW_SECRET);
  const landed = page.waitForURL((url) => url.pathname.endsWith(`/press/${slug}`));
  await page.getByLabel(SECRET_LABEL[locale]).press('Enter');
  await landed;
  expect(page.url()).not.toContain('secret');
}

for (const staff of STAFF) {
  test(`the staff flow (${staff.locale}): enter, see drafts and scheduled releases, compare, exit`, async ({
    page,
    context,
  }) => {
    const draftPage = page.waitForResponse((r) => r.url().endsWith(`${staff.prefix}/press/fixture-draft`));
    await enterPreview(page, 'fixture-draft', staff.locale);
    await expect(page).toHaveURL(new RegExp(`${staff.prefix}/press/fixture-draft$`));
    expect((await draftPage).headers()['cache-control']).toMatch(/private.*no-store|no-store.*private/);

    const banner = page.getByRole('region', { name: staff.banner });
    await expect(banner).toBeVisible();
    await expect(banner.getByRole('heading', { level: 2, name: staff.banner })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(staff.draftTitle);
    await expect(page.locator('main').getByText(staff.draftLabel, { exact: true })).toBeVisible();

    const [cookie] = (await context.cookies()).filter((c) => c.name === '__prerender_bypass');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true });
    // The session that ends: a working day from now (PREVIEW_SESSION_HOURS unset).
    const [session] = (await context.cookies()).filter((c) => c.name === SESSION_COOKIE);
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true });
    expect(session!.expires * 1000 - Date.now()).toBeGreaterThan(7.9 * 3600_000);
    expect(session!.expires * 1000 - Date.now()).toBeLessThanOrEqual(8 * 3600_000);

    await page.goto(`${staff.prefix}/press/fixture-scheduled`);
    await expect(page.getByText(staff.scheduledLabel)).toBeVisible();

    await page.goto(`${staff.prefix}/press`);
    const draftItem = page.locator('.release-list__item', { hasText: staff.draftTitle });
    await expect(draftItem.getByText(staff.draftLabel, { exact: true })).toBeVisible();

    await banner.getByRole('link', { name: staff.overview }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      staff.locale === 'en' ? 'Unpublished releases' : '未公開新聞稿',
    );
    const rows = page.getByRole('table').getByRole('row');
    const rowOf = (slug: string) => rows.filter({ has: page.locator('code').getByText(slug, { exact: true }) });
    for (const slug of ['fixture-draft', 'fixture-draft-edit', 'fixture-partial-draft', 'fixture-scheduled']) {
      await expect(rowOf(slug)).toHaveCount(1);
    }
    await expect(rowOf('fixture-01')).toHaveCount(0);
    // Images written with alt: "", public releases' too: counted per release and language as work for staff.
    const undescribed = page.getByRole('table', { name: staff.undescribed.caption }).getByRole('row');
    await expect(undescribed.filter({ hasText: 'fixture-rich' }).getByRole('cell')).toHaveText([
      staff.undescribed.count,
      staff.undescribed.count,
    ]);

    await rowOf('fixture-partial-draft').getByRole('link', { name: staff.sideBySide }).click();
    const paragraphs = page.getByRole('table').getByRole('row');
    await expect(paragraphs.nth(2)).toContainText('中文版已公開。');
    await expect(paragraphs.nth(2)).toContainText('The English version is a draft.');
    await expect(paragraphs.nth(4)).toContainText('第三段只有中文。');
    await expect(paragraphs.nth(4)).toContainText(staff.missing);

    await page.goto(`${staff.prefix}/press/fixture-draft`);
    const publicPage = page.waitForResponse(
      (r) => r.url().endsWith(`${staff.prefix}/press/fixture-draft`) && r.request().method() === 'GET',
    );
    await page.getByRole('button', { name: staff.exit }).click();
    expect((await publicPage).status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(staff.notFound);
    await expect(page.getByRole('region', { name: staff.banner })).toHaveCount(0);
    expect((await context.cookies()).filter((c) => c.name === '__prerender_bypass' || c.name === SESSION_COOKIE)).toEqual([]);
  });
}

test('preview reads the content folder on each request: an edited draft shows on reload', async ({ page }) => {
  const file = join(E2E_CONTENT_DIR, 'press-releases/fixture-draft-edit/zh-TW.md');
  const original = readFileSync(file, 'utf8');
  try {
    await enterPreview(page, 'fixture-draft-edit', 'zh-TW');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('測試草稿：編輯前');
    writeFileSync(file, original.replace('測試草稿：編輯前', '測試草稿：編輯後'));
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('測試草稿：編輯後');
  } finally {
    writeFileSync(file, original);
  }
});

test.describe('refusals', () => {
  for (const [name, form] of [
    ['no secret', { slug: 'fixture-draft' }],
    ['a wrong secret', { secret: 'wrong', slug: 'fixture-draft' }],
    ['a secret that is a prefix of the right one', { secret: PREVIEW_SECRET.slice(0, -1), slug: 'fixture-draft' }],
  ] as const) {
    test(`${name} is refused with 401, the form again and no cookie`, async ({ request }) => {
      const response = await enter(request, form);
      expect(response.status()).toBe(401);
      expect(response.headers()['set-cookie']).toBeUndefined();
      expect(await response.text()).toContain('預覽密語不正確。');
    });
  }

  test('the right secret in the address is refused: it enters nothing', async ({ request }) => {
    const response = await request.get(previewUrl({ secret: PREVIEW_SECRET, slug: 'fixture-draft' }), { maxRedirects: 0 });
    expect(response.status()).toBe(400);
    expect(response.headers()['set-cookie']).toBeUndefined();
    expect(await response.text()).toContain('not in the address');
  });

  test('the secret may come in a header instead of the form', async ({ request }) => {
    const response = await request.post('/api/preview?slug=fixture-draft&locale=en', {
      headers: { 'X-Preview-Secret': PREVIEW_SECRET },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toBe('/en/press/fixture-draft');
    expect(response.headers()['set-cookie']).toContain(`${SESSION_COOKIE}=`);
  });

  for (const slug of ['//evil.example', 'https://evil.example', '/\\evil.example', '../../etc/passwd']) {
    test(`slug=${slug} cannot lead off the site`, async ({ request }) => {
      const response = await enter(request, { secret: PREVIEW_SECRET, slug });
      expect(response.status()).toBe(404);
      expect(response.headers().location).toBeUndefined();
      expect(response.headers()['set-cookie']).toBeUndefined();
    });
  }

  test('an unknown locale is refused', async ({ request }) => {
    const response = await enter(request, { secret: PREVIEW_SECRET, slug: 'fixture-draft', locale: 'fr' });
    expect(response.status()).toBe(400);
    expect((await request.get(previewUrl({ locale: 'fr' }))).status()).toBe(400);
  });

  test('exit returns only to the site, whatever path is posted', async ({ request }) => {
    for (const path of ['//evil.example', 'https://evil.example', '/\\evil.example', '/press/../../x']) {
      const response = await request.post('/api/preview/exit', { form: { locale: 'en', path }, maxRedirects: 0 });
      expect(response.status()).toBe(303);
      expect(response.headers().location).toBe('/en');
    }
  });

  test('the staff pages do not exist outside preview', async ({ request }) => {
    for (const path of ['/preview', '/en/preview', '/preview/fixture-draft', '/en/preview/fixture-partial-draft']) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });
});

test.describe('nothing leaks to the public', () => {
  const SECRETS = [/fixture-draft(?!-)/, /fixture-draft-edit/, /fixture-scheduled/, /測試草稿/, /測試排程/, /Test draft/, /Test scheduled/, /English still a draft/, /編輯前/];

  test('a draft URL is a 404 indistinguishable from a slug that never existed', async ({ request }) => {
    const draft = await request.get('/press/fixture-draft');
    const never = await request.get('/press/no-such-release-ever');
    expect(draft.status()).toBe(404);
    expect(never.status()).toBe(404);
    expect(await draft.text()).toBe(await never.text());
  });

  test('the language switch never leads to a draft translation', async ({ page }) => {
    await page.goto('/press/fixture-partial-draft');
    await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/press');
    const hreflangs = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
      links.map((link) => link.getAttribute('hreflang')),
    );
    expect(hreflangs).toEqual(['zh-Hant-TW', 'x-default']);
  });

  test('the prerendered pages in the build hold no draft or scheduled release', () => {
    const root = join(E2E_DIST_DIR, 'server/app');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(html|rsc|meta|body|json)$/.test(name) && !name.endsWith('.nft.json')) files.push(path);
      }
    };
    walk(root);
    // The walk found the prerendered releases (the newest ones: see archive-cache.spec.ts).
    expect(files.some((file) => file.endsWith('fixture-15.html'))).toBe(true);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const secret of SECRETS) expect(text, `${file} holds ${secret}`).not.toMatch(secret);
    }
  });

  test('public pages stay statically cached while preview exists', async ({ request }) => {
    // A prerendered release (see archive-cache.spec.ts): served from Next's cache (STALE once its
    // minute is up, REVALIDATED once rendered again in the background), never rendered for this
    // request (MISS), and the public version.
    const response = await request.get('/press/fixture-15');
    expect(response.status()).toBe(200);
    expect(response.headers()['x-nextjs-cache']).toMatch(/^(HIT|STALE|REVALIDATED)$/);
    const html = await response.text();
    expect(html).toContain('測試新聞稿 15');
    expect(html).not.toContain('預覽模式');
    expect(response.headers()['cache-control']).toMatch(/s-maxage=\d+/);
    expect(response.headers()['cache-control']).not.toMatch(/private|no-store/);
  });
});

test.describe('the staff pages are accessible too', () => {
  for (const staff of STAFF) {
    test(`axe: banner, overview and side-by-side (${staff.locale})`, async ({ page }) => {
      await enterPreview(page, 'fixture-draft', staff.locale);
      for (const path of ['/press/fixture-draft', '/preview', '/preview/fixture-partial-draft']) {
        await page.goto(`${staff.prefix}${path}`);
        await expect(page.getByRole('region', { name: staff.banner })).toBeVisible();
        expect(await axeViolations(page, path)).toEqual([]);
      }
    });
  }
});

/** Next's empty error document: what a notFound() thrown while rendering answers (vercel/next.js#95613). */
const EMPTY_ERROR_SHELL = 'id="__next_error__"';

/** No shared cache may keep it: `private` and `no-store` (Next adds more for Draft Mode pages). */
function expectNeverStored(response: Response | null, what: string) {
  const cacheControl = response?.headers()['cache-control'] ?? '';
  expect(cacheControl, what).toMatch(/\bprivate\b/);
  expect(cacheControl, what).toMatch(/\bno-store\b/);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`in preview, a page that does not exist is the localized 404 page (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, () => {
    test.use({ javaScriptEnabled });

    for (const staff of STAFF) {
      test(`unknown slugs, paths, page numbers and language versions (${staff.locale})`, async ({ page }) => {
        await enterPreview(page, 'fixture-draft', staff.locale);
        const paths = [
          '/press/no-such-release',
          '/no/such/page',
          '/press?page=99',
          '/press?page=abc',
          '/preview/no-such-release',
          '/preview/fixture-draft/extra',
          // The page that shows a release's errors is reached only through the proxy's rewrite.
          '/preview/fixture-draft/problems',
          ...(staff.missingVersion ? [staff.missingVersion] : []),
        ];
        for (const path of paths) {
          const response = await page.goto(`${staff.prefix}${path}`);
          expect(response?.status(), path).toBe(404);
          expectNeverStored(response, path);
          expect(await response?.text(), path).not.toContain(EMPTY_ERROR_SHELL);
          await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(staff.notFound);
          await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
          // Still in preview, with the way back to the overview.
          await expect(page.getByRole('region', { name: staff.banner }), path).toBeVisible();
        }
      });
    }
  });
}

test.describe('a forged Draft Mode cookie shows nothing private', () => {
  // The proxy tells a cookie Next honours from any other; a forged one gets the public's answers.
  for (const value of ['forged', '0123456789abcdef0123456789abcdef', '']) {
    test(`__prerender_bypass=${JSON.stringify(value)}: a draft is the localized 404 page, not the draft, not a blank page`, async ({
      page,
      context,
      baseURL,
    }) => {
      await context.addCookies([{ name: '__prerender_bypass', value, url: baseURL! }]);
      for (const staff of STAFF) {
        for (const path of ['/press/fixture-draft', '/press/fixture-scheduled', '/preview', '/preview/fixture-draft']) {
          const response = await page.goto(`${staff.prefix}${path}`);
          const what = `${staff.locale} ${path}`;
          expect(response?.status(), what).toBe(404);
          expectNeverStored(response, what);
          const html = (await response?.text()) ?? '';
          expect(html, what).not.toContain(EMPTY_ERROR_SHELL);
          expect(html, what).not.toContain(staff.draftTitle);
          await expect(page.getByRole('heading', { level: 1 }), what).toHaveText(staff.notFound);
          await expect(page.getByRole('region', { name: staff.banner }), what).toHaveCount(0);
        }
      }
    });
  }
});

/** The value next to a term in a problem's description list. */
const definition = (problem: Locator, term: string) =>
  problem.locator('dt').filter({ hasText: new RegExp(`^${term.replace(/[()（）]/g, '\\$&')}$`) }).locator('xpath=following-sibling::dd[1]');

test.describe('a release whose file has an error shows the error in preview', () => {
  for (const staff of STAFF) {
    test(`path, line, field and message, in the page's language, and accessible (${staff.locale})`, async ({ page }, testInfo) => {
      // A folder of its own, written now and removed after: the build never saw it (it
      // would have refused it), and the server reads the folder for staff on each request.
      // Only an English or only a Chinese file, so the release is in no list or count.
      const slug = `fixture-broken-${staff.locale === 'en' ? 'en' : 'zh'}-${testInfo.repeatEachIndex}`;
      const folder = join(E2E_CONTENT_DIR, 'press-releases', slug);
      const file = join(folder, `${staff.locale}.md`);
      mkdirSync(folder, { recursive: true });
      try {
        writeFileSync(file, '---\ntitle: "Broken on purpose"\ndate: "2024-02-30"\nunit: "Test Unit"\ndraft: true\n---\n\nText.\n');
        await enterPreview(page, 'fixture-draft', staff.locale);

        for (const path of [`/press/${slug}`, `/preview/${slug}`]) {
          const response = await page.goto(`${staff.prefix}${path}`);
          expect(response?.status(), path).toBe(422);
          expectNeverStored(response, path);
          await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(staff.problemsTitle(slug));
          await expect(page.getByRole('region', { name: staff.banner })).toBeVisible();
          const problems = page.getByRole('main').getByRole('list').filter({ has: page.locator('dl') }).getByRole('listitem');
          await expect(problems, path).toHaveCount(1);
          await expect(definition(problems, staff.problem.file)).toHaveText(file);
          await expect(definition(problems, staff.problem.line)).toHaveText('3');
          await expect(definition(problems, staff.problem.field)).toHaveText('date');
          await expect(definition(problems, staff.problem.message)).toHaveText(
            '"2024-02-30" is not a real date: expected an ISO date in Taipei time, e.g. date: 2023-07-20 or date: 2023-07-20T09:30',
          );
          expect(await axeViolations(page, path)).toEqual([]);
        }

        // The other language has no file: a 404 there, for staff too.
        const other = STAFF.find((each) => each.locale !== staff.locale)!;
        const missing = await page.goto(`${other.prefix}/press/${slug}`);
        expect(missing?.status()).toBe(404);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(other.notFound);

        // Fixed: the draft shows, from the same URL, without a rebuild.
        writeFileSync(file, readFileSync(file, 'utf8').replace('2024-02-30', '2024-02-28T09:30'));
        const fixed = await page.goto(`${staff.prefix}/press/${slug}`);
        expect(fixed?.status()).toBe(200);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Broken on purpose');
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });
  }
});

test.describe('staff sessions end', () => {
  // What a browser holds after entering preview: Next's Draft Mode cookie (one value per build, the
  // same for every staff member) and a session. The session decides; these tests make their own.
  const draftModeId = readPreviewModeId([resolve(E2E_DIST_DIR)]);
  const HOUR = 3600;

  async function holding(page: Page, baseURL: string, session: string | undefined) {
    expect(draftModeId).toBeTruthy();
    const cookies = [{ name: '__prerender_bypass', value: draftModeId!, url: baseURL }];
    if (session !== undefined) cookies.push({ name: SESSION_COOKIE, value: session, url: baseURL });
    await page.context().addCookies(cookies);
  }

  test('a session signed under the current secret shows the draft (so the refusals below can fail)', async ({ page, baseURL }) => {
    await holding(page, baseURL!, await issueSessionToken(PREVIEW_SECRET, 8 * HOUR));
    const response = await page.goto('/en/press/fixture-draft');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Test draft: must stay private');
  });

  for (const [name, session] of [
    ['a session opened under a secret that has since changed', () => issueSessionToken('the-secret-before-rotation', 8 * HOUR)],
    ['an expired session (opened nine hours ago, for eight)', () => issueSessionToken(PREVIEW_SECRET, 8 * HOUR, new Date(Date.now() - 9 * HOUR * 1000))],
    ['no session at all, only the Draft Mode cookie of someone who has left', async () => undefined],
    ['a forged session', async () => 'eyJhbGciOiJIUzI1NiJ9.e30.forged'],
  ] as const) {
    test(`${name} is refused at the next request: both cookies cleared, the public page`, async ({ page, baseURL, context }) => {
      await holding(page, baseURL!, await session());
      const ended = page.waitForResponse((response) => response.status() === 307);
      const response = await page.goto('/en/press/fixture-draft');
      const redirect = await ended;
      expect(redirect.headers()['cache-control']).toBe('private, no-store');
      expect(response?.status()).toBe(404);
      const html = (await response?.text()) ?? '';
      expect(html).not.toContain('Test draft: must stay private');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await expect(page.getByRole('region', { name: 'Preview mode' })).toHaveCount(0);
      expect((await context.cookies()).filter((c) => c.name === '__prerender_bypass' || c.name === SESSION_COOKIE)).toEqual([]);
    });
  }
});
