import { getTranslations } from 'next-intl/server';
import type { ReleaseVersion } from '@/content-layer/releases';
import { languageTag } from '@/i18n/languages';
import { localizedPath } from '@/i18n/urls';
import { ReleaseDate } from './ReleaseDate';

/**
 * On a version whose other language has a newer correction: says so in this
 * page's language, with that correction's date and note (in its own language)
 * and a link to it, so that a reader knows this translation may lack it.
 */
export async function TranslationNotice({ newer, own }: { newer: ReleaseVersion; own: ReleaseVersion }) {
  const t = await getTranslations('Record');
  const languages = await getTranslations('Languages');
  const change = newer.changes.at(-1)!;
  const tag = languageTag[newer.locale];
  return (
    <section className="record-notice record-notice--translation" aria-labelledby="translation-heading">
      <h2 id="translation-heading">{t('translationHeading', { language: languages(newer.locale) })}</h2>
      <p>
        {t.rich('translationBehind', {
          language: languages(newer.locale),
          date: () => <ReleaseDate date={change.date} locale={own.locale} />,
        })}
      </p>
      <p>
        <strong>{t('translationNote')}</strong>
        <span lang={tag}>{change.note}</span>
      </p>
      <p>
        {/* A plain link: another language is a full page load, like the language switch. */}
        <a href={localizedPath(newer.locale, `/press/${newer.slug}`)} hrefLang={tag}>
          {t('translationLink', { language: languages(newer.locale) })}
        </a>
      </p>
    </section>
  );
}
