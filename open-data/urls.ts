import { localizedPath, siteUrl } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';

/** Absolute URLs from SITE_URL, like the pages' canonical ones. */
export const absoluteUrl = (path: string) => new URL(path, siteUrl()).href;
export const releaseUrl = (locale: Locale, slug: string) => absoluteUrl(localizedPath(locale, `/press/${slug}`));
export const releaseApiUrl = (slug: string) => absoluteUrl(`/api/v1/releases/${encodeURIComponent(slug)}`);
