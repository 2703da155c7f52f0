import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { parsePageParam } from './content-layer/pagination';
import { encodeListView } from './content-layer/press-list';
import { groupRoute } from './content-layer/group-routes';
import { publicRouteExists } from './content-layer/public-routes';
import { getReleaseIndex, loadStaffIndex, type ReleaseIndex } from './content-layer/releases';
import { getUnitTable } from './content-layer/units';
import { parseChangePath } from './history/change-path';
import { liveComparisons, publicComparisons } from './history/store';
import { localizedPath } from './i18n/paths';
import { getSearchIndex } from './search/search';
import { encodeSearchView } from './search/paging';
import { searchPages, type CountSearchResults } from './search/routes';
import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from './cache-policy';
import { routing, type Locale } from './i18n/routing';
import { PREVIEW_COOKIE } from './preview/cookie';
import { isGenuineDraftModeCookie } from './preview/draft-mode';
import { CONTENT_PROBLEMS_STATUS, problemsPagePath, resolveStaffRoute } from './preview/preview-routes';
import { isReviewPath } from './review/paths';
import { reviewResponse } from './review/proxy';
import { API_PREFIX, apiGate } from './open-data/api-gate';
import { getRedirectTable } from './redirects/load';
import { notFoundSearchPath } from './redirects/not-found-search';
import { resolveOldAddress } from './redirects/resolve';
import { hasStaffSession } from './staff-session/request';
import { SESSION_COOKIE } from './staff-session/settings';
import { endedSessionResponse } from './staff-session/ended';

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

/** The 404 page of a language, with a status that says so and no caching; `search` offers a search for what the address names. */
function notFoundResponse(request: NextRequest, locale: Locale, search = ''): NextResponse {
  const notFound = new URL(`/${locale}${search ? notFoundSearchPath(search) : NOT_FOUND_ROUTE}`, request.url);
  notFound.search = '';
  const response = NextResponse.rewrite(notFound, { status: 404 });
  response.headers.set('Cache-Control', PRIVATE_CACHE_CONTROL);
  return response;
}

/**
 * /press?year=&tag=&page= is served by a page Next can cache per view (see
 * app/[locale]/press-list): the query becomes one path segment.
 */
function pressListRewrite(request: NextRequest, locale: Locale): NextResponse {
  const view = encodeListView(request.nextUrl.searchParams);
  return rewriteTo(request, `/${locale}/press-list/${encodeURIComponent(view)}`);
}

/** /search?q=&year=&unit=&page= is served by a page Next caches per search (see app/[locale]/search-results). */
function searchRewrite(request: NextRequest, locale: Locale): NextResponse {
  const params = request.nextUrl.searchParams;
  const view = encodeSearchView(params.get('q') ?? '', parsePageParam(params.get('page')) ?? 1, {
    year: params.get('year'),
    unit: params.get('unit'),
    show: params.get('show'),
  });
  return rewriteTo(request, `/${locale}/search-results/${encodeURIComponent(view)}`);
}

/** Rewrites to an internal page, keeping the client router's `_rsc` marker. */
function rewriteTo(request: NextRequest, pathname: string, status?: number): NextResponse {
  const target = new URL(pathname, request.url);
  const navigation = request.nextUrl.searchParams.get('_rsc');
  if (navigation !== null) target.searchParams.set('_rsc', navigation);
  return NextResponse.rewrite(target, status === undefined ? undefined : { status });
}

/** The internal page that a removed release's address shows, with 410 Gone; not a URL readers can reach. */
export const REMOVED_ROUTE = '/release-removed';

/**
 * A release removed as published in error: a permanent redirect to its
 * replacement where it names one the reader can see, else 410 Gone with a
 * page saying so and when. Null for any other path. Stored by caches like any
 * page, so a cached copy of the release is replaced as soon as it is refreshed.
 */
function removedResponse(request: NextRequest, index: ReleaseIndex, locale: Locale, path: string): NextResponse | null {
  const slug = /^\/press\/([^/]+)$/.exec(path)?.[1];
  const removed = slug === undefined ? undefined : index.removal(locale, slug);
  if (!removed) return null;
  const replacement = removed.removed?.replacement;
  if (replacement !== undefined && index.find(locale, replacement)) {
    return NextResponse.redirect(new URL(localizedPath(locale, `/press/${replacement}`), request.url), 301);
  }
  return rewriteTo(request, `/${locale}${REMOVED_ROUTE}/${removed.slug}`, 410);
}

