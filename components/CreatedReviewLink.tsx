import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { siteUrl } from '@/i18n/urls';
import { reviewKey } from '@/review/key';
import { reviewPath } from '@/review/paths';
import { taipeiTime } from '@/review/time';
import { verifyReviewToken } from '@/review/token';
import { CopyLinkButton } from './CopyLinkButton';

/**
 * The link staff just created, on the overview they return to: its URL on the
 * public host to copy, for whom, what it opens and until when. Shown only for
 * a token this portal signed and still valid; anything else in the query is ignored.
 */
export async function CreatedReviewLink({ token, locale }: { token: string | undefined; locale: Locale }) {
  const key = reviewKey();
  if (!token || !key) return null;
  const verified = await verifyReviewToken(token, key);
  if (verified.kind !== 'valid') return null;
  const { claims } = verified;
  const t = await getTranslations('Review');
  const languages = await getTranslations('Languages');
  const url = new URL(reviewPath(claims.locales[0]!, token), siteUrl()).href;
  return (
    <section className="review-created" aria-labelledby="review-link-created">
      <h2 id="review-link-created" tabIndex={-1}>
        {t('createdHeading')}
      </h2>
      <p>
        {t('createdText', {
          label: claims.label,
          slug: claims.slug,
          languages: claims.locales.map((each) => languages(each)).join(locale === 'en' ? ', ' : '、'),
          time: await taipeiTime(claims.expiresAt, locale),
        })}
      </p>
      <p>
        <label htmlFor="review-link-url">{t('createdUrl')}</label>
        <input id="review-link-url" type="text" readOnly value={url} />
      </p>
      <p>
        <CopyLinkButton url={url} label={t('copy')} copiedLabel={t('copied')} />
      </p>
    </section>
  );
}
