import { expect, type Page } from '@playwright/test';
import { deriveReviewKey } from '../../review/key';
import { readReviewKey, revisionOf } from '../../review/revision';
import { newLinkId, signReviewToken, type ReviewClaims } from '../../review/token';
import { E2E_CONTENT_DIR } from './content';
import { PREVIEW_SECRET } from './site';
import { enterPreview } from './staff';

/** The key the test server signs review links with: it has no REVIEW_SECRET, so the one derived from PREVIEW_SECRET. */
export const SERVER_REVIEW_KEY = deriveReviewKey(PREVIEW_SECRET);

/**
 * A review token signed as the server would sign it, for what the staff form
 * cannot make: a link already expired, or one signed with another secret.
 */
export function signedToken(overrides: Partial<ReviewClaims> = {}, key = SERVER_REVIEW_KEY): Promise<string> {
  const slug = overrides.slug ?? 'fixture-draft';
  const now = Date.now();
  return signReviewToken(
    {
      id: newLinkId(),
      slug,
      locales: ['zh-TW', 'en'],
      label: 'E2E test office',
      issuedAt: new Date(now - 2 * 3600_000),
      expiresAt: new Date(now + 3600_000),
      revision: revisionOf(readReviewKey(E2E_CONTENT_DIR, slug)),
      ...overrides,
    },
    key,
  );
}

/** Every title of a draft or scheduled fixture: none may reach a reader who holds a link to another release. */
export const PRIVATE_TITLES = [
  '測試草稿：不得公開',
  'Test draft: must stay private',
  '測試排程：未來才公開',
  'Test scheduled: public in the future',
  'Test fixture: English still a draft',
  '測試草稿：編輯前',
];

/**
 * As staff: enters preview, opens the overview, fills in one release's review
 * link form and submits it; returns the link's path (the URL is on SITE_URL,
 * the public host, which the test server leaves at its default).
 */
export async function createReviewLink(
  page: Page,
  { prefix, slug, label, locales }: { prefix: '' | '/en'; slug: string; label: string; locales?: string[] },
): Promise<string> {
  await enterPreview(page, prefix ? 'en' : 'zh-TW');
  const row = page.locator('tr', { has: page.locator('code', { hasText: new RegExp(`^${slug}$`) }) });
  await row.locator('summary').click();
  const form = row.locator('form');
  if (locales) {
    for (const box of await form.getByRole('checkbox').all()) {
      const wanted = locales.includes((await box.getAttribute('value')) ?? '');
      if ((await box.isChecked()) !== wanted) await box.click();
    }
  }
  await form.getByRole('textbox').fill(label);
  await form.getByRole('button').click();
  const url = page.locator('#review-link-url');
  await expect(url).toHaveValue(/\/review\/[\w-]+\.[\w-]+\.[\w-]+$/);
  return new URL(await url.inputValue()).pathname;
}
