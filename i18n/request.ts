import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { locale as rootLocale } from 'next/root-params';
import { routing } from './routing';

export default getRequestConfig(async ({ locale: explicitLocale }) => {
  // The `[locale]` root param is known while prerendering, so pages stay static
  // without `setRequestLocale`. An explicit locale (getTranslations({locale}))
  // wins, for code that runs outside a page, such as route handlers.
  const requested = explicitLocale ?? (await rootLocale());
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    timeZone: 'Asia/Taipei',
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
