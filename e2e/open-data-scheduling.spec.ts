import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DUE_SOON_DELAY_SECONDS, DUE_SOON_SLUG, SCHEDULING_CONTENT_DIR } from './support/content';

// Run by the scheduling project, against its own server (see playwright.config.ts).
const dueAt = () => {
  const file = readFileSync(join(SCHEDULING_CONTENT_DIR, 'press-releases', DUE_SOON_SLUG, 'en.md'), 'utf8');
  return new Date(/date: "([^"]+)"/.exec(file)![1]!).getTime();
};

test('the API lists a scheduled release from its time on, with no rebuild, and no cache keeps an answer past it', async ({ request }) => {
  test.setTimeout((DUE_SOON_DELAY_SECONDS + 120) * 1000);
  if (Date.now() < dueAt() - 2000) {
    const before = await request.get('/api/v1/releases?lang=en');
    expect(await before.text()).not.toContain(DUE_SOON_SLUG);
    const maxAge = Number(/max-age=(\d+)/.exec(before.headers()['cache-control']!)![1]);
    expect(maxAge * 1000).toBeLessThanOrEqual(Math.max(0, dueAt() - Date.now()) + 1000);
    expect((await request.get(`/api/v1/releases/${DUE_SOON_SLUG}`)).status()).toBe(404);
  }
  await expect
    .poll(async () => (await request.get(`/api/v1/releases/${DUE_SOON_SLUG}`)).status(), {
      timeout: Math.max(0, dueAt() - Date.now()) + 60_000,
      intervals: [1000],
    })
    .toBe(200);
  const list = await (await request.get('/api/v1/releases?lang=en&per_page=1')).json();
  expect(list.data[0].slug).toBe(DUE_SOON_SLUG);
  const units = await (await request.get('/api/v1/units')).json();
  expect(units.data.en[0]).toMatchObject({ name: 'Test Unit' });
});
