import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DUE_SOON_DELAY_SECONDS, DUE_SOON_SLUG, SCHEDULING_CONTENT_DIR } from './support/content';

const dueAt = () => {
  const file = readFileSync(join(SCHEDULING_CONTENT_DIR, 'press-releases', DUE_SOON_SLUG, 'en.md'), 'utf8');
  return new Date(/date: "([^"]+)"/.exec(file)![1]!).getTime();
};

test('a scheduled release goes public at its time, on its page and in the lists, with no rebuild', async ({
  request,
}) => {
  test.setTimeout((DUE_SOON_DELAY_SECONDS + 120) * 1000);
  if (Date.now() < dueAt() - 2000) {
    expect((await request.get(`/en/press/${DUE_SOON_SLUG}`)).status()).toBe(404);
    expect(await (await request.get('/en/press')).text()).not.toContain(DUE_SOON_SLUG);
  }

  const waitMs = Math.max(0, dueAt() - Date.now()) + 60_000;
  await expect
    .poll(async () => (await request.get(`/en/press/${DUE_SOON_SLUG}`)).status(), { timeout: waitMs, intervals: [1000] })
    .toBe(200);
  await expect(async () => {
    expect(await (await request.get('/en/press')).text()).toContain(`/en/press/${DUE_SOON_SLUG}`);
    expect(await (await request.get('/press')).text()).toContain(`/press/${DUE_SOON_SLUG}`);
  }).toPass({ timeout: 10_000 });
  // The home page is static and regenerated at most every minute: a request after that starts it.
  await expect
    .poll(async () => (await request.get('/en')).text(), { timeout: 90_000, intervals: [2000] })
    .toContain(`/en/press/${DUE_SOON_SLUG}`);
});
