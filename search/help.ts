/**
 * What a search page offers when a search finds nothing: a likely correction
 * (whose results it shows), the same search in the other language, and the
 * same search without its year and unit, each only when it finds releases.
 */
import type { Locale } from '@/i18n/routing';
import { otherLocale } from '@/i18n/languages';
import type { SearchFilter } from './paging';
import { getSearchIndex, type SearchIndex, type SearchOptions, type SearchResults } from './search';
import { suggestCorrection } from './suggest';

export interface Answer {
  results: SearchResults;
  /** Set when the query found nothing and these are the results of a likely correction of it. */
  corrected?: string;
}

/**
 * A search, or when it finds nothing, the search of its likely correction
 * (Korean → Korea is a word form and needs none; resilence → resilience does).
 * The page shows this, and the judged query set measures it.
 */
export function searchOrCorrect(index: SearchIndex, query: string, options: SearchOptions = {}): Answer {
  const results = index.search(query, options);
  if (results.total > 0 || results.query === '' || (options.offset ?? 0) > 0) return { results };
  const correction = suggestCorrection(index, query, options.now, options);
  if (!correction) return { results };
  return { results: index.search(correction.query, options), corrected: correction.query };
}

export interface NoResultsHelp {
  /** The same search in the other language, when it finds releases there. */
  otherLanguage?: { locale: Locale; total: number };
  /** The same search in any year and unit, when it was narrowed and finds releases so. */
  withoutFilter?: number;
}

export function noResultsHelp(locale: Locale, query: string, filter: SearchFilter, now = new Date()): NoResultsHelp {
  const help: NoResultsHelp = {};
  const other = otherLocale(locale);
  const otherTotal = getSearchIndex(other).search(query, { now, limit: 0 }).total;
  if (otherTotal > 0) help.otherLanguage = { locale: other, total: otherTotal };
  if (filter.year !== undefined || filter.unit !== undefined) {
    const total = getSearchIndex(locale).search(query, { now, limit: 0 }).total;
    if (total > 0) help.withoutFilter = total;
  }
  return help;
}
