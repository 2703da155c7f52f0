/**
 * The answers of the read-only JSON API, `/api/v1/…` (the route handlers in
 * app/api/v1 only call these). Everything comes from the public index at the
 * moment of the request, so a scheduled release is in every answer from its
 * time on, without a rebuild, and a draft or removed release in none.
 */
import { facetsOf } from '@/content-layer/filters';
import { groupFeedPath, groupPath } from '@/content-layer/group-routes';
import { resolveGroupPage } from '@/content-layer/release-groups';
import { getReleaseIndex, type ReleaseVersion } from '@/content-layer/releases';
import { getUnitTable } from '@/content-layer/units';
import { localizedPath } from '@/i18n/paths';
import { routing, type Locale } from '@/i18n/routing';
import { getSearchIndex } from '@/search/search';
import { JSON_TYPE, maxAgeUntil, representationResponse } from './http';
import { instanceOf, problem, problemResponse, type InvalidParam } from './problem';
import { openApiDocument } from './openapi';
import { absoluteUrl, lastModified, releaseSummary, releaseVersionRecord, type ReleaseRecord } from './record';
import { newestChange, selectReleases } from './release-selection';
import { noParams, parseReleasesQuery, releasesQueryString } from './releases-query';

const RELEASE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Any failure the code did not foresee is still an RFC 9457 answer, and says nothing of the server. */
export function guarded(answer: () => Response, request: Request): Response {
  try {
    return answer();
  } catch (error) {
    console.error('[api] unexpected error', error);
    return problemResponse({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      detail: 'The server could not answer this request. Please try again later.',
      instance: instanceOf(request),
    });
  }
}

function invalid(request: Request, problems: InvalidParam[]): Response {
  const names = [...new Set(problems.map((each) => each.name))].join(', ');
  return problemResponse(
    problem('invalid-parameter', `The request has ${problems.length === 1 ? 'an invalid parameter' : 'invalid parameters'}: ${names}.`, {
      instance: instanceOf(request),
      invalid_params: problems,
    }),
    request.method === 'HEAD',
  );
}

export function notFound(request: Request, detail = 'No API resource at this path: see /api/v1/openapi.json for the endpoints.'): Response {
  return problemResponse(problem('not-found', detail, { instance: instanceOf(request) }), request.method === 'HEAD');
}

/** A list's Last-Modified: its newest change, or a removal since (a removed release leaves it). */
function listModified(list: readonly ReleaseVersion[], locale: Locale, now: Date): Date {
  return new Date(Math.max(newestChange(list), getReleaseIndex().lastRemoval(locale, now)?.getTime() ?? 0));
}

/** The shortest time until any language's next scheduled release. */
function maxAgeAcross(locales: readonly Locale[], now: Date): number {
  const index = getReleaseIndex();
  return Math.min(...locales.map((locale) => maxAgeUntil(index.nextDue(locale, now), now)));
}

export function answerReleases(request: Request): Response {
  const index = getReleaseIndex();
  const now = new Date();
  const url = new URL(request.url);
  const units = getUnitTable();
  const parsed = parseReleasesQuery(url.searchParams, (lang) => facetsOf(index.list(lang, now)), (lang, slug) => units.unitBySlug(slug)?.names[lang]);
  if ('problems' in parsed) return invalid(request, parsed.problems);
  const { query } = parsed;
  const list = index.list(query.lang, now);
  const selection = selectReleases(list, query, () => getSearchIndex(query.lang), now);
  const pages = Math.max(1, Math.ceil(selection.total / query.perPage));
  if (query.page > pages) {
    return problemResponse(
      problem('page-not-found', `Page ${query.page} is past the end: this list has ${pages} ${pages === 1 ? 'page' : 'pages'} of ${query.perPage}.`, {
        instance: instanceOf(request),
      }),
      request.method === 'HEAD',
    );
  }
  const link = (page: number) => absoluteUrl(`/api/v1/releases?${releasesQueryString(query, page)}`);
  const links = {
    self: link(query.page),
    first: link(1),
    last: link(pages),
    prev: query.page > 1 ? link(query.page - 1) : null,
    next: query.page < pages ? link(query.page + 1) : null,
  };
  const body = JSON.stringify({
    data: selection.page.map(releaseSummary),
    meta: { lang: query.lang, total: selection.total, page: query.page, per_page: query.perPage, pages },
    links,
  });
  const linkHeader = (['first', 'prev', 'next', 'last'] as const)
    .filter((rel) => links[rel] !== null)
    .map((rel) => `<${links[rel]}>; rel="${rel}"`)
    .join(', ');
  return representationResponse(request, {
    body,
    contentType: JSON_TYPE,
    lastModified: listModified(list, query.lang, now),
    maxAge: maxAgeUntil(index.nextDue(query.lang, now), now),
    headers: { Link: linkHeader },
  });
}

