import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/PageShell';
import { ReleaseGroupIndex } from '@/components/ReleaseGroup';
import { unitsWithReleases } from '@/content-layer/release-groups';
import { getReleaseIndex } from '@/content-layer/releases';
import { getUnitTable } from '@/content-layer/units';
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
  return { title: t('unitsTitle'), alternates: await alternatesFor(locale, '/units', routing.locales) };
}

/** 發布單位 / Issuing units: every unit with standing releases in this language, in the table's order. */
export default async function UnitsPage() {
  const locale = await currentLocale();
  const other = otherLocale(locale);
  // The public releases for everyone, staff in preview too, as the proxy decided (content-layer/group-routes.ts).
  const entries = unitsWithReleases(getReleaseIndex(), getUnitTable(), locale).map(({ unit, count }) => ({
    key: unit.slug,
    name: unit.names[locale],
    count,
  }));
  return (
    <PageShell section={null} path="/units" languageSwitch={{ locale: other, href: localizedPath(other, '/units') }}>
      <ReleaseGroupIndex kind="unit" entries={entries} />
    </PageShell>
  );
}
