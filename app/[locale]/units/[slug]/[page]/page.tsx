import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/PageShell';
import { groupAlternates, groupTitle, ReleaseGroup } from '@/components/ReleaseGroup';
import { groupKey, groupPath, groupIndexPath } from '@/content-layer/group-routes';
import { resolveGroupPage } from '@/content-layer/release-groups';
import { getReleaseIndex } from '@/content-layer/releases';
import { getUnitTable } from '@/content-layer/units';
import { currentLocale } from '@/i18n/current-locale';
import { otherLocale } from '@/i18n/languages';
import type { Locale } from '@/i18n/routing';
import { localizedPath } from '@/i18n/urls';

// Readers ask for /units/<slug>?page=N; the proxy checks it exists and rewrites it to
// /<locale>/units/<slug>/<N>, so each page is rendered once, kept in Next's cache and
// regenerated at most every minute, like the press list: a scheduled release is on it
// within a minute of its time, without a rebuild.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; page: string }> };

/**
 * The page the proxy let through. Always the public releases, staff in preview
 * too (the proxy decided with them). notFound() is only a guard: the proxy
 * answers every address that names nothing with the 404 before rendering.
 */
async function requested(locale: Locale, params: Props['params']) {
  const { slug, page } = await params;
  const key = groupKey(slug);
  const group = key === null ? null : resolveGroupPage(getReleaseIndex(), getUnitTable(), locale, 'unit', key, page);
  if (!group) notFound();
  return group;
}

/** The same unit's page in the other language: the same page number where it has one, else its first page, else the index. */
function otherLanguagePath(other: Locale, key: string, page: number): { path: string; same: boolean } {
  const index = getReleaseIndex();
  const table = getUnitTable();
  if (resolveGroupPage(index, table, other, 'unit', key, String(page))) return { path: groupPath('unit', key, page), same: true };
  if (resolveGroupPage(index, table, other, 'unit', key, undefined)) return { path: groupPath('unit', key), same: false };
  return { path: groupIndexPath('unit'), same: false };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await currentLocale();
  const group = await requested(locale, params);
  const title = await groupTitle(group.kind, group.name);
  const other = otherLocale(locale);
  const { same } = otherLanguagePath(other, group.key, group.page.page);
  return {
    title: group.page.page > 1 ? (await getTranslations('Press'))('titleWithPage', { title, page: group.page.page }) : title,
    alternates: await groupAlternates(locale, group, same ? [locale, other] : [locale]),
  };
}

export default async function UnitPage({ params }: Props) {
  const locale = await currentLocale();
  const group = await requested(locale, params);
  const other = otherLocale(locale);
  return (
    <PageShell
      section="press"
      path={groupPath(group.kind, group.key, group.page.page)}
      languageSwitch={{ locale: other, href: localizedPath(other, otherLanguagePath(other, group.key, group.page.page).path) }}
    >
      <ReleaseGroup group={group} locale={locale} />
    </PageShell>
  );
}
