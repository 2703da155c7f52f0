/**
 * What the proxy and the search page share about a search request, kept out
 * of search.ts so that the proxy's checks need none of the index's code.
 */

/** Search results shown on one page. */
export const SEARCH_RESULTS_PER_PAGE = 10;

/** Longer queries are cut: the index searches at most this many characters anyway. */
export const MAX_QUERY_LENGTH = 100;

/** The query as searched and shown: trimmed, runs of white space as one, at most MAX_QUERY_LENGTH characters. */
export function normalizeQuery(query: string): string {
  return [...query.replace(/\s+/g, ' ').trim()].slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/**
 * A search (query and page) as one path segment, so that the proxy can rewrite
 * /search?q=&page= to a page Next caches, in memory only (isrFlushToDisk is off,
 * so random queries cannot fill the disk; the memory cache is bounded).
 */
export function encodeSearchView(query: string, page: number): string {
  const view = new URLSearchParams({ q: normalizeQuery(query) });
  if (page > 1) view.set('page', String(page));
  return view.toString();
}

export function decodeSearchView(segment: string): { query: string; page: string | undefined } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return null;
  }
  const view = new URLSearchParams(decoded);
  return { query: view.get('q') ?? '', page: view.get('page') ?? undefined };
}
