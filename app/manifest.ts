import type { MetadataRoute } from 'next';
import { getTranslations } from 'next-intl/server';
import { PAGE_BACKGROUND } from '@/components/theme-colors';
import { languageTag } from '@/i18n/languages';
import { routing } from '@/i18n/routing';

/**
 * /manifest.webmanifest: one manifest for both languages, so its names are
 * bilingual, Chinese (the site's default language) first. It starts at the
 * Chinese home page, from which the language switch leads to English.
 */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const [zh, en] = await Promise.all(
    routing.locales.map((locale) => getTranslations({ locale, namespace: 'Site' })),
  );
  const both = (key: 'ministry' | 'shortName' | 'description') => `${zh!(key)} ${en!(key)}`;
  return {
    id: '/',
    name: both('ministry'),
    short_name: both('shortName'),
    description: both('description'),
    lang: languageTag[routing.defaultLocale],
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: PAGE_BACKGROUND.light,
    theme_color: PAGE_BACKGROUND.light,
    icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
}
