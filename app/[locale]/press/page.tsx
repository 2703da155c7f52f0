import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/PageShell';
import { Pagination } from '@/components/Pagination';
import { ReleaseList } from '@/components/ReleaseList';
import { paginate, parsePageParam } from '@/content-layer/pagination';
import { releaseIndexForRequest } from '@/content-layer/request';
import { currentLocale } from '@/i18n/current-locale';
import { otherLocale } from '@/i18n/languages';
import type { Locale } from '@/i18n/routing';
import { alternatesFor, localizedPath } from '@/i18n/urls';

// Only the site's locales exist: any other first segment (e.g. /api, /x.txt) is
// no route, and gets the bilingual global 404. (Set per page, not on the layout,
// where it would also stop release pages from rendering once a scheduled one is due.)
export const dynamicParams = false;

type Props = { searchParams: Promise<{ page?: string | string[] }> };

/** The requested page of the press list, or a 404 for a page that does not exist. */
async function requestedPage(locale: Locale, searchParams: Props['searchParams']) {
  const page = parsePageParam((await searchParams).page);
  const result = page === null ? null : paginate((await releaseIndexForRequest()).list(locale), page);
  if (!result) notFound();
  return result;
}

const pagePath = (page: number) => (page === 1 ? '/press' : `/press?page=${page}`);

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const locale = await currentLocale();
  const t = await getTranslations('Press');
  const { page } = await requestedPage(locale, searchParams);
  const locales = [locale];
  if (paginate((await releaseIndexForRequest()).list(otherLocale(locale)), page)) locales.push(otherLocale(locale));
  return {
    title: page === 1 ? t('title') : t('pageTitle', { page }),
    alternates: alternatesFor(locale, pagePath(page), locales),
  };
}

export default async function PressListPage({ searchParams }: Props) {
  const locale = await currentLocale();
  const t = await getTranslations('Press');
  const { items, page, totalPages, totalItems } = await requestedPage(locale, searchParams);
  const other = otherLocale(locale);
  // Keep the reader's page where the other language has it.
  const otherHasPage = paginate((await releaseIndexForRequest()).list(other), page) !== null;
  return (
    <PageShell
      section="press"
      path={pagePath(page)}
      languageSwitch={{ locale: other, href: localizedPath(other, otherHasPage ? pagePath(page) : '/press') }}
    >
      <div className="page-width">
        <h1>{t('title')}</h1>
        <p className="press-summary">
          {totalPages > 1
            ? t('countOnPage', { count: totalItems, page, total: totalPages })
            : t('count', { count: totalItems })}
        </p>
        {items.length > 0 ? (
          <ReleaseList releases={items} locale={locale} headingLevel={2} />
        ) : (
          <p>{t('empty')}</p>
        )}
        <Pagination page={page} totalPages={totalPages} path="/press" />
      </div>
    </PageShell>
  );
}
