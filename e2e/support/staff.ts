import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { PREVIEW_SECRET } from './site';

/**
 * Opens a staff preview session as the entry form does (a POST of the secret,
 * never an address that holds it), in the page's browser context, and lands on
 * the staff overview (or the release `slug`) in `locale`.
 */
export async function enterPreview(page: Page, locale: 'zh-TW' | 'en', slug = ''): Promise<void> {
  await postSecret(page.request, locale, slug);
  await page.goto(slug ? `${locale === 'en' ? '/en' : ''}/press/${slug}` : `${locale === 'en' ? '/en' : ''}/preview`);
}

/** The entry form's POST from a plain request context; its cookies stay in that context. */
export async function postSecret(request: APIRequestContext, locale: 'zh-TW' | 'en', slug = ''): Promise<void> {
  const response = await request.post('/api/preview', { form: { secret: PREVIEW_SECRET, locale, slug } });
  expect(response.status()).toBe(200);
}
