import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/content-layer/dates';
import { getReleaseIndex } from '@/content-layer/releases';
import type { Locale } from '@/i18n/routing';
import { feedPath, localizedPath, siteUrl } from '@/i18n/urls';
import { buildRssFeed } from './rss';

/** The RSS feed of one language as an HTTP response. */
export async function feedResponse(locale: Locale): Promise<Response> {
  const t = await getTranslations({ locale, namespace: 'Site' });
  const record = await getTranslations({ locale, namespace: 'Record' });
  const absolute = (path: string) => new URL(path, siteUrl()).href;
  const xml = buildRssFeed(
    {
      locale,
      title: t('description'),
      description: t('description'),
      siteUrl: absolute(localizedPath(locale, '/')),
      feedUrl: absolute(feedPath(locale)),
      releaseUrl: (slug) => absolute(localizedPath(locale, `/press/${slug}`)),
      withdrawn: {
        title: (release) => record('feedWithdrawn', { title: release.title }),
        note: (release) =>
          record('feedWithdrawnNote', { date: formatDate(release.withdrawn!.date.instant, locale), reason: release.withdrawn!.reason }),
      },
    },
    getReleaseIndex().list(locale),
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
