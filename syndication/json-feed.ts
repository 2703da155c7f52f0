import { isoTaipei } from '@/content-layer/dates';
import { lastChanged, type ReleaseVersion } from '@/content-layer/releases';
import { languageTag } from '@/i18n/languages';
import { FEED_SIZE, feedItemText, type FeedChannel } from './rss';

/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of the newest releases:
 * the same items as the RSS feed beside it (same releases, titles and text),
 * for readers and tools that prefer JSON.
 */
export function buildJsonFeed(channel: FeedChannel & { jsonFeedUrl: string }, releases: readonly ReleaseVersion[]): string {
  const items = releases.slice(0, FEED_SIZE).map((release) => {
    const { title, description } = feedItemText(channel, release);
    const url = channel.releaseUrl(release.slug);
    return {
      id: url,
      url,
      title,
      content_text: description,
      ...(release.summary ? { summary: release.summary } : {}),
      date_published: isoTaipei(release.date.instant),
      ...(release.changes.length > 0 || release.updated ? { date_modified: isoTaipei(release.updated?.instant ?? lastChanged(release)) } : {}),
      authors: [{ name: release.unit }],
      ...(release.tags.length > 0 ? { tags: release.tags } : {}),
      language: languageTag[release.locale],
    };
  });
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.siteUrl,
    feed_url: channel.jsonFeedUrl,
    description: channel.description,
    language: languageTag[channel.locale],
    items,
  });
}
