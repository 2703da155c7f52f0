import { routing, type Locale } from './routing';

/**
 * The path of a page in a locale: `/press` in Chinese, `/en/press` in English
 * (`localePrefix: 'as-needed'`). Written here rather than taken from
 * next-intl's createNavigation, whose module brings its client-side `Link`
 * (13 kB of gzip) into every page's scripts; in a module of its own, without
 * next-intl's server imports, so that the proxy can use it too.
 */
export function localizedPath(locale: Locale, path: string): string {
  if (locale === routing.defaultLocale) return path;
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}

/**
 * The site's public origin, for every absolute URL (canonical, hreflang, feeds,
 * open data). Set SITE_URL in production; the default serves a local checkout.
 * Here rather than in urls.ts so that the proxy's imports stay free of next-intl's server code.
 */
export function siteUrl(): URL {
  return new URL(process.env.SITE_URL || 'http://localhost:3000');
}
