import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DUE_SOON_DELAY_SECONDS, DUE_SOON_SLUG, SCHEDULING_CONTENT_DIR } from './support/content';

/**
 * The release is scheduled here, after the build, just before this test starts
 * the server that reads it: its time is always ahead of the server's start, so
 * the "not public before its time" half always runs (a build that took long
 * cannot skip it), and the first request that finds it public is checked to be
 * at or after its time.
 */
function scheduleDueSoon(due: Date): void {
  const folder = join(SCHEDULING_CONTENT_DIR, 'press-releases', DUE_SOON_SLUG);
  mkdirSync(folder, { recursive: true });
  // Written in Taipei time with its offset, as staff would.
  const taipei = new Date(due.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 19);
  for (const [locale, title, unit, body] of [
    ['zh-TW', '測試排程：伺服器啟動後不久公開', '測試單位', '這則虛構的測試資料在伺服器啟動後不久自動公開。'],
    ['en', 'Test scheduled: public soon after the server starts', 'Test Unit', 'Made-up test data that goes public by itself soon after its server starts.'],
  ]) {
    writeFileSync(join(folder, `${locale}.md`), `---\ntitle: "${title}"\ndate: "${taipei}+08:00"\nunit: "${unit}"\n---\n\n${body}\n`);
  }
}

/** The due-soon release's unit's pages and feeds, in both languages. */
const UNIT_SURFACES = [
  '/units/test-unit', '/units/test-unit/feed.xml', '/units/test-unit/feed.json',
  '/en/units/test-unit', '/en/units/test-unit/feed.xml', '/en/units/test-unit/feed.json',
];

test('a scheduled release goes public at its time, on its page and in the lists, with no rebuild', async ({
  request,
  baseURL,
}) => {
  test.setTimeout((DUE_SOON_DELAY_SECONDS + 180) * 1000);
  // A whole second, as the date is written.
  const due = new Date(Math.ceil(Date.now() / 1000 + DUE_SOON_DELAY_SECONDS) * 1000);
  scheduleDueSoon(due);
  const port = new URL(baseURL!).port;
  // The build's snapshot is of the other content root, so this server reads this tree as it starts.
  const server = spawn('node_modules/.bin/next', ['start', '-p', port], {
    env: { ...process.env, NEXT_DIST_DIR: '.next-e2e-scheduling', CONTENT_DIR: SCHEDULING_CONTENT_DIR, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    await expect
      .poll(async () => (await request.get('/healthz').catch(() => null))?.status(), { timeout: 60_000 })
      .toBe(200);
    // Ahead of its time by construction; should the start ever take the whole window, this says so.
    expect(due.getTime() - Date.now(), 'the server started well before the release is due').toBeGreaterThan(5_000);
    expect((await request.get(`/en/press/${DUE_SOON_SLUG}`)).status()).toBe(404);
    expect(await (await request.get('/en/press')).text()).not.toContain(DUE_SOON_SLUG);
    expect(await (await request.get('/press')).text()).not.toContain(DUE_SOON_SLUG);
    // Nor do its unit's page and feeds (rendered now, so that they must be regenerated to show it).
    for (const path of UNIT_SURFACES) expect(await (await request.get(path)).text(), path).not.toContain(DUE_SOON_SLUG);
    // The open-data API neither lists nor finds it, and no cache may keep its answer past the release's time.
    const before = await request.get('/api/v1/releases?lang=en');
    expect(await before.text()).not.toContain(DUE_SOON_SLUG);
    const maxAge = Number(/max-age=(\d+)/.exec(before.headers()['cache-control']!)![1]);
    expect(maxAge * 1000).toBeLessThanOrEqual(Math.max(0, due.getTime() - Date.now()) + 1000);
    expect((await request.get(`/api/v1/releases/${DUE_SOON_SLUG}`)).status()).toBe(404);

    await expect
      .poll(async () => (await request.get(`/en/press/${DUE_SOON_SLUG}`)).status(), {
        timeout: DUE_SOON_DELAY_SECONDS * 1000 + 60_000,
        intervals: [500],
      })
      .toBe(200);
    const publicAt = Date.now();
    expect(publicAt, 'not public before its time').toBeGreaterThanOrEqual(due.getTime());
    const page = await (await request.get(`/en/press/${DUE_SOON_SLUG}`)).text();
    expect(page).toContain('Test scheduled: public soon after the server starts');
    // The API has it from its time on, with no rebuild.
    expect((await request.get(`/api/v1/releases/${DUE_SOON_SLUG}`)).status()).toBe(200);
    const list = await (await request.get('/api/v1/releases?lang=en&per_page=1')).json();
    expect(list.data[0].slug).toBe(DUE_SOON_SLUG);
    // The lists were rendered before its time (above) and are regenerated at most every minute:
    // a request after that minute starts it, and the one after gets the new list (docs/preview.md).
    for (const [list, link] of [
      ['/en/press', `/en/press/${DUE_SOON_SLUG}`],
      ['/press', `/press/${DUE_SOON_SLUG}`],
      ['/en', `/en/press/${DUE_SOON_SLUG}`],
      ...UNIT_SURFACES.map((path) => [path, `/press/${DUE_SOON_SLUG}`]),
    ]) {
      await expect
        .poll(async () => (await request.get(list!)).text(), { timeout: 90_000, intervals: [2000] })
        .toContain(link);
    }
  } finally {
    process.kill(-server.pid!, 'SIGTERM');
  }
});
