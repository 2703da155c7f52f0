import { NextResponse, type NextRequest } from 'next/server';
import { PRIVATE_CACHE_CONTROL } from '@/cache-policy';
import type { Locale } from '@/i18n/routing';
import { logReviewEvent } from './audit';
import { reviewOutcome } from './context';
import { INVALID_REVIEW_ROUTE, parseReviewPath, reviewPath } from './paths';

/**
 * Every answer under /review/: kept by no cache, in no index, and sending no
 * Referer, since the page's URL is the key to the draft.
 */
export const REVIEW_HEADERS = {
  'Cache-Control': PRIVATE_CACHE_CONTROL,
  'X-Robots-Tag': 'noindex, nofollow',
  'Referrer-Policy': 'no-referrer',
};

/** The internal page of an outcome, with its status: decided here, since a notFound() while rendering leaves a blank page. */
function rewrite(request: NextRequest, pathname: string, status: number): NextResponse {
  return NextResponse.rewrite(new URL(pathname, request.url), { status });
}

function redirect(request: NextRequest, location: string): NextResponse {
  return NextResponse.redirect(new URL(location, request.url), 307);
}

/**
 * A request for /review/…: the token is verified here, on every instance
 * alike (no state but the secret and the content folder), and the outcome
 * logged; the page the proxy rewrites to reads the same outcome again.
 */
export async function reviewResponse(request: NextRequest, locale: Locale, path: string): Promise<NextResponse> {
  const link = parseReviewPath(path);
  const outcome = link ? await reviewOutcome(link.token) : ({ kind: 'invalid' } as const);
  logReviewEvent(outcome.kind === 'show' ? 'shown' : outcome.kind, 'claims' in outcome ? outcome.claims : undefined);

  let response: NextResponse;
  if (!link || outcome.kind === 'invalid') {
    response = rewrite(request, `/${locale}${INVALID_REVIEW_ROUTE}`, 404);
  } else if (outcome.kind === 'published') {
    response = redirect(request, outcome.location);
  } else if (outcome.kind === 'expired' || outcome.kind === 'revoked') {
    response = rewrite(request, `/${locale}/review/${link.token}/${outcome.kind}`, 410);
  } else {
    const locales = outcome.versions.map((version) => version.locale);
    const view = link.view === 'side-by-side' && locales.length < 2 ? 'release' : link.view;
    // A language the link does not open, or side by side with one language: the nearest page it does open.
    response =
      locales.includes(locale) && view === link.view
        ? rewrite(request, `/${locale}/review/${link.token}${view === 'side-by-side' ? '/side-by-side' : ''}`, 200)
        : redirect(request, reviewPath(locales.includes(locale) ? locale : locales[0]!, link.token, view));
  }
  for (const [name, value] of Object.entries(REVIEW_HEADERS)) response.headers.set(name, value);
  return response;
}
