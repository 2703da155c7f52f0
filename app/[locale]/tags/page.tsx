import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/PageShell';
import { ReleaseGroupIndex } from '@/components/ReleaseGroup';
import { tagsWithReleases } from '@/content-layer/release-groups';
import { getReleaseIndex } from '@/content-layer/releases';
import { currentLocale } from '@/i18n/current-locale';
import { otherLocale } from '@/i18n/languages';
import { routing } from '@/i18n/routing';
import { alternatesFor, localizedPath } from '@/i18n/urls';

// Counts change when a scheduled release comes due: regenerated at most every minute, like the press list.
export const revalidate = 60;
export const dynamicParams = false;

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  const t = await getTranslations('Groups');
  return { title: t('tagsTitle'), alternates: await alternatesFor(locale, '/tags', routing.locales) };
}

/** 標籤 / Tags: every tag of standing releases in this language, most used first. */
export default async function TagsPage() {
  const locale = await currentLocale();
  const other = otherLocale(locale);
  const entries = tagsWithReleases(getReleaseIndex(), locale).map(({ tag, count }) => ({ key: tag, name: tag, count }));
  return (
    <PageShell section={null} path="/tags" languageSwitch={{ locale: other, href: localizedPath(other, '/tags') }}>
      <ReleaseGroupIndex kind="tag" entries={entries} />
    </PageShell>
  );
}
