import type { ReleaseVersion } from '@/content-layer/releases';
import { LocalizedLink as Link } from './LocalizedLink';
import type { Locale } from '@/i18n/routing';
import { PublicationLabel } from './PublicationLabel';
import { ReleaseMeta } from './ReleaseMeta';
import { WithdrawnLabel } from './WithdrawnNotice';

/** Releases as a list of headed entries, for the home page and the press list. */
export function ReleaseList({
  releases,
  locale,
  headingLevel,
}: {
  releases: readonly ReleaseVersion[];
  locale: Locale;
  headingLevel: 2 | 3;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ol className="release-list">
      {releases.map((release) => (
        <li key={release.slug} className="release-list__item">
          <Heading className="release-list__title">
            <Link href={`/press/${release.slug}`}>{release.title}</Link>
          </Heading>
          <PublicationLabel release={release} />
          {release.withdrawn ? <WithdrawnLabel /> : null}
          <ReleaseMeta release={release} locale={locale} className="release-list__meta" />
          {release.summary ? <p className="release-list__summary">{release.summary}</p> : null}
        </li>
      ))}
    </ol>
  );
}
