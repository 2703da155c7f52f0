import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { languageTag } from './languages';
import { localizedPath, siteUrl } from './paths';
import { routing, type Locale } from './routing';

export { localizedPath, siteUrl };

/**
 * Canonical URL and hreflang alternates for a page that exists in `locales`.
 * `x-default` points to the Chinese version where there is one, the site's default.
 */
/** The path of a language's RSS feed: /feed.xml, /en/feed.xml. */
export function feedPath(locale: Locale): string {
  return localizedPath(locale, '/feed.xml');
}

/** The path of a language's JSON Feed, beside its RSS feed: /feed.json, /en/feed.json. */
export function jsonFeedPath(locale: Locale): string {
  return localizedPath(locale, '/feed.json');
}

/** The feeds of a language (RSS and JSON Feed), advertised on every page of it. */
export async function feedAlternates(locale: Locale): Promise<NonNullable<Metadata['alternates']>> {
  const t = await getTranslations({ locale, namespace: 'Site' });
  return {
    types: {
      'application/rss+xml': [{ url: feedPath(locale), title: t('description') }],
      'application/feed+json': [{ url: jsonFeedPath(locale), title: t('description') }],
    },
  };
}

export async function alternatesFor(
  locale: Locale,
  path: string,
  locales: readonly Locale[],
): Promise<Metadata['alternates']> {
  const languages: Record<string, string> = {};
  for (const each of routing.locales) {
    if (locales.includes(each)) languages[languageTag[each]] = localizedPath(each, path);
  }
  const fallback = locales.includes(routing.defaultLocale) ? routing.defaultLocale : locales[0] ?? locale;
  languages['x-default'] = localizedPath(fallback, path);
  return { canonical: localizedPath(locale, path), languages, ...(await feedAlternates(locale)) };
}
