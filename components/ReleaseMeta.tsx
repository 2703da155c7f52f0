import { getTranslations } from 'next-intl/server';
import type { ReleaseVersion } from '@/content-layer/releases';
import type { Locale } from '@/i18n/routing';
import { ReleaseDate } from './ReleaseDate';

/** A release's date and issuing unit on one line, each named for screen readers: in lists and on the home page. */
export async function ReleaseMeta({ release, locale, className }: { release: ReleaseVersion; locale: Locale; className: string }) {
  const t = await getTranslations('Release');
  return (
    <p className={className}>
      <span className="visually-hidden">{t('published')} </span>
      <ReleaseDate date={release.date} locale={locale} />
      <span aria-hidden="true"> · </span>
      <span className="visually-hidden">{t('unit')} </span>
      {release.unit}
    </p>
  );
}
