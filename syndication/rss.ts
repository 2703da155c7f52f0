import { releaseDescription } from '@/content-layer/description';
import type { ReleaseVersion } from '@/content-layer/releases';
import { languageTag } from '@/i18n/languages';
import type { Locale } from '@/i18n/routing';
import { escapeXml } from './xml';

export const FEED_SIZE = 20;

export interface FeedChannel {
  locale: Locale;
  title: string;
  description: string;
  /** Absolute URL of the site in this language. */
  siteUrl: string;
  /** Absolute URL of this feed. */
  feedUrl: string;
  /** Absolute URL of a release, from its slug. */
  releaseUrl: (slug: string) => string;
  /** How a withdrawn release's item says so, in the feed's language: its title, and a first line with the date and reason. */
  withdrawn: { title: (release: ReleaseVersion) => string; note: (release: ReleaseVersion) => string };
}

/** An item's title and text, the same in every feed: a withdrawn release says so in both. */
export function feedItemText(channel: FeedChannel, release: ReleaseVersion): { title: string; description: string } {
  const text = releaseDescription(release);
  return {
    title: release.withdrawn ? channel.withdrawn.title(release) : release.title,
    description: release.withdrawn ? `${channel.withdrawn.note(release)}\n\n${text}` : text,
  };
}

/** RSS 2.0 of the newest releases (already filtered to what is public, newest first). */
export function buildRssFeed(channel: FeedChannel, releases: readonly ReleaseVersion[], now = new Date()): string {
  const items = releases.slice(0, FEED_SIZE).map((release) => {
    const url = channel.releaseUrl(release.slug);
    const { title, description } = feedItemText(channel, release);
    return [
      '    <item>',
      `      <title>${escapeXml(title)}</title>`,
      `      <link>${escapeXml(url)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(url)}</guid>`,
      `      <pubDate>${release.date.instant.toUTCString()}</pubDate>`,
      `      <description>${escapeXml(description)}</description>`,
      `      <dc:creator>${escapeXml(release.unit)}</dc:creator>`,
      ...release.tags.map((tag) => `      <category>${escapeXml(tag)}</category>`),
      '    </item>',
    ].join('\n');
  });
  const lastBuild = releases[0]?.date.instant ?? now;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '  <channel>',
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(channel.siteUrl)}</link>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    `    <language>${languageTag[channel.locale]}</language>`,
    `    <lastBuildDate>${lastBuild.toUTCString()}</lastBuildDate>`,
    `    <atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
