import { getTranslations } from 'next-intl/server';
import { languageTag } from '@/i18n/languages';
import type { Locale } from '@/i18n/routing';

export interface LanguageSwitchTarget {
  locale: Locale;
  /** The same page in the other language, or its press list when there is no translation. */
  href: string;
  /** True when the page has no translation and the switch leads to the list instead. */
  untranslated?: boolean;
}

/**
 * A plain link, not a client-side navigation: switching language loads a full
 * page, so `<html lang>` and the theme are right from the first paint.
 */
export async function LanguageSwitch({ target }: { target: LanguageSwitchTarget }) {
  const t = await getTranslations('LanguageSwitch');
  const tag = languageTag[target.locale];
  return (
    <p className="language-switch">
      <a
        href={target.href}
        hrefLang={tag}
        lang={tag}
        aria-describedby={target.untranslated ? 'language-switch-note' : undefined}
      >
        {t('label')}
      </a>
      {target.untranslated ? (
        <span id="language-switch-note" className="language-switch-note">
          {t('untranslated')}
        </span>
      ) : null}
    </p>
  );
}
