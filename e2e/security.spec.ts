import { expect, test, type APIResponse } from '@playwright/test';
import { oldReleaseAddress } from '../redirects/old-site';
import { PREVIEW_SECRET } from './support/site';

// Every kind of answer: pages the proxy answers or rewrites, and the paths it passes by; all get their headers from next.config.ts.
const PAGES = [
  '/',
  '/en',
  '/press',
  '/en/press?page=2',
  '/press/fixture-rich',
  '/en/press/fixture-rich',
  '/search?q=測試',
  '/site-map',
  '/en/accessibility',
  '/press/no-such-release',
  '/missing.txt',
  '/feed.xml',
  '/en/feed.xml',
  '/sitemap.xml',
  '/robots.txt',
  '/api/preview',
  '/api/v1/releases',
  '/healthz',
  '/icon.svg',
  '/manifest.webmanifest',
  '/feed.json',
  '/open-data/press-releases.en.csv',
  '/en/open-data',
  '/units/ministry',
  '/zh-TW/press',
  oldReleaseAddress('en', '5763'),
];

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  const directive = (name: string) => csp.split(/;\s*/).find((each) => each.startsWith(`${name} `)) ?? '';
  expect(csp).not.toContain('unsafe-eval');
  expect(directive('default-src')).toBe("default-src 'self'");
  expect(directive('script-src')).toBe("script-src 'self' 'unsafe-inline'");
  expect(directive('style-src')).toBe("style-src 'self' 'unsafe-inline'");
  expect(directive('img-src')).toBe("img-src 'self' https://moda.gov.tw");
  expect(directive('font-src')).toBe("font-src 'self'");
  expect(directive('object-src')).toBe("object-src 'none'");
  expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
  expect(directive('base-uri')).toBe("base-uri 'self'");
  expect(directive('form-action')).toBe("form-action 'self'");
  expect(headers['strict-transport-security']).toMatch(/^max-age=\d{8,}/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['x-powered-by']).toBeUndefined();
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  // Sent once: a second copy (say, the proxy setting them too) would be joined into one value by Playwright's headers().
  const policies = response.headersArray().filter(({ name }) => name.toLowerCase() === 'content-security-policy');
  expect(policies).toHaveLength(1);
}

for (const path of PAGES) {
  test(`${path} carries the security headers`, async ({ request }) => {
    expectSecurityHeaders(await request.get(path, { maxRedirects: 0 }));
  });
}

test('so do the page scripts, a refused POST and a moved release', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const script = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(script).toBeDefined();
  const answers = [
    await request.get(script!),
    await request.post('/press', { maxRedirects: 0 }),
    await request.get(oldReleaseAddress('zh-TW', '5763'), { maxRedirects: 0 }),
  ];
  expect(answers.map((answer) => answer.status())).toEqual([200, 405, 301]);
  for (const answer of answers) expectSecurityHeaders(answer);
});

test('pages hydrate under the policy, with no violation reported', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __violations: string[] }).__violations ??= [];
      (window as unknown as { __violations: string[] }).__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  for (const path of ['/press/fixture-rich', '/en/search?q=test', '/en/preview-nothing']) {
    await page.goto(path);
    const toggle = page.getByRole('button', { name: /切換深色\/淺色模式|Toggle Dark\/Light Mode/ });
    await expect(toggle).toBeEnabled();
    const before = await page.locator('html').getAttribute('data-theme');
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', before === 'dark' ? 'light' : 'dark');
    await page.getByRole('link', { name: /^(新聞稿|Press releases)$/ }).first().click();
    await expect(page).toHaveURL(/\/press$/);
    expect(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])).toEqual([]);
  }
  expect(violations).toEqual([]);
});

test('staff content cannot run: scripts, handlers, frames, SVG scripts, script URLs and style injection are gone', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/press/fixture-hostile');
  const body = page.locator('.release__body');
  await expect(body).toContainText('惡意內容測試');
  for (const selector of ['script', 'iframe', 'object', 'embed', 'svg', 'style', 'form', 'input', '[style]']) {
    await expect(body.locator(selector), selector).toHaveCount(0);
  }
  const attributes = await body.evaluate((element) =>
    [...element.querySelectorAll('*')].flatMap((node) =>
      [...node.attributes].map((attribute) => `${attribute.name}=${attribute.value}`),
    ),
  );
  for (const attribute of attributes) {
    expect(attribute).not.toMatch(/^on/i);
    expect(attribute).not.toMatch(/^(href|src)=\s*(javascript|data|vbscript):/i);
  }
  expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // The page's own look is untouched by the injected style.
  await expect(page.locator('header')).toBeVisible();
});

test('the preview secret never appears in a response', async ({ request }) => {
  for (const path of ['/', '/api/preview?secret=wrong', '/press/no-such-release']) {
    expect(await (await request.get(path)).text()).not.toContain(PREVIEW_SECRET);
  }
});

test.describe('caching', () => {
  const PUBLIC = /^public, max-age=0, s-maxage=60, stale-while-revalidate=300$/;

  test('public pages may be kept by a CDN for a minute, and revalidate with ETags', async ({ request }) => {
    for (const path of ['/', '/en/press', '/press?year=2024', '/press/fixture-01', '/en/search?q=test', '/site-map']) {
      const response = await request.get(path);
      expect(response.headers()['cache-control'], path).toMatch(PUBLIC);
      let etag = response.headers().etag;
      expect(etag, path).toBeTruthy();
      let again = await request.get(path, { headers: { 'If-None-Match': etag! } });
      if (again.status() === 200) {
        // Regenerated in between (its 60 s were up, or another test's request
        // rendered it anew): then it is another version, with another ETag,
        // and that one must revalidate.
        expect(again.headers().etag, path).not.toBe(etag);
        etag = again.headers().etag;
        again = await request.get(path, { headers: { 'If-None-Match': etag! } });
      }
      expect(again.status(), path).toBe(304);
    }
  });

  test('a list page’s ETag changes with the URL', async ({ request }) => {
    const first = (await request.get('/press')).headers().etag;
    const second = (await request.get('/press?page=2')).headers().etag;
    expect(first).not.toBe(second);
    expect((await request.get('/press?page=2', { headers: { 'If-None-Match': first! } })).status()).toBe(200);
  });

  test('errors and previews are never cached publicly', async ({ request }) => {
    for (const path of ['/press/no-such-release', '/en/nothing-here', '/missing.txt', '/api/preview?secret=wrong']) {
      const cacheControl = (await request.get(path)).headers()['cache-control'] ?? '';
      expect(cacheControl, path).toMatch(/no-store/);
      expect(cacheControl, path).not.toMatch(/public|s-maxage/);
    }
  });

  test('nothing asked with a Draft Mode cookie, even a forged one, may be kept by a shared cache', async ({ request }) => {
    for (const path of ['/', '/press/fixture-01', '/en/press', '/press/fixture-draft']) {
      const response = await request.get(path, { headers: { cookie: '__prerender_bypass=forged' } });
      expect(response.headers()['cache-control'], path).toBe('private, no-store');
    }
  });
});
