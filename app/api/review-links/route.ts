import type { NextRequest } from 'next/server';
import { PRIVATE_CACHE_CONTROL } from '@/cache-policy';
import { contentRoot, loadStaffIndex } from '@/content-layer/releases';
import { isPreviewing } from '@/content-layer/request';
import { localizedPath, siteUrl } from '@/i18n/urls';
import { logReviewEvent } from '@/review/audit';
import { CREATED_LINK_PARAM } from '@/review/paths';
import { claimsFromForm } from '@/review/create';
import { reviewKey } from '@/review/key';
import { readReviewKey } from '@/review/revision';
import { isSameOriginRequest } from '@/review/same-origin';
import { signReviewToken } from '@/review/token';

function refuse(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { 'Cache-Control': PRIVATE_CACHE_CONTROL, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * Staff create a review link from the overview's form: a POST from the
 * portal's own page (a cross-site one is refused before anything else), in a
 * preview session. The link goes back to the overview, which shows it to copy.
 */
export async function POST(request: NextRequest): Promise<Response> {
  if (!isSameOriginRequest(request.headers, siteUrl().origin)) return refuse(403, 'Cross-site request refused.');
  if (!(await isPreviewing())) return refuse(401, 'Creating a review link needs a staff preview session.');
  const key = reviewKey();
  if (!key) return refuse(401, 'Review links are off: set REVIEW_SECRET or PREVIEW_SECRET.');
  const form = await request.formData().catch(() => null);
  if (!form) return refuse(400, 'Expected the review link form.');
  const made = claimsFromForm(form, loadStaffIndex().index, (slug) => readReviewKey(contentRoot(), slug));
  if ('error' in made) return refuse(made.status, made.error);

  const token = await signReviewToken(made.claims, key);
  logReviewEvent('created', made.claims);
  const overview = `${localizedPath(made.ui, '/preview')}?${CREATED_LINK_PARAM}=${token}#review-link-created`;
  return new Response(null, { status: 303, headers: { 'Cache-Control': PRIVATE_CACHE_CONTROL, Location: overview } });
}
