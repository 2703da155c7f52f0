import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { E2E_DIST_DIR } from './support/content';

// The e2e build prerenders only the newest releases (PRERENDERED_RELEASES in
// package.json's build:e2e), as a large archive's build would: older releases
// render on their first request.

/** Every file under a folder with its size: what a request could have added or grown. */
function snapshot(folder: string): Record<string, number> {
  const files: Record<string, number> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[path] = statSync(path).size;
    }
  };
  walk(folder);
  return files;
}

const prerendered = (locale: string, slug: string) => join(E2E_DIST_DIR, 'server/app', locale, 'press', `${slug}.html`);

test('an old release that was not prerendered renders on first request, then comes from memory, never disk', async ({
  request,
}) => {
  // Both kinds exist in this build, so the check below means something.
  expect(existsSync(prerendered('zh-TW', 'fixture-15'))).toBe(true);
  expect(existsSync(prerendered('zh-TW', 'fixture-01'))).toBe(false);

  const title = /<h1[^>]*>([^<]+)<\/h1>/;
  const first = await request.get('/press/fixture-01');
  expect(first.status()).toBe(200);
  expect(title.exec(await first.text())?.[1]).toBe('測試新聞稿 01');
  // From memory: the same release, not a 404 or another page kept under its key.
  const again = await request.get('/press/fixture-01');
  expect(again.status()).toBe(200);
  expect(again.headers()['x-nextjs-cache']).toBe('HIT');
  expect(title.exec(await again.text())?.[1]).toBe('測試新聞稿 01');
  expect(existsSync(prerendered('zh-TW', 'fixture-01'))).toBe(false);
});

test('a stream of unknown slugs, searches and list pages leaves the build folder as it was', async ({ request }) => {
  const before = snapshot(E2E_DIST_DIR);
  const noise = (i: number) => `${i}-${Math.random().toString(36).slice(2)}`;
  const requests = Array.from({ length: 300 }, (_, i) => {
    switch (i % 5) {
      case 0:
        return { path: `/press/${noise(i)}`, status: 404 };
      case 1:
        return { path: `/en/press/${noise(i)}`, status: 404 };
      case 2:
        // A first page of results always exists, if only to say nothing was found.
        return { path: `/search?q=${noise(i)}`, status: 200 };
      case 3:
        return { path: `/en/search?q=${noise(i)}&page=2`, status: 404 };
      default:
        return { path: `/press?page=${1000 + i}`, status: 404 };
    }
  });
  for (let start = 0; start < requests.length; start += 10) {
    await Promise.all(
      requests.slice(start, start + 10).map(async ({ path, status }) => {
        expect((await request.get(path)).status(), path).toBe(status);
      }),
    );
  }
  expect(snapshot(E2E_DIST_DIR)).toEqual(before);
});
