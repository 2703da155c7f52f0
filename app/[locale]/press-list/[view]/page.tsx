import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { GroupLinks } from '@/components/GroupLinks';
import { PageShell } from '@/components/PageShell';
import { Pagination } from '@/components/Pagination';
import { PressFilterForm } from '@/components/PressFilterForm';
import { ReleaseList } from '@/components/ReleaseList';
import { filterQuery, SHOW_WITHDRAWN, type ListFilter } from '@/content-layer/filters';
import { decodeListView, resolvePressList } from '@/content-layer/press-list';
import { releaseIndexForRequest } from '@/content-layer/request';
import { currentLocale } from '@/i18n/current-locale';
import { otherLocale } from '@/i18n/languages';
import type { Locale } from '@/i18n/routing';
import { alternatesFor, localizedPath } from '@/i18n/urls';

// Readers ask for /press?year=&tag=&page=; the proxy rewrites each valid one to
// /<locale>/press-list/<view> (see encodeListView), so that every list page is
// rendered once and then served from Next's cache, regenerated at most every
// minute like the other pages. The proxy lets through only views that exist,
// so the cache cannot be filled with junk.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ view: string }> };

/** The requested list page, or a 404 for a page or filter that names nothing. */
async function requestedList(locale: Locale, params: Props['params']) {
  const query = decodeListView((await params).view);
  const view = query && resolvePressList(await releaseIndexForRequest(), locale, query);
  if (!view) notFound();
  return view;
}

const listPath = (filter: ListFilter, page: number) => `/press${filterQuery(filter, page)}`;

/** "新聞稿：2023 年、標籤「資安」（第 2 頁）": unique for every filter and page. */
async function listTitle(filter: ListFilter, page: number): Promise<string> {
  const t = await getTranslations('Press');
  const record = await getTranslations('Record');
  const parts = [
    filter.year !== undefined ? t('yearFilter', { year: filter.year }) : null,
    filter.tag !== undefined ? t('tagFilter', { tag: filter.tag }) : null,
    filter.withdrawn ? record('withdrawnShown') : null,
  ].filter((part): part is string => part !== null);
  const title = parts.length > 0 ? t('filteredTitle', { filters: parts.join(t('separator')) }) : t('title');
  return page > 1 ? t('titleWithPage', { title, page }) : title;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await currentLocale();
  const { filter, page } = await requestedList(locale, params);
  const path = listPath(filter, page.page);
  // Tags are per language, so a filtered list has no counterpart in the other one.
  const other = otherLocale(locale);
  const otherView = resolvePressList(await releaseIndexForRequest(), other, {
    year: filter.year?.toString(),
    tag: filter.tag,
    show: filter.withdrawn ? SHOW_WITHDRAWN : undefined,
    page: String(page.page),
  });
  return {
    title: await listTitle(filter, page.page),
    alternates: await alternatesFor(locale, path, otherView ? [locale, other] : [locale]),
  };
}

export default async function PressListPage({ params }: Props) {
  const locale = await currentLocale();
  const t = await getTranslations('Press');
  const { filter, facets, page } = await requestedList(locale, params);
  const other = otherLocale(locale);
  // Keep the reader's year and page where the other language has them; tags differ between languages.
  const index = await releaseIndexForRequest();
  const kept: ListFilter = { year: filter.year, ...(filter.withdrawn ? { withdrawn: true } : {}) };
  const show = filter.withdrawn ? SHOW_WITHDRAWN : undefined;
  const keepYear = { year: filter.year?.toString(), show, page: String(page.page) };
  const otherPath = resolvePressList(index, other, keepYear)
    ? listPath(kept, page.page)
    : resolvePressList(index, other, { year: keepYear.year, show })
      ? listPath(kept, 1)
      : '/press';
  const filtered = filter.year !== undefined || filter.tag !== undefined;
  const withdrawnExist = index.current(locale).length < index.list(locale).length;
  const heading = filtered || filter.withdrawn ? await listTitle(filter, 1) : t('title');
  return (
    <PageShell
      section="press"
      path={listPath(filter, page.page)}
      languageSwitch={{ locale: other, href: localizedPath(other, otherPath) }}
    >
      <div className="page-width">
        <h1>{heading}</h1>
        <PressFilterForm facets={facets} filter={filter} offerWithdrawn={withdrawnExist} />
        <GroupLinks tag={filter.tag} />
        <p className="press-summary">
          {page.totalPages > 1
            ? t('countOnPage', { count: page.totalItems, page: page.page, total: page.totalPages })
            : t('count', { count: page.totalItems })}
        </p>
        {page.items.length > 0 ? (
          <ReleaseList releases={page.items} locale={locale} headingLevel={2} />
        ) : (
          <p>{filtered ? t('noMatches') : t('empty')}</p>
        )}
        <Pagination
          page={page.page}
          totalPages={page.totalPages}
          hrefFor={(target) => listPath(filter, target)}
          label={t('pagination')}
        />
      </div>
    </PageShell>
  );
}
