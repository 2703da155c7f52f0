import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { publicRouteExists } from './content-layer/public-routes';
import { getReleaseIndex } from './content-layer/releases';
import { getSearchIndex } from './content-layer/search';
import { routing, type Locale } from './i18n/routing';
import { PREVIEW_COOKIE } from './preview/cookie';

const handleLocale = createMiddleware(routing);

/** The localized page that 404 answers render; not a URL readers can reach. */
export const NOT_FOUND_ROUTE = '/page-not-found';

/** Splits `/en/press` into `en` and `/press`; unprefixed paths are Chinese. */
function localeAndPath(pathname: string): { locale: Locale; path: string; prefixed: boolean } {
  for (const locale of routing.locales) {
    if (pathname === `/${locale}` || pathname.startsWith(`/${locale}/`)) {
      return { locale, path: pathname.slice(locale.length + 1) || '/', prefixed: true };
    }
  }
  return { locale: routing.defaultLocale, path: pathname, prefixed: false };
}

export default function proxy(request: NextRequest) {
  const { locale, path, prefixed } = localeAndPath(request.nextUrl.pathname);
  // `/zh-TW/...` is redirected to its unprefixed URL first, then checked.
  if (prefixed && locale === routing.defaultLocale) return handleLocale(request);

  // Staff previewing may see drafts, scheduled releases and the staff pages;
  // those pages check Draft Mode themselves, so a forged cookie shows nothing.
  if (request.cookies.has(PREVIEW_COOKIE)) return handleLocale(request);

  let exists: boolean;
  try {
    exists = publicRouteExists(
      getReleaseIndex(),
      locale,
      decodeURI(path),
      request.nextUrl.searchParams,
      new Date(),
      (searchLocale, query, now) => getSearchIndex(searchLocale).search(query, { now, limit: 0 }).total,
    );
  } catch (error) {
    // Malformed percent-encoding names no page; anything else is a real fault.
    if (!(error instanceof URIError)) throw error;
    exists = false;
  }
  if (exists) return handleLocale(request);

  const notFound = new URL(`/${locale}${NOT_FOUND_ROUTE}`, request.url);
  notFound.search = '';
  return NextResponse.rewrite(notFound, { status: 404 });
}

export const config = {
  // Everything but Next's own assets and files with an extension (icons, robots.txt).
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
