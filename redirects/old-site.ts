import type { Locale } from '@/i18n/routing';
import { localizedPath } from '@/i18n/paths';

/**
 * The ministry's current site (moda.gov.tw), as far as this portal replaces it:
 * a release lives at `/press/press-releases/<number>.html` in Chinese and
 * `/en/press/press-releases/<number>.html` in English, and imported releases
 * keep that number as their slug.
 */
export function oldReleaseAddress(locale: Locale, number: string): string {
  return localizedPath(locale, `/press/press-releases/${number}.html`);
}

/** A release's address on the current site, from the `source` field the importer writes; its language from the path. */
export function oldAddressOfSource(source: string): { path: string; locale: Locale } | undefined {
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return undefined;
  }
  const match = /^(\/en)?\/press\/press-releases\/[^/]+\.html$/.exec(url.pathname);
  if (!match) return undefined;
  return { path: url.pathname, locale: match[1] ? 'en' : 'zh-TW' };
}

/**
 * The current site's pages other than releases that have a counterpart here,
 * in both languages, as its own navigation links them: home (`/index.html`),
 * 公告訊息 / News and Releases (`/press/370.html`), 新聞發布 / Press Releases,
 * the list (`/press/press-releases/372.html`), the site map
 * (`/sitemap/546.html`), and search, which its header's script sends to
 * `/home/search.html?q=…` on the static site and `/MODA/zh-tw/home/search?q=…`
 * (`/MODA/en/…`) on the live one. A new redirects file starts with these;
 * staff add other old pages by hand (docs/publishing.md).
 */
export const OLD_SITE_PAGES: Readonly<Record<string, string>> = Object.fromEntries(
  (['zh-TW', 'en'] as const).flatMap((locale) => [
    [localizedPath(locale, '/index.html'), localizedPath(locale, '/')],
    [localizedPath(locale, '/press/370.html'), localizedPath(locale, '/press')],
    [localizedPath(locale, '/press/press-releases/372.html'), localizedPath(locale, '/press')],
    [localizedPath(locale, '/sitemap/546.html'), localizedPath(locale, '/site-map')],
    [localizedPath(locale, '/home/search.html'), localizedPath(locale, '/search')],
    [`/MODA/${locale === 'en' ? 'en' : 'zh-tw'}/home/search`, localizedPath(locale, '/search')],
  ]),
);