export function answerRelease(request: Request, slug: string): Response {
  const problems = noParams(new URL(request.url).searchParams);
  if (problems.length > 0) return invalid(request, problems);
  const index = getReleaseIndex();
  const now = new Date();
  // A draft, a scheduled release before its time and a removed one answer exactly as a slug that never existed.
  const absent = () => notFound(request, 'No public press release has this slug.');
  if (!RELEASE_SLUG.test(slug) || slug.length > 200) return absent();
  const publicIn = new Set(index.localesOf(slug, now));
  const locales = routing.locales.filter((locale) => publicIn.has(locale));
  if (locales.length === 0) return absent();
  const record: ReleaseRecord = { slug, languages: locales, versions: {} };
  let modified = 0;
  for (const locale of locales) {
    const version = index.find(locale, slug, now)!;
    record.versions[locale] = releaseVersionRecord(version, locales);
    modified = Math.max(modified, lastModified(version).getTime());
  }
  return representationResponse(request, {
    body: JSON.stringify(record),
    contentType: JSON_TYPE,
    lastModified: new Date(modified),
    maxAge: maxAgeAcross(routing.locales, now),
  });
}

/** A unit's or tag's page and feeds, absolute; null where it has no page (its releases are all withdrawn). */
function groupLinks(locale: Locale, kind: 'unit' | 'tag', key: string, now: Date) {
  const exists = resolveGroupPage(getReleaseIndex(), getUnitTable(), locale, kind, key, undefined, now) !== null;
  const url = (path: string) => (exists ? absoluteUrl(localizedPath(locale, path)) : null);
  return {
    page_url: url(groupPath(kind, key)),
    feed_url: url(groupFeedPath(kind, key, 'rss')),
    json_feed_url: url(groupFeedPath(kind, key, 'json')),
  };
}

/**
 * `/api/v1/units` and `/api/v1/tags`: each language's values, most used first, with counts, a link to
 * their releases, and their page and feeds (a unit with its slug, from content/units.json).
 */
function answerFacet(request: Request, kind: 'units' | 'tags'): Response {
  const problems = noParams(new URL(request.url).searchParams);
  if (problems.length > 0) return invalid(request, problems);
  const index = getReleaseIndex();
  const units = getUnitTable();
  const now = new Date();
  const data: Partial<Record<Locale, object[]>> = {};
  let modified = 0;
  for (const locale of routing.locales) {
    const list = index.list(locale, now);
    const facets = facetsOf(list);
    data[locale] =
      kind === 'units'
        ? facets.units.map(({ unit, count }) => {
            // Every public release's unit has a slug: content:check and the build refuse one without.
            const slug = units.unitNamed(locale, unit)?.slug ?? null;
            return {
              name: unit,
              slug,
              count,
              releases_url: absoluteUrl(`/api/v1/releases?${new URLSearchParams({ lang: locale, unit })}`),
              ...(slug === null ? { page_url: null, feed_url: null, json_feed_url: null } : groupLinks(locale, 'unit', slug, now)),
            };
          })
        : facets.tags.map(({ tag, count }) => ({
            name: tag,
            count,
            releases_url: absoluteUrl(`/api/v1/releases?${new URLSearchParams({ lang: locale, tag })}`),
            ...groupLinks(locale, 'tag', tag, now),
          }));
    modified = Math.max(modified, listModified(list, locale, now).getTime());
  }
  return representationResponse(request, {
    body: JSON.stringify({ data }),
    contentType: JSON_TYPE,
    lastModified: new Date(modified),
    maxAge: maxAgeAcross(routing.locales, now),
  });
}

export const answerUnits = (request: Request) => answerFacet(request, 'units');
export const answerTags = (request: Request) => answerFacet(request, 'tags');

/** The document is the same for the life of a build; when this server started stands for its date. */
const STARTED = new Date(Math.floor(Date.now() / 1000) * 1000);
let openApiText: string | undefined;

export function answerOpenApi(request: Request): Response {
  const problems = noParams(new URL(request.url).searchParams);
  if (problems.length > 0) return invalid(request, problems);
  openApiText ??= JSON.stringify(openApiDocument());
  return representationResponse(request, { body: openApiText, contentType: JSON_TYPE, lastModified: STARTED, maxAge: 3600 });
}
