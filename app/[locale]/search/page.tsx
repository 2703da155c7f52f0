import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LocalizedLink as Link } from '@/components/LocalizedLink';
import { PageShell } from '@/components/PageShell';
import { Pagination } from '@/components/Pagination';
import { ReleaseDate } from '@/components/ReleaseDate';
import { SearchForm } from '@/components/SearchForm';
import { parsePageParam } from '@/content-layer/pagination';
import { getSearchIndex } from '@/content-layer/search';
import { SEARCH_RESULTS_PER_PAGE } from '@/content-layer/search-paging';
import { currentLocale } from '@/i18n/current-locale';
import { otherLocale } from '@/i18n/languages';
import { feedAlternates, localizedPath } from '@/i18n/urls';

// Only the site's locales exist (see the press list page).
export const dynamicParams = false;

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

/** Shown back to the reader: long queries are cut, never trusted. React escapes the text. */
const echo = (query: string) => (query.length > 80 ? `${query.slice(0, 80)}…` : query);

async function requestedSearch(searchParams: Props['searchParams']) {
  const { q, page } = await searchParams;
  // The proxy has already refused repeated or malformed parameters.
  const query = typeof q === 'string' ? q : '';
  const pageNumber = parsePageParam(page) ?? 1;
  return { query, page: pageNumber };
}

const searchPath = (query: string, page: number) => {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set('page', String(page));
  return `/search?${params}`;
};

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const locale = await currentLocale();
  const t = await getTranslations('Search');
  const { query } = await requestedSearch(searchParams);
  return {
    title: query.trim() ? t('resultsTitle', { query: echo(query.trim()) }) : t('title'),
    // Result pages are many and shift with every release: nothing to index.
    robots: { index: false, follow: true },
    alternates: await feedAlternates(locale),
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const locale = await currentLocale();
  const t = await getTranslations('Search');
  const { query, page } = await requestedSearch(searchParams);
  const results = getSearchIndex(locale).search(query, {
    offset: (page - 1) * SEARCH_RESULTS_PER_PAGE,
    limit: SEARCH_RESULTS_PER_PAGE,
  });
  const totalPages = Math.max(1, Math.ceil(results.total / SEARCH_RESULTS_PER_PAGE));
  const other = otherLocale(locale);
  const trimmed = query.trim();
  return (
    <PageShell
      section="search"
      path="/"
      languageSwitch={{ locale: other, href: localizedPath(other, trimmed ? searchPath(query, 1) : '/search') }}
    >
      <div className="page-width">
        <h1>{trimmed ? t('resultsTitle', { query: echo(trimmed) }) : t('title')}</h1>
        <SearchForm id="page-search" query={query} />
        {!trimmed ? (
          <p>{t('prompt')}</p>
        ) : results.total === 0 ? (
          <p>
            {t('none', { query: echo(trimmed) })} <Link href="/press">{t('browse')}</Link>
          </p>
        ) : (
          <>
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
              hrefFor={(target) => searchPath(query, target)}
              label={t('pagination')}
            />
          </>
        )}
      </div>
    </PageShell>
  );
}
