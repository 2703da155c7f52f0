import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/content-layer/dates';
import { getReleaseIndex } from '@/content-layer/releases';
import type { Locale } from '@/i18n/routing';
import { feedPath, jsonFeedPath, localizedPath, siteUrl } from '@/i18n/urls';
import { buildJsonFeed } from './json-feed';
import { buildRssFeed, type FeedChannel } from './rss';

/** What a language's feeds say of themselves and of each release. */
async function channelOf(locale: Locale): Promise<FeedChannel & { jsonFeedUrl: string }> {
  const t = await getTranslations({ locale, namespace: 'Site' });
  const record = await getTranslations({ locale, namespace: 'Record' });
  const absolute = (path: string) => new URL(path, siteUrl()).href;
  return {
    locale,
    title: t('description'),
    description: t('description'),
    siteUrl: absolute(localizedPath(locale, '/')),
    feedUrl: absolute(feedPath(locale)),
    jsonFeedUrl: absolute(jsonFeedPath(locale)),
    releaseUrl: (slug) => absolute(localizedPath(locale, `/press/${slug}`)),
    withdrawn: {
      title: (release) => record('feedWithdrawn', { title: release.title }),
      note: (release) =>
        record('feedWithdrawnNote', { date: formatDate(release.withdrawn!.date.instant, locale), reason: release.withdrawn!.reason }),
    },
  };
}

/** The RSS feed of one language as an HTTP response. */
export async function feedResponse(locale: Locale): Promise<Response> {
  const xml = buildRssFeed(await channelOf(locale), getReleaseIndex().list(locale));
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}

/** The JSON Feed of one language, the same items as its RSS feed. */
export async function jsonFeedResponse(locale: Locale): Promise<Response> {
  const json = buildJsonFeed(await channelOf(locale), getReleaseIndex().list(locale));
  return new Response(json, { headers: { 'Content-Type': 'application/feed+json; charset=utf-8', 'Access-Control-Allow-Origin': '*' } });
}
