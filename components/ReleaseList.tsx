import { getTranslations } from 'next-intl/server';
import type { ReleaseVersion } from '@/content-layer/releases';
import { LocalizedLink as Link } from './LocalizedLink';
import type { Locale } from '@/i18n/routing';
import { PublicationLabel } from './PublicationLabel';
import { ReleaseDate } from './ReleaseDate';

/** Releases as a list of headed entries, for the home page and the press list. */
export async function ReleaseList({
  releases,
  locale,
  headingLevel,
}: {
  releases: readonly ReleaseVersion[];
  locale: Locale;
  headingLevel: 2 | 3;
}) {
  const t = await getTranslations('Release');
  const Heading = `h${headingLevel}` as const;
  return (
    <ol className="release-list">
      {releases.map((release) => (
        <li key={release.slug} className="release-list__item">
          <Heading className="release-list__title">
            <Link href={`/press/${release.slug}`}>{release.title}</Link>
          </Heading>
          <PublicationLabel release={release} />
          <p className="release-list__meta">
            <span className="visually-hidden">{t('published')} </span>
            <ReleaseDate date={release.date} locale={locale} />
            <span aria-hidden="true"> · </span>
            <span className="visually-hidden">{t('unit')} </span>
            {release.unit}
          </p>
          {release.summary ? <p className="release-list__summary">{release.summary}</p> : null}
        </li>
      ))}
    </ol>
  );
}
