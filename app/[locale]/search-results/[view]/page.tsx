import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { LocalizedLink as Link } from '@/components/LocalizedLink';
import { PageShell } from '@/components/PageShell';
import { Pagination } from '@/components/Pagination';
import { ReleaseDate } from '@/components/ReleaseDate';
import { SearchFilterForm } from '@/components/SearchFilterForm';
import { SearchForm } from '@/components/SearchForm';
import { WithdrawnLabel } from '@/components/WithdrawnNotice';
import { facetsOf } from '@/content-layer/filters';
import { parsePageParam } from '@/content-layer/pagination';
import { getReleaseIndex } from '@/content-layer/releases';
import { currentLocale } from '@/i18n/current-locale';
import { otherLocale } from '@/i18n/languages';
import type { Locale } from '@/i18n/routing';
import { feedAlternates, localizedPath } from '@/i18n/urls';
import { noResultsHelp, searchOrCorrect } from '@/search/help';
import { decodeSearchView, isFiltered, normalizeQuery, parseSearchFilter, SEARCH_RESULTS_PER_PAGE, searchPath, type SearchFilter } from '@/search/paging';
import { getSearchIndex } from '@/search/search';

// Readers ask for /search?q=&year=&unit=&page=; the proxy rewrites each to
// /<locale>/search-results/<view> (see encodeSearchView), which Next renders
// once and keeps in its bounded memory cache, regenerated at most every minute.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ view: string }> };

/** Shown back to the reader as text (React escapes it); long queries are cut. */
const echo = (query: string) => (query.length > 80 ? `${query.slice(0, 80)}…` : query);

async function requestedSearch(locale: Locale, params: Props['params']) {
  const view = decodeSearchView((await params).view);
  if (!view) notFound();
  // The proxy has already refused repeated or malformed parameters, unknown years and units, and pages past the end.
  const versions = getReleaseIndex().list(locale);
  return {
    query: normalizeQuery(view.query),
    page: parsePageParam(view.page) ?? 1,
    filter: parseSearchFilter(view.year, view.unit, versions, view.show) ?? {},
    facets: facetsOf(versions),
  };
}

/** "搜尋「資安」（2024 年、數位發展部）": the query and what narrows it. */
async function searchTitle(query: string, filter: SearchFilter): Promise<string> {
  const t = await getTranslations('Search');
  const parts = [
    filter.year !== undefined ? t('yearFilter', { year: filter.year }) : null,
    filter.unit !== undefined ? t('unitFilter', { unit: filter.unit }) : null,
  ].filter((part): part is string => part !== null);
  const title = t('resultsTitle', { query: echo(query) });
  return parts.length > 0 ? `${title}${t('filteredBy', { filters: parts.join(t('separator')) })}` : title;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await currentLocale();
  const t = await getTranslations('Search');
  const { query, filter } = await requestedSearch(locale, params);
  return {
    title: query.trim() ? await searchTitle(query.trim(), filter) : t('title'),
    // Result pages are many and shift with every release: nothing to index.
    robots: { index: false, follow: true },
    alternates: await feedAlternates(locale),
  };
}

export default async function SearchPage({ params }: Props) {
  const locale = await currentLocale();
  const t = await getTranslations('Search');
  const { query, page, filter, facets } = await requestedSearch(locale, params);
  const { results, corrected } = searchOrCorrect(getSearchIndex(locale), query, {
    offset: (page - 1) * SEARCH_RESULTS_PER_PAGE,
    limit: SEARCH_RESULTS_PER_PAGE,
    ...filter,
  });
  // Results of a correction page on as a search for it.
  const shownQuery = corrected ?? query;
  const totalPages = Math.max(1, Math.ceil(results.total / SEARCH_RESULTS_PER_PAGE));
  const other = otherLocale(locale);
  // Units are named per language, so the other language gets the query, and the year where it has releases of it.
  const otherFilter = parseSearchFilter(filter.year?.toString(), undefined, getReleaseIndex().list(other)) ?? {};
  const trimmed = query.trim();
  const help = trimmed && results.total === 0 ? noResultsHelp(locale, query, filter) : null;
  return (
    <PageShell
      section="search"
      path="/"
      languageSwitch={{ locale: other, href: localizedPath(other, trimmed ? searchPath(query, 1, otherFilter) : '/search') }}
    >
      <div className="page-width">
        <h1>{trimmed ? await searchTitle(trimmed, filter) : t('title')}</h1>
        <SearchForm id="page-search" query={query} />
        {trimmed ? <SearchFilterForm query={query} facets={facets} filter={filter} /> : null}
        {!trimmed ? (
          <p>{t('prompt')}</p>
        ) : results.total === 0 ? (
          <div className="search-help">
            <p role="status">{t(isFiltered(filter) ? 'noneFiltered' : 'none', { query: echo(trimmed) })}</p>
            <h2>{t('helpHeading')}</h2>
            <ul>
              {help?.withoutFilter ? (
                <li>
                  <Link href={searchPath(query)}>{t('withoutFilters', { count: help.withoutFilter, query: echo(trimmed) })}</Link>
                </li>
              ) : null}
              {help?.otherLanguage ? (
                <li>
                  <a href={localizedPath(help.otherLanguage.locale, searchPath(query))} hrefLang={help.otherLanguage.locale}>
                    {t('otherLanguage', { count: help.otherLanguage.total, query: echo(trimmed) })}
                  </a>
                </li>
              ) : null}
              <li>{t('otherWords')}</li>
              <li>
                <Link href="/press">{t('browse')}</Link>
              </li>
              <li>
                <Link href="/press#press-filters">{t('browseByFilter')}</Link>
              </li>
            </ul>
          </div>
        ) : (
          <>
            {corrected ? (
              <p className="search-help" role="status">
                {t(isFiltered(filter) ? 'noneFiltered' : 'none', { query: echo(trimmed) })}{' '}
                {t('corrected', { corrected: echo(corrected) })}
              </p>
            ) : null}
            <p className="press-summary">
              {totalPages > 1
                ? t('countOnPage', { count: results.total, page, total: totalPages })
                : t('count', { count: results.total })}
            </p>
            <ol className="release-list search-results">
              {results.hits.map(({ release, snippet }) => (
                <li key={release.slug} className="release-list__item">
                  <h2 className="release-list__title">
                    <Link href={`/press/${release.slug}`}>{release.title}</Link>
                  </h2>
                  {release.withdrawn ? <WithdrawnLabel /> : null}
                  <p className="release-list__meta">
                    <ReleaseDate date={release.date} locale={locale} /> · {release.unit}
                  </p>
                  <p className="search-results__snippet">
                    {snippet.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}
                  </p>
                </li>
              ))}
            </ol>
            <Pagination
              page={page}
              totalPages={totalPages}
              hrefFor={(target) => searchPath(shownQuery, target, filter)}
              label={t('pagination')}
            />
          </>
        )}
      </div>
    </PageShell>
  );
}
