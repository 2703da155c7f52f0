import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { LocalizedLink as Link } from '@/components/LocalizedLink';
import { PageShell } from '@/components/PageShell';
import { CreatedReviewLink } from '@/components/CreatedReviewLink';
import { ReviewLinkForm } from '@/components/ReviewLinkForm';
import { ReleaseDate } from '@/components/ReleaseDate';
import { formatProblem } from '@/content-layer/problems';
import { loadStaffIndex, publicationState, type ReleaseVersion } from '@/content-layer/releases';
import { isPreviewing } from '@/content-layer/request';
import { currentLocale } from '@/i18n/current-locale';
import { languageTag, otherLocale } from '@/i18n/languages';
import { routing } from '@/i18n/routing';
import { feedAlternates, localizedPath } from '@/i18n/urls';
import { CREATED_LINK_PARAM } from '@/review/paths';

// Staff only, and always read afresh from the content folder.
export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Preview');
  return { title: t('overviewTitle'), robots: { index: false, follow: false }, alternates: await feedAlternates(await currentLocale()) };
}

/** Every draft and scheduled release, with the state of each language version. */
export default async function PreviewOverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (!(await isPreviewing())) notFound();
  const locale = await currentLocale();
  const t = await getTranslations('Preview');
  const review = await getTranslations('Review');
  const created = (await searchParams)[CREATED_LINK_PARAM];
  const languages = await getTranslations('Languages');
  const { index, problems } = loadStaffIndex();
  const now = new Date();
  const releases = index.unpublished(now);
  const undescribed = index.undescribedImages();
  const behind = index.translationsBehind();
  const record = await getTranslations('Record');
  const other = otherLocale(locale);

  const stateLabel = { draft: t('draft'), scheduled: t('scheduledState'), public: t('public') };
  const versionCell = (version: ReleaseVersion | undefined) => {
    if (!version) return <span className="flag">{t('missing')}</span>;
    const state = publicationState(version, now);
    const tag = languageTag[version.locale];
    return (
      <>
        {/* A plain link: another language is a full page load, like the language switch. */}
        <a href={localizedPath(version.locale, `/press/${version.slug}`)} hrefLang={tag} lang={tag}>
          {version.title}
        </a>
        <br />
        <strong className={`publication-label publication-label--${state}`}>{stateLabel[state]}</strong>{' '}
        {version.withdrawn ? (
          <>
            <strong className="publication-label publication-label--withdrawn">{record('withdrawnLabel')}</strong>{' '}
          </>
        ) : null}
        <ReleaseDate date={version.date} locale={locale} />
      </>
    );
  };

  return (
    <PageShell section={null} path="/" languageSwitch={{ locale: other, href: localizedPath(other, '/preview') }}>
      <div className="page-width page-width--wide">
        <h1>{t('overviewTitle')}</h1>
        <p>{t('overviewIntro')}</p>
        <CreatedReviewLink token={typeof created === 'string' ? created : undefined} locale={locale} />
        {releases.length === 0 ? (
          <p>{t('noUnpublished')}</p>
        ) : (
          <table className="staff-table">
            <caption>{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columnRelease')}</th>
                {routing.locales.map((each) => (
                  <th scope="col" key={each}>
                    {t('columnLocale', { language: languages(each) })}
                  </th>
                ))}
                <th scope="col">{review('columnReview')}</th>
              </tr>
            </thead>
            <tbody>
              {releases.map((release) => (
                <tr key={release.slug}>
                  <th scope="row">
                    <code>{release.slug}</code>
                    <br />
                    <Link href={`/preview/${release.slug}`}>{t('sideBySide')}</Link>
                  </th>
                  {routing.locales.map((each) => (
                    <td key={each}>{versionCell(release.versions[each])}</td>
                  ))}
                  <td>
                    <ReviewLinkForm release={release} locale={locale} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <section aria-labelledby="ending-review-links">
          <h2 id="ending-review-links">{review('endHeading')}</h2>
          <p>{review('endAll')}</p>
        </section>
        <section aria-labelledby="undescribed-images">
          <h2 id="undescribed-images">{t('undescribedHeading')}</h2>
          {undescribed.length === 0 ? (
            <p>{t('noUndescribed')}</p>
          ) : (
            <>
              <p>{t('undescribedIntro')}</p>
              <table className="staff-table">
                <caption>{t('undescribedCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('columnRelease')}</th>
                    {routing.locales.map((each) => (
                      <th scope="col" key={each}>
                        {languages(each)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {undescribed.map(({ slug, counts }) => (
                    <tr key={slug}>
                      <th scope="row">
                        <Link href={`/preview/${slug}`}>
                          <code>{slug}</code>
                        </Link>
                      </th>
                      {routing.locales.map((each) => {
                        const count = counts[each];
                        return <td key={each}>{count ? t('undescribedCount', count) : '0'}</td>;
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </section>
        <section aria-labelledby="translations-behind">
          <h2 id="translations-behind">{record('behindHeading')}</h2>
          {behind.length === 0 ? (
            <p>{record('noneBehind')}</p>
          ) : (
            <>
              <p>{record('behindIntro')}</p>
              <table className="staff-table">
                <caption>{record('behindCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('columnRelease')}</th>
                    <th scope="col">{record('behindColumnAhead')}</th>
                    <th scope="col">{record('behindColumnBehind')}</th>
                  </tr>
                </thead>
                <tbody>
                  {behind.map(({ slug, ahead, behind: lagging }) => (
                    <tr key={`${slug}-${lagging.locale}`}>
                      <th scope="row">
                        <Link href={`/preview/${slug}`}>
                          <code>{slug}</code>
                        </Link>
                      </th>
                      <td>
                        {languages(ahead.locale)}: <ReleaseDate date={ahead.changes.at(-1)!.date} locale={locale} />
                        <br />
                        <span lang={languageTag[ahead.locale]}>{ahead.changes.at(-1)!.note}</span>
                      </td>
                      <td>{versionCell(lagging)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
        </section>
        {problems.length > 0 ? (
          <section aria-labelledby="content-problems">
            <h2 id="content-problems">{t('problemsHeading')}</h2>
            <p>{t('problemsIntro')}</p>
            <ul>
              {problems.map((problem) => (
                <li key={formatProblem(problem)}>
                  <code>{formatProblem(problem)}</code>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </PageShell>
  );
}
