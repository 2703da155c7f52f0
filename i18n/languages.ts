import type { Locale } from './routing';

/**
 * The BCP 47 tag a locale is announced with in `<html lang>`, `hreflang` and
 * `lang` attributes. Traditional Chinese is written out in full so that screen
 * readers and search engines never mistake it for Simplified Chinese.
 */
export const languageTag: Record<Locale, string> = {
  'zh-TW': 'zh-Hant-TW',
  en: 'en',
};

/** The other language of this bilingual site. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'zh-TW' : 'en';
}
