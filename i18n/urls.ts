import type { Metadata } from 'next';
import { getPathname } from './navigation';
import { languageTag } from './languages';
import { routing, type Locale } from './routing';

/**
 * The site's public origin, for every absolute URL (canonical, hreflang, feeds).
 * Set SITE_URL in production; the default serves a local checkout.
 */
export function siteUrl(): URL {
  return new URL(process.env.SITE_URL || 'http://localhost:3000');
}

/** The path of a page in a locale: `/press` in Chinese, `/en/press` in English. */
export function localizedPath(locale: Locale, path: string): string {
  return getPathname({ locale, href: path });
}

/**
 * Canonical URL and hreflang alternates for a page that exists in `locales`.
 * `x-default` points to the Chinese version where there is one, the site's default.
 */
export function alternatesFor(locale: Locale, path: string, locales: readonly Locale[]): Metadata['alternates'] {
  const languages: Record<string, string> = {};
  for (const each of routing.locales) {
    if (locales.includes(each)) languages[languageTag[each]] = localizedPath(each, path);
  }
  const fallback = locales.includes(routing.defaultLocale) ? routing.defaultLocale : locales[0] ?? locale;
  languages['x-default'] = localizedPath(fallback, path);
  return { canonical: localizedPath(locale, path), languages };
}
