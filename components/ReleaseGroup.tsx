import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { groupFeedPath, groupPath } from '@/content-layer/group-routes';
import type { GroupKind, GroupPage } from '@/content-layer/release-groups';
import type { Locale } from '@/i18n/routing';
import { alternatesFor, localizedPath } from '@/i18n/urls';
import { LocalizedLink as Link } from './LocalizedLink';
import { Pagination } from './Pagination';
import { ReleaseList } from './ReleaseList';

/** "數位發展部新聞稿", "Press releases tagged “AI”": a unit's or tag's page heading, in the page's language. */
export async function groupTitle(kind: GroupKind, name: string): Promise<string> {
  const t = await getTranslations('Groups');
  return kind === 'unit' ? t('unitTitle', { unit: name }) : t('tagTitle', { tag: name });
}

/**
 * A unit's or tag's page's canonical URL, hreflang alternates (`locales`: the
 * languages it has this page in) and its own feeds announced before the site's.
 */
export async function groupAlternates(locale: Locale, group: GroupPage, locales: readonly Locale[]): Promise<NonNullable<Metadata['alternates']>> {
  const t = await getTranslations('Groups');
  const alternates = (await alternatesFor(locale, groupPath(group.kind, group.key, group.page.page), locales))!;
  const site = alternates.types ?? {};
  const listed = (type: string) => {
    const value = site[type];
    return Array.isArray(value) ? value : value ? [{ url: value }] : [];
  };
  const feed = (format: 'rss' | 'json') => localizedPath(locale, groupFeedPath(group.kind, group.key, format));
  return {
    ...alternates,
    types: {
      'application/rss+xml': [{ url: feed('rss'), title: t('feedTitle', { name: group.name }) }, ...listed('application/rss+xml')],
      'application/feed+json': [{ url: feed('json'), title: t('feedTitle', { name: group.name }) }, ...listed('application/feed+json')],
    },
  };
}

/** The body of a unit's or tag's page: heading, its feeds, one page of its releases, the page links. */
export async function ReleaseGroup({ group, locale }: { group: GroupPage; locale: Locale }) {
  const t = await getTranslations('Groups');
  const press = await getTranslations('Press');
  const title = await groupTitle(group.kind, group.name);
  const { page } = group;
  return (
    <div className="page-width">
      <h1>{title}</h1>
      <p className="press-summary">
        {page.totalPages > 1
          ? press('countOnPage', { count: page.totalItems, page: page.page, total: page.totalPages })
          : press('count', { count: page.totalItems })}
      </p>
      <ReleaseList releases={page.items} locale={locale} headingLevel={2} />
      <Pagination
        page={page.page}
        totalPages={page.totalPages}
        hrefFor={(target) => groupPath(group.kind, group.key, target)}
        label={t('pagination', { title })}
      />
      <h2>{t('feedsHeading')}</h2>
      <ul className="group-feeds">
        <li>
          <a href={localizedPath(locale, groupFeedPath(group.kind, group.key, 'rss'))} type="application/rss+xml">
            {t('rss', { name: group.name })}
          </a>
        </li>
        <li>
          <a href={localizedPath(locale, groupFeedPath(group.kind, group.key, 'json'))} type="application/feed+json">
            {t('jsonFeed', { name: group.name })}
          </a>
        </li>
      </ul>
    </div>
  );
}

/** The index of units or tags: each a link to its page, with how many releases it has. */
export async function ReleaseGroupIndex({ kind, entries }: { kind: GroupKind; entries: { key: string; name: string; count: number }[] }) {
  const t = await getTranslations('Groups');
  return (
    <div className="page-width">
      <h1>{kind === 'unit' ? t('unitsTitle') : t('tagsTitle')}</h1>
      <p>{kind === 'unit' ? t('unitsIntro') : t('tagsIntro')}</p>
      <ul className="group-index">
        {entries.map((entry) => (
          <li key={entry.key}>
            <Link href={groupPath(kind, entry.key)}>{t('entry', { name: entry.name, count: entry.count })}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