/** Whether a correction has a comparison to show: the build's for the public, worked out now for staff. */
function comparisonExists(index: ReleaseIndex, locale: Locale, path: string, staff: boolean): boolean {
  const change = parseChangePath(path);
  if (!change || !index.find(locale, change.slug)) return false;
  if (!staff) return publicComparisons(locale, change.slug)[change.number] !== undefined;
  const release = index.release(change.slug);
  return release !== undefined && liveComparisons(release)[locale]?.[change.number] !== undefined;
}

/** Counts a search's results, for result pages past the first. */
const countSearchResults: CountSearchResults = (locale, query, now, filter) =>
  getSearchIndex(locale).search(query, { now, limit: 0, ...filter }).total;

/**
 * Staff in preview (a Draft Mode cookie Next honours) may see drafts,
 * scheduled releases and the staff pages; what does not exist for them either
 * gets the localized 404 page, decided here as for the public, since a
 * notFound() thrown while rendering would leave a blank page.
 */
function staffResponse(request: NextRequest, locale: Locale, path: string): NextResponse {
  // The content folder as staff see it, read afresh (a file deleted meanwhile is left out, not an error).
  const { index, problems } = loadStaffIndex();
  const removed = removedResponse(request, index, locale, path);
  if (removed) return removed;
  if (parseChangePath(path)) {
    return comparisonExists(index, locale, path, true) ? handleLocale(request) : notFoundResponse(request, locale);
  }
  const now = new Date();
  const searchPagesOf = searchPages(index, locale, request.nextUrl.searchParams, now, countSearchResults);
  const route = resolveStaffRoute(index, problems, locale, path, request.nextUrl.searchParams, now, searchPagesOf);
  if (route.kind === 'not-found') return notFoundResponse(request, locale);
  if (route.kind === 'problems') {
    return rewriteTo(request, `/${locale}${problemsPagePath(route.slug)}`, CONTENT_PROBLEMS_STATUS);
  }
  return path === '/press'
    ? pressListRewrite(request, locale)
    : path === '/search'
      ? searchRewrite(request, locale)
      : handleLocale(request);
}

const isPublicRelease = (locale: Locale, slug: string) => getReleaseIndex().find(locale, slug, new Date()) !== undefined;

/** A permanent redirect to a path of this site (Next sends a Location on the request's own origin as a path). */
function movedResponse(request: NextRequest, location: string): NextResponse {
  const response = NextResponse.redirect(new URL(location, request.url), 301);
  response.headers.set('Cache-Control', PUBLIC_CACHE_CONTROL);
  return response;
}

/** Pages are only read: anything but GET and HEAD is refused, honestly. */
const READ_METHODS = new Set(['GET', 'HEAD']);

