import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/content-layer/dates';
import { groupFeedPath, groupPath, type FeedFormat } from '@/content-layer/group-routes';
import { groupFeedReleases, type GroupKind } from '@/content-layer/release-groups';
import { getReleaseIndex } from '@/content-layer/releases';
import { getUnitTable } from '@/content-layer/units';
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

const feedHeaders: Record<FeedFormat, Record<string, string>> = {
  rss: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  json: { 'Content-Type': 'application/feed+json; charset=utf-8', 'Access-Control-Allow-Origin': '*' },
};

/**
 * The RSS feed or JSON Feed of one unit (by slug) or tag in one language: the
 * same items as its page, withdrawn ones marked as in the main feeds, titled
 * with the unit's or tag's name. A plain 404 for a group with no page (the
 * proxy answers those addresses with the localized 404 before this runs).
 */
export async function groupFeedResponse(locale: Locale, kind: GroupKind, key: string, format: FeedFormat): Promise<Response> {
  const group = groupFeedReleases(getReleaseIndex(), getUnitTable(), locale, kind, key);
  if (!group) return new Response('Not found\n', { status: 404, headers: { 'Cache-Control': 'private, no-store' } });
  const t = await getTranslations({ locale, namespace: 'Groups' });
  const absolute = (path: string) => new URL(localizedPath(locale, path), siteUrl()).href;
  const title = t('feedTitle', { name: group.name });
  const channel = {
    ...(await channelOf(locale)),
    title,
    description: title,
    siteUrl: absolute(groupPath(kind, key)),
    feedUrl: absolute(groupFeedPath(kind, key, 'rss')),
    jsonFeedUrl: absolute(groupFeedPath(kind, key, 'json')),
  };
  const body = format === 'rss' ? buildRssFeed(channel, group.releases) : buildJsonFeed(channel, group.releases);
  return new Response(body, { headers: feedHeaders[format] });
}
