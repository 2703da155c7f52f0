import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { LocalizedLink as Link } from '@/components/LocalizedLink';
import { PageShell } from '@/components/PageShell';
import { Pagination } from '@/components/Pagination';
import { ReleaseDate } from '@/components/ReleaseDate';
import { SearchForm } from '@/components/SearchForm';
import { parsePageParam } from '@/content-layer/pagination';
import { getSearchIndex } from '@/search/search';
import { decodeSearchView, normalizeQuery, SEARCH_RESULTS_PER_PAGE } from '@/search/paging';
import { currentLocale } from '@/i18n/current-locale';
import { otherLocale } from '@/i18n/languages';
import { feedAlternates, localizedPath } from '@/i18n/urls';

// Readers ask for /search?q=&page=; the proxy rewrites each to
// /<locale>/search-results/<view> (see encodeSearchView), which Next renders
// once and keeps in its bounded memory cache, regenerated at most every minute.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ view: string }> };

/** Shown back to the reader as text (React escapes it); long queries are cut. */
const echo = (query: string) => (query.length > 80 ? `${query.slice(0, 80)}…` : query);

async function requestedSearch(params: Props['params']) {
  const view = decodeSearchView((await params).view);
  if (!view) notFound();
  // The proxy has already refused repeated or malformed parameters and pages past the end.
  return { query: normalizeQuery(view.query), page: parsePageParam(view.page) ?? 1 };
}

const searchPath = (query: string, page: number) => {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set('page', String(page));
  return `/search?${params}`;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await currentLocale();
  const t = await getTranslations('Search');
  const { query } = await requestedSearch(params);
  return {
    title: query.trim() ? t('resultsTitle', { query: echo(query.trim()) }) : t('title'),
    // Result pages are many and shift with every release: nothing to index.
    robots: { index: false, follow: true },
    alternates: await feedAlternates(locale),
  };
}

export default async function SearchPage({ params }: Props) {
  const locale = await currentLocale();
  const t = await getTranslations('Search');
  const { query, page } = await requestedSearch(params);
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
