import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/PageShell';
import { PublicationLabel } from '@/components/PublicationLabel';
import { ReleaseMeta } from '@/components/ReleaseMeta';
import { ReleaseImage } from '@/components/ReleaseImages';
import { ReleaseList } from '@/components/ReleaseList';
import { TagLinks } from '@/components/TagLinks';
import { releaseDescription } from '@/content-layer/description';
import { facetsOf, filterQuery } from '@/content-layer/filters';
import { releaseIndexForRequest } from '@/content-layer/request';
import { currentLocale } from '@/i18n/current-locale';
import { otherLocale } from '@/i18n/languages';
import { LocalizedLink as Link } from '@/components/LocalizedLink';
import { routing } from '@/i18n/routing';
import { alternatesFor, localizedPath } from '@/i18n/urls';

// Only the site's locales exist: any other first segment (e.g. /api, /x.txt) is
// no route, and gets the bilingual global 404. (Set per page, not on the layout,
// where it would also stop release pages from rendering once a scheduled one is due.)
export const dynamicParams = false;

/** Releases listed under the featured one. */
const LATEST_COUNT = 5;
/** The most used topic tags shown; the press list's filter offers them all. */
const TAG_COUNT = 12;

// Regenerated at most every minute, so a scheduled release appears without a rebuild.
export const revalidate = 60;

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { alternates: await alternatesFor(locale, '/', routing.locales) };
}

/**
 * The news first: the newest release featured (title, date, unit, lead image, summary),
 * the next ones as a list, then ways into the archive: topic tags and years,
 * each a link to the filtered press list. Server-rendered, plain links.
 */
export default async function HomePage() {
  const locale = await currentLocale();
  const t = await getTranslations();
  // Withdrawn releases stay at their addresses, not among the news.
  const releases = (await releaseIndexForRequest()).current(locale);
  const [featured, ...rest] = releases;
  const latest = rest.slice(0, LATEST_COUNT);
  const facets = facetsOf(releases);
  const tags = facets.tags.slice(0, TAG_COUNT);
  const other = otherLocale(locale);
  return (
    <PageShell section="home" path="/" languageSwitch={{ locale: other, href: localizedPath(other, '/') }}>
      <div className="page-width home">
        <h1 className="home__title">{t('Site.description')}</h1>
        {featured ? (
          <section className="featured" aria-labelledby="featured-heading">
            <h2 id="featured-heading" className="eyebrow">
              {t('Home.featured')}
            </h2>
            <article className="featured__release">
              <PublicationLabel release={featured} />
              <h3 className="featured__title">
                <Link href={`/press/${featured.slug}`}>{featured.title}</Link>
              </h3>
              <ReleaseMeta release={featured} locale={locale} className="featured__meta" />
              {featured.images[0] ? (
                <div className="featured__image">
                  <ReleaseImage image={featured.images[0]} slug={featured.slug} sizes="lead" priority />
                </div>
              ) : null}
              <p className="featured__summary">{releaseDescription(featured)}</p>
            </article>
          </section>
        ) : null}
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading">{t('Home.latest')}</h2>
          {latest.length > 0 ? (
            <ReleaseList releases={latest} locale={locale} headingLevel={3} />
          ) : featured ? null : (
            <p>{t('Press.empty')}</p>
          )}
          <p className="home__all">
            <Link href="/press">{t('Home.all')}</Link>
          </p>
        </section>
        {tags.length > 0 ? (
          <section aria-labelledby="topics-heading">
            <h2 id="topics-heading">{t('Home.topics')}</h2>
            <TagLinks tags={tags.map(({ tag }) => tag)} />
          </section>
        ) : null}
        {facets.years.length > 0 ? (
          <section aria-labelledby="archive-heading">
            <h2 id="archive-heading">{t('Home.archive')}</h2>
            <ul className="year-list">
              {facets.years.map((year) => (
                <li key={year}>
                  <Link href={`/press${filterQuery({ year })}`}>{t('Press.yearFilter', { year })}</Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </PageShell>
  );
}
