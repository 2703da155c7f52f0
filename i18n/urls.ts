import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { languageTag } from './languages';
import { localizedPath } from './paths';
import { routing, type Locale } from './routing';

/**
 * The site's public origin, for every absolute URL (canonical, hreflang, feeds).
 * Set SITE_URL in production; the default serves a local checkout.
 */
export function siteUrl(): URL {
  return new URL(process.env.SITE_URL || 'http://localhost:3000');
}

export { localizedPath } from './paths';

/**
 * Canonical URL and hreflang alternates for a page that exists in `locales`.
 * `x-default` points to the Chinese version where there is one, the site's default.
 */
/** The path of a language's RSS feed: /feed.xml, /en/feed.xml. */
export function feedPath(locale: Locale): string {
  return localizedPath(locale, '/feed.xml');
}

/** The RSS feed of a language, advertised on every page of it. */
export async function feedAlternates(locale: Locale): Promise<NonNullable<Metadata['alternates']>> {
  const t = await getTranslations({ locale, namespace: 'Site' });
  return { types: { 'application/rss+xml': [{ url: feedPath(locale), title: t('description') }] } };
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
