/**
 * `GET /api/v1/releases?…`: the query string read strictly. Every problem is
 * reported at once (RFC 9457 `invalid_params`), so that a client fixes its
 * request in one go; nothing unknown, repeated or empty is silently ignored,
 * since a typo (`per-page`, `yaer`) would otherwise look like a real answer.
 */
import { parsePublicationDate } from '@/content-layer/dates';
import type { Facets } from '@/content-layer/filters';
import { routing, type Locale } from '@/i18n/routing';
import { normalizeQuery } from '@/search/paging';
import { isoTaipei } from './dates';
import type { InvalidParam } from './problem';

export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 100;
/** Longer values are refused rather than cut: no unit, tag or query is this long. */
const MAX_VALUE_LENGTH = 200;

export interface ReleasesQuery {
  lang: Locale;
  page: number;
  perPage: number;
  unit?: string;
  tag?: string;
  year?: number;
  updatedSince?: Date;
  /** As the site's search reads it (normalised). */
  q?: string;
}

export const RELEASES_PARAMS = ['lang', 'page', 'per_page', 'unit', 'tag', 'year', 'updated_since', 'q'] as const;

const WHOLE_NUMBER = /^[1-9][0-9]{0,8}$/;

/** The values of the parameters the endpoint knows, or the problems with them. */
function singleValues(params: URLSearchParams, known: readonly string[]): { values: Map<string, string>; problems: InvalidParam[] } {
  const values = new Map<string, string>();
  const problems: InvalidParam[] = [];
  for (const name of new Set(params.keys())) {
    const shown = name.slice(0, 40);
    const all = params.getAll(name);
    if (!known.includes(name)) {
      problems.push({ name: shown, reason: `unknown parameter: this endpoint takes ${known.join(', ') || 'no parameters'}` });
    } else if (all.length > 1) {
      problems.push({ name, reason: 'given more than once: give each parameter once' });
    } else if (all[0]!.trim() === '') {
      problems.push({ name, reason: 'empty: leave the parameter out instead' });
    } else if (all[0]!.length > MAX_VALUE_LENGTH) {
      problems.push({ name, reason: `longer than ${MAX_VALUE_LENGTH} characters` });
    } else {
      values.set(name, all[0]!);
    }
  }
  return { values, problems };
}

/** An endpoint that takes no parameters: any is a problem. */
export function noParams(params: URLSearchParams): InvalidParam[] {
  return singleValues(params, []).problems;
}

/** `lang` alone: the language asked for, Chinese when absent. */
export function parseLang(value: string | undefined): Locale | null {
  if (value === undefined) return routing.defaultLocale;
  return (routing.locales as readonly string[]).includes(value) ? (value as Locale) : null;
}

/**
 * Reads the query against the facets of the language's public releases
 * (`facetsFor`), since a unit or tag is only valid if some release has it.
 * A unit is named by its name in that language or by its slug (`unitBySlug`
 * gives the name a slug stands for in a language: content/units.json).
 */
export function parseReleasesQuery(
  params: URLSearchParams,
  facetsFor: (lang: Locale) => Facets,
  unitBySlug: (lang: Locale, slug: string) => string | undefined = () => undefined,
): { query: ReleasesQuery } | { problems: InvalidParam[] } {
  const { values, problems } = singleValues(params, RELEASES_PARAMS);
  const lang = parseLang(values.get('lang'));
  if (lang === null) problems.push({ name: 'lang', reason: `expected one of ${routing.locales.join(', ')}` });
  const query: ReleasesQuery = { lang: lang ?? routing.defaultLocale, page: 1, perPage: DEFAULT_PER_PAGE };

  const page = values.get('page');
  if (page !== undefined) {
    if (WHOLE_NUMBER.test(page)) query.page = Number(page);
    else problems.push({ name: 'page', reason: 'expected a whole number from 1' });
  }
  const perPage = values.get('per_page');
  if (perPage !== undefined) {
    if (WHOLE_NUMBER.test(perPage) && Number(perPage) <= MAX_PER_PAGE) query.perPage = Number(perPage);
    else problems.push({ name: 'per_page', reason: `expected a whole number from 1 to ${MAX_PER_PAGE}` });
  }
  const year = values.get('year');
  if (year !== undefined) {
    // A year no release has is a real, empty answer; a value that is no year is a mistake.
    if (/^[0-9]{4}$/.test(year)) query.year = Number(year);
    else problems.push({ name: 'year', reason: 'expected a year of four digits, e.g. 2024' });
  }
  const updatedSince = values.get('updated_since');
  if (updatedSince !== undefined) {
    const date = parsePublicationDate(updatedSince);
    if (date) query.updatedSince = date.instant;
    else {
      problems.push({
        name: 'updated_since',
        reason: 'expected an ISO 8601 date or date and time, e.g. 2024-01-31 or 2024-01-31T09:30:00+08:00 (without an offset, Taipei time)',
      });
    }
  }
  const q = values.get('q');
  if (q !== undefined) {
    const normalized = normalizeQuery(q);
    if (normalized === '') problems.push({ name: 'q', reason: 'empty: leave the parameter out instead' });
    else query.q = normalized;
  }
  if (lang !== null) {
    const facets = facetsFor(lang);
    const unit = values.get('unit');
    if (unit !== undefined) {
      const name = facets.units.some((each) => each.unit === unit) ? unit : unitBySlug(lang, unit);
      if (name !== undefined && facets.units.some((each) => each.unit === name)) query.unit = name;
      else problems.push({ name: 'unit', reason: `no ${lang} release has this unit: see /api/v1/units for the units, by name or slug` });
    }
    const tag = values.get('tag');
    if (tag !== undefined) {
      if (facets.tags.some((each) => each.tag === tag)) query.tag = tag;
      else problems.push({ name: 'tag', reason: `no ${lang} release has this tag: see /api/v1/tags` });
    }
  }
  return problems.length > 0 ? { problems } : { query };
}

/** The query back as a canonical query string (parameters in one order), for links. */
export function releasesQueryString(query: ReleasesQuery, page: number): string {
  const params = new URLSearchParams({ lang: query.lang });
  if (query.unit !== undefined) params.set('unit', query.unit);
  if (query.tag !== undefined) params.set('tag', query.tag);
  if (query.year !== undefined) params.set('year', String(query.year));
  if (query.updatedSince !== undefined) params.set('updated_since', isoTaipei(query.updatedSince));
  if (query.q !== undefined) params.set('q', query.q);
  if (page > 1) params.set('page', String(page));
  if (query.perPage !== DEFAULT_PER_PAGE) params.set('per_page', String(query.perPage));
  return params.toString();
}
