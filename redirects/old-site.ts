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
 * The current site's pages other than releases that have a counterpart here:
 * its press list, home and search, in both languages. A new redirects file
 * starts with these; staff add other old pages by hand (docs/publishing.md).
 */
export const OLD_SITE_PAGES: Readonly<Record<string, string>> = {
  '/index.html': '/',
  '/en/index.html': '/en',
  '/press/press-releases.html': '/press',
  '/en/press/press-releases.html': '/en/press',
  '/search.html': '/search',
  '/en/search.html': '/en/search',
};
