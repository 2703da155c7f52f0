import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/PageShell';
import { ReleaseDate } from '@/components/ReleaseDate';
import { ReviewBanner } from '@/components/ReviewBanner';
import { languageTag, otherLocale } from '@/i18n/languages';
import { shownRelease } from '@/review/page-data';
import { showImagesThroughReviewLink } from '@/review/media';
import { reviewPath } from '@/review/paths';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { version } = await shownRelease(params);
  const t = await getTranslations('Review');
  return { title: t('sideBySideTitle', { title: version.title }), robots: { index: false, follow: false } };
}

/** Both language versions of a release next to each other, when the link opens both (the proxy sees to that). */
export default async function ReviewSideBySidePage({ params }: Props) {
  const { token, locale, claims, versions, version } = await shownRelease(params);
  showImagesThroughReviewLink(token);
  const t = await getTranslations('Review');
  const languages = await getTranslations('Languages');
  const other = otherLocale(locale);
  return (
    <PageShell
      section="press"
      path={`/press/${version.slug}`}
      languageSwitch={{ locale: other, href: reviewPath(other, token, 'side-by-side') }}
      banner={
        <ReviewBanner
          claims={claims}
          version={version}
          locale={locale}
          token={token}
          sideBySide={{ href: 'release', label: t('singleLink', { language: languages(locale) }) }}
        />
      }
    >
      <div className="page-width page-width--wide">
        <h1>{t('sideBySideTitle', { title: version.title })}</h1>
        <div className="review-columns">
          {versions.map((each) => (
            <article key={each.locale} lang={languageTag[each.locale]} className="release" aria-labelledby={`review-${each.locale}`}>
              <h2 id={`review-${each.locale}`} className="release__title">
                {each.title}
              </h2>
              <p>
                <ReleaseDate date={each.date} locale={each.locale} /> · {each.unit}
              </p>
              {/* Rendered and sanitized by the content layer, as on the release page. */}
              <div className="release__body" dangerouslySetInnerHTML={{ __html: each.html }} />
            </article>
          ))}
        </div>
      </div>
    </PageShell>
  );
}
