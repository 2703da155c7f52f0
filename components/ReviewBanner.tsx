import { getTranslations } from 'next-intl/server';
import { publicationState, type ReleaseVersion } from '@/content-layer/releases';
import type { Locale } from '@/i18n/routing';
import { reviewPath } from '@/review/paths';
import type { ReviewClaims } from '@/review/token';
import { taipeiTime } from '@/review/time';

/**
 * Above every page a review link shows: a landmark with a heading saying this
 * is a review copy, not public, for whom and until when, and, for a scheduled
 * release, its embargo. `sideBySide` links to the other view when the link opens both languages.
 */
export async function ReviewBanner({
  claims,
  version,
  locale,
  token,
  sideBySide,
}: {
  claims: ReviewClaims;
  version: ReleaseVersion;
  locale: Locale;
  token: string;
  sideBySide?: { href: 'side-by-side' | 'release'; label: string };
}) {
  const t = await getTranslations('Review');
  const state = publicationState(version, new Date());
  return (
    <section className="preview-banner review-banner" aria-labelledby="review-banner-heading">
      <div className="preview-banner__inner">
        <h2 id="review-banner-heading">{t('bannerHeading')}</h2>
        {state === 'scheduled' ? (
          <p className="review-banner__embargo">
            <strong>{t('embargo', { time: await taipeiTime(version.date.instant, locale) })}</strong>{' '}
            {t('embargoText')}
          </p>
        ) : null}
        {state === 'draft' ? <p>{t('draftNote')}</p> : null}
        <p>
          {t('bannerFor', { label: claims.label })}{' '}
          {t('bannerUntil', { time: await taipeiTime(claims.expiresAt, locale) })}
        </p>
        {sideBySide ? (
          <p>
            <a href={reviewPath(locale, token, sideBySide.href)}>{sideBySide.label}</a>
          </p>
        ) : null}
      </div>
    </section>
  );
}