export default async function proxy(request: NextRequest) {
  // The open-data API answers for itself (its own 404s, 405s, problem details): see open-data/api-gate.ts.
  if (request.nextUrl.pathname.startsWith(API_PREFIX)) return apiGate(request);
  if (!READ_METHODS.has(request.method)) {
    return new NextResponse('Method not allowed\n', {
      status: 405,
      headers: { Allow: 'GET, HEAD', 'Cache-Control': PRIVATE_CACHE_CONTROL, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const { locale, path: rawPath, prefixed } = localeAndPath(request.nextUrl.pathname);
  let path: string;
  try {
    path = decodeURI(rawPath);
  } catch {
    // Malformed percent-encoding names no page, in preview or not.
    return notFoundResponse(request, locale);
  }
  // `/zh-TW/...` is redirected to its unprefixed URL first, then checked.
  if (prefixed && locale === routing.defaultLocale) return handleLocale(request);

  // A review link opens one release for whoever holds it, staff or not (review/).
  if (isReviewPath(path)) return reviewResponse(request, locale, path);

  // Unit and tag pages and their feeds (whose paths have a dot) show the public releases to everyone,
  // staff in preview too: they are decided here, before the old addresses, which would 404 a dotted path.
  const group = groupRoute(getReleaseIndex(), getUnitTable(), locale, rawPath, request.nextUrl.searchParams, new Date());
  if (group !== undefined) {
    const response = group === 'not-found' ? notFoundResponse(request, locale) : rewriteTo(request, group.rewrite);
    if (group !== 'not-found') {
      response.headers.set('Cache-Control', request.cookies.has(PREVIEW_COOKIE) ? PRIVATE_CACHE_CONTROL : PUBLIC_CACHE_CONTROL);
    }
    return response;
  }

  // The ministry's old addresses, and paths with a dot, get a redirect or a localized 404 (redirects/).
  const oldAddress = resolveOldAddress(getRedirectTable(), { path, locale, searchParams: request.nextUrl.searchParams }, isPublicRelease);
  if (oldAddress?.kind === 'moved') return movedResponse(request, oldAddress.location);
  if (oldAddress?.kind === 'not-found') return notFoundResponse(request, locale, oldAddress.search);

  const previewCookie = request.cookies.get(PREVIEW_COOKIE);
  if (previewCookie !== undefined && isGenuineDraftModeCookie(previewCookie.value)) {
    // Draft Mode's cookie is one value per build, shared by all staff: the session is what ends.
    if (!(await hasStaffSession(request.cookies.get(SESSION_COOKIE)?.value))) return endedSessionResponse(request);
    const response = staffResponse(request, locale, path);
    response.headers.set('Cache-Control', PRIVATE_CACHE_CONTROL);
    return response;
  }

  // Anyone else, with a forged, empty or stale Draft Mode cookie too: the
  // pages would not show them a draft (they check draftMode() themselves), so
  // they get what the public gets, never stored, since shared caches pass by
  // any request carrying that cookie.
  const cacheControl = previewCookie === undefined ? PUBLIC_CACHE_CONTROL : PRIVATE_CACHE_CONTROL;
  const index = getReleaseIndex();
  const now = new Date();
  const removed = removedResponse(request, index, locale, path);
  if (removed) {
    removed.headers.set('Cache-Control', cacheControl);
    return removed;
  }
  const exists =
    comparisonExists(index, locale, path, false) ||
    publicRouteExists(
      index,
      locale,
      path,
      request.nextUrl.searchParams,
      now,
      searchPages(index, locale, request.nextUrl.searchParams, now, countSearchResults),
    );
  if (!exists) return notFoundResponse(request, locale);

  // One lifetime for every public page, static or not, so a CDN keeps none of
  // them longer than the portal says (Next would mark static pages for a year).
  const response =
    path === '/press'
      ? pressListRewrite(request, locale)
      : path === '/search'
        ? searchRewrite(request, locale)
        : localePage(request, locale, rawPath, prefixed);
  response.headers.set('Cache-Control', cacheControl);
  return response;
}

/**
 * A public page that exists, in its language: an English path already names
 * its locale segment; a Chinese one is rewritten to it. The same as next-intl's
 * middleware does for these paths (it still handles preview and `/zh-TW/`),
 * without its per-request work on the portal's busiest path.
 */
function localePage(request: NextRequest, locale: Locale, rawPath: string, prefixed: boolean): NextResponse {
  if (prefixed) return NextResponse.next();
  return rewriteTo(request, `/${locale}${rawPath === '/' ? '' : rawPath}`);
}

export const config = {
  // Every path but Next's own assets, the API routes (the open-data API's own gate
  // excepted), the readiness check (app/healthz, which answers for itself in any
  // state) and the real files: release images, the icon, robots.txt, the sitemap,
  // the manifest, the feeds and the open-data datasets (whose route answers an unknown
  // name itself, as problem details). Any other path, with a dot
  // or not (review links' tokens have dots), gets the portal's own answer
  // (e2e/dotted-paths.spec.ts, proxy.test.ts).
  matcher: [
    '/((?!_next/|api/|api$|healthz$|media/|icon\\.svg$|robots\\.txt$|sitemap\\.xml$|manifest\\.webmanifest$|feed\\.xml$|en/feed\\.xml$|feed\\.json$|en/feed\\.json$|open-data/[^/]+\\.[A-Za-z0-9]+$).*)',
    '/api/v1/:path*',
  ],
};
