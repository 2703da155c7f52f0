import { getTranslations } from 'next-intl/server';
import type { ReleaseVersion } from '@/content-layer/releases';
import { changePath } from '@/history/change-path';
import { LocalizedLink as Link } from './LocalizedLink';
import { ReleaseDate } from './ReleaseDate';

/** Where the release's "Updated" date links to. */
export const UPDATES_ID = 'updates';

/**
 * "Updates to this page", as GOV.UK has it: every correction with its date and
 * note, newest first, then the first publication. A correction whose earlier
 * version is known links to the comparison of the two. Plain HTML: readable
 * without JavaScript, and printed with the page.
 */
export async function ReleaseUpdates({ release, comparable }: { release: ReleaseVersion; comparable: ReadonlySet<number> }) {
  if (release.changes.length === 0) return null;
  const t = await getTranslations('Record');
  const numbered = release.changes.map((change, index) => ({ change, number: index + 1 })).reverse();
  return (
    <section id={UPDATES_ID} className="release__section release-updates" aria-labelledby="updates-heading">
      <h2 id="updates-heading">{t('updatesHeading')}</h2>
      <ol className="release-updates__list">
        {numbered.map(({ change, number }) => (
          <li key={number}>
            <ReleaseDate date={change.date} locale={release.locale} />
            <p className="release-updates__note">{change.note}</p>
            {comparable.has(number) ? (
              <p className="release-updates__compare">
                <Link href={changePath(release.slug, number)}>
                  {t('whatChanged')}
                  <span className="visually-hidden">
                    {' '}
                    (<ReleaseDate date={change.date} locale={release.locale} />)
                  </span>
                </Link>
              </p>
            ) : null}
          </li>
        ))}
        <li>
          <ReleaseDate date={release.date} locale={release.locale} />
          <p className="release-updates__note">{t('firstPublished')}</p>
        </li>
      </ol>
    </section>
  );
}
