/**
 * The addresses of the unit and tag pages and feeds, and what the proxy
 * rewrites each to:
 *
 *   /units, /tags                              the indexes
 *   /units/<slug>?page=N, /tags/<tag>?page=N   → /<locale>/units/<slug>/<N> (one cached page per page number)
 *   /units/<slug>/feed.xml, …/feed.json        → /<locale>/units/<slug>/feed.xml, …
 *
 * and likewise under /en. The internal page path (`/units/<slug>/2`) is not
 * an address readers can use: the proxy answers it with the 404.
 */
import { paginate } from './pagination';
import { groupFeedReleases, resolveGroupPage, tagsWithReleases, unitsWithReleases, type GroupKind } from './release-groups';
import type { ReleaseIndex } from './releases';
import type { UnitTable } from './units';
import type { Locale } from '@/i18n/routing';

const SEGMENT: Record<GroupKind, string> = { unit: 'units', tag: 'tags' };

export type FeedFormat = 'rss' | 'json';
const FEED_FILE: Record<FeedFormat, string> = { rss: 'feed.xml', json: 'feed.json' };

/** The index of a kind of group: `/units`, `/tags`. */
export const groupIndexPath = (kind: GroupKind) => `/${SEGMENT[kind]}`;

/** A unit's or tag's page, without the locale: `/units/data-innovation`, `/tags/AI?page=2`. */
export function groupPath(kind: GroupKind, key: string, page = 1): string {
  return `/${SEGMENT[kind]}/${encodeURIComponent(key)}${page > 1 ? `?page=${page}` : ''}`;
}

/** A unit's or tag's feed, without the locale: `/units/data-innovation/feed.xml`. */
export function groupFeedPath(kind: GroupKind, key: string, format: FeedFormat): string {
  return `/${SEGMENT[kind]}/${encodeURIComponent(key)}/${FEED_FILE[format]}`;
}

type GroupAddress =
  | { kind: GroupKind; view: 'index' }
  | { kind: GroupKind; view: 'page'; key: string }
  | { kind: GroupKind; view: 'feed'; key: string; format: FeedFormat };

/**
 * What a path (without the locale, still percent-encoded) names among the
 * unit and tag addresses; null for any other path, and for one whose
 * encoding is malformed.
 */
function parseGroupAddress(rawPath: string): GroupAddress | null {
  const [, first, encoded, file, ...rest] = rawPath.split('/');
  const kind = (Object.keys(SEGMENT) as GroupKind[]).find((each) => SEGMENT[each] === first);
  if (kind === undefined || rest.length > 0) return null;
  if (encoded === undefined) return { kind, view: 'index' };
  let key: string;
  try {
    key = decodeURIComponent(encoded);
  } catch {
    return null;
  }
  if (key === '') return null;
  if (file === undefined) return { kind, view: 'page', key };
  const format = (Object.keys(FEED_FILE) as FeedFormat[]).find((each) => FEED_FILE[each] === file);
  return format === undefined ? null : { kind, view: 'feed', key, format };
}

/**
 * For the proxy: undefined when the path is not a unit or tag address;
 * `not-found` when it is one that names nothing (unknown unit or tag, none
 * standing in this language, a page number that is not one or past the end);
 * else the internal path to rewrite to. Decided before rendering, like every
 * 404 (see public-routes.ts).
 */
export function groupRoute(
  index: ReleaseIndex,
  table: UnitTable,
  locale: Locale,
  rawPath: string,
  searchParams: URLSearchParams,
  now = new Date(),
): { rewrite: string } | 'not-found' | undefined {
  if (!/^\/(units|tags)(\/|$)/.test(rawPath)) return undefined;
  const address = parseGroupAddress(rawPath);
  if (!address) return 'not-found';
  const base = `/${locale}/${SEGMENT[address.kind]}`;
  if (address.view === 'index') return { rewrite: base };
  const key = encodeURIComponent(address.key);
  if (address.view === 'feed') {
    return groupFeedReleases(index, table, locale, address.kind, address.key, now)
      ? { rewrite: `${base}/${key}/${FEED_FILE[address.format]}` }
      : 'not-found';
  }
  const pages = searchParams.getAll('page');
  const group = resolveGroupPage(index, table, locale, address.kind, address.key, pages.length > 1 ? pages : pages[0], now);
  return group ? { rewrite: `${base}/${key}/${group.page.page}` } : 'not-found';
}

/** Every unit and tag page in one language, with its page numbers: for the sitemap. */
export function groupPages(index: ReleaseIndex, table: UnitTable, locale: Locale, now = new Date()): { kind: GroupKind; key: string; pages: number }[] {
  const pagesOf = (count: number) => paginate(new Array<never>(count), 1)?.totalPages ?? 1;
  return [
    ...unitsWithReleases(index, table, locale, now).map(({ unit, count }) => ({ kind: 'unit' as const, key: unit.slug, pages: pagesOf(count) })),
    ...tagsWithReleases(index, locale, now).map(({ tag, count }) => ({ kind: 'tag' as const, key: tag, pages: pagesOf(count) })),
  ];
}

/** A unit's slug or a tag from the internal route's path segment (Next passes it still percent-encoded); null when malformed. */
export function groupKey(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
