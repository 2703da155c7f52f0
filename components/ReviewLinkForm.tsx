import { getTranslations } from 'next-intl/server';
import { type Release } from '@/content-layer/releases';
import { routing, type Locale } from '@/i18n/routing';
import { LIFETIME_CHOICES } from '@/review/create';
import { REVIEW_KEY_FILE } from '@/review/revision';
import { DEFAULT_LIFETIME, MAX_LABEL_LENGTH } from '@/review/token';

const HOUR = 3600;
const DAY = 24 * HOUR;

/**
 * In the staff overview, for one release: the form that creates a review link
 * (a plain POST, so it works without JavaScript), and how to end its links.
 */
export async function ReviewLinkForm({ release, locale }: { release: Release; locale: Locale }) {
  const t = await getTranslations('Review');
  const languages = await getTranslations('Languages');
  const id = (part: string) => `review-${release.slug}-${part}`;
  const versions = routing.locales.filter((each) => release.versions[each] !== undefined);
  return (
    <>
      <details>
        <summary>{t('create')}</summary>
        <form method="post" action="/api/review-links" className="review-form">
          <input type="hidden" name="slug" value={release.slug} />
          <input type="hidden" name="ui" value={locale} />
          <label htmlFor={id('lifetime')}>{t('lifetime')}</label>
          <select id={id('lifetime')} name="lifetime" defaultValue={String(DEFAULT_LIFETIME)}>
            {LIFETIME_CHOICES.map((seconds) => (
              <option key={seconds} value={seconds}>
                {seconds < DAY ? t('lifetimeHours', { count: seconds / HOUR }) : t('lifetimeDays', { count: seconds / DAY })}
              </option>
            ))}
          </select>
          <fieldset>
            <legend>{t('languages')}</legend>
            {versions.map((each) => (
              <label key={each} className="review-form__choice">
                <input type="checkbox" name="locale" value={each} defaultChecked /> {languages(each)}
              </label>
            ))}
          </fieldset>
          <label htmlFor={id('label')}>{t('label')}</label>
          <input
            type="text"
            id={id('label')}
            name="label"
            required
            maxLength={MAX_LABEL_LENGTH}
            aria-describedby={id('label-example')}
          />
          <span id={id('label-example')}>{t('labelExample')}</span>
          <button type="submit">{t('create')}</button>
        </form>
      </details>
      <p>
        {t('endRelease', { file: `press-releases/${release.slug}/${REVIEW_KEY_FILE}` })}{' '}
        <code>
          openssl rand -hex 16 &gt; $CONTENT_DIR/press-releases/{release.slug}/{REVIEW_KEY_FILE}
        </code>
      </p>
    </>
  );
}
