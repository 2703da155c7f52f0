/**
 * A release as the open data publishes it: the one public record that the API,
 * the datasets and the JSON Feed are all made from, so that they can never
 * disagree. Built only from versions the index gives the public (never a
 * draft, a scheduled release before its time, or a removed one).
 */
import { shareableImage } from '@/content-layer/images';
import type { ReleaseVersion } from '@/content-layer/load';
import { htmlToText } from '@/content-layer/plain-text';
import { lastChanged } from '@/content-layer/releases';
import type { Locale } from '@/i18n/routing';
import { isoTaipei } from './dates';
import { absoluteUrl, releaseApiUrl, releaseUrl } from './urls';

export type ReleaseStatus = 'published' | 'withdrawn';

/** What a list, a dataset row and a feed item say of a release in one language. */
export interface ReleaseSummary {
  slug: string;
  lang: Locale;
  title: string;
  status: ReleaseStatus;
  published: string;
  /** The newest correction's date, or the file's `updated`; null when never updated. */
  updated: string | null;
  unit: string;
  tags: string[];
  summary: string | null;
  url: string;
  api_url: string;
}

export interface ReleaseImageRecord {
  url: string;
  alt: string;
  caption: string | null;
  width: number | null;
  height: number | null;
}

/** One language of a release, whole. */
export interface ReleaseVersionRecord extends ReleaseSummary {
  changes: { date: string; note: string }[];
  withdrawn: { date: string; reason: string } | null;
  /** The release's URL in each language it can be read in, this one included. */
  alternates: Partial<Record<Locale, string>>;
  body_html: string;
  body_text: string;
  images: ReleaseImageRecord[];
  attachments: { name: string; url: string; type: string | null; size: string | null }[];
  links: { name: string; url: string }[];
  videos: { title: string; url: string; thumbnail: string | null }[];
}

/** `/api/v1/releases/{slug}`: every public language of one release. */
export interface ReleaseRecord {
  slug: string;
  languages: Locale[];
  versions: Partial<Record<Locale, ReleaseVersionRecord>>;
}

export { absoluteUrl };

/**
 * When a version last changed in any way a reader of the data would see: its
 * publication, its newest correction or `updated` date, its withdrawal.
 */
export function lastModified(version: ReleaseVersion): Date {
  let time = Math.max(lastChanged(version).getTime(), version.updated?.instant.getTime() ?? 0);
  if (version.withdrawn) time = Math.max(time, version.withdrawn.date.instant.getTime());
  return new Date(time);
}

// A version never changes once loaded (a publish loads new ones), so its
// summary is made once and kept with it: a list page costs a lookup per item.
// Whole records are not kept: their text would be a second copy of the archive.
const summaries = new WeakMap<ReleaseVersion, ReleaseSummary>();

export function releaseSummary(version: ReleaseVersion): ReleaseSummary {
  let summary = summaries.get(version);
  if (!summary) {
    summary = {
      slug: version.slug,
      lang: version.locale,
      title: version.title,
      status: version.withdrawn ? 'withdrawn' : 'published',
      published: isoTaipei(version.date.instant),
      updated: version.updated ? isoTaipei(version.updated.instant) : null,
      unit: version.unit,
      tags: version.tags,
      summary: version.summary ?? null,
      url: releaseUrl(version.locale, version.slug),
      api_url: releaseApiUrl(version.slug),
    };
    summaries.set(version, summary);
  }
  return summary;
}

function imageRecord(slug: string, image: ReleaseVersion['images'][number]): ReleaseImageRecord {
  const shared = shareableImage(slug, image);
  return {
    url: absoluteUrl(shared.url),
    alt: image.alt,
    caption: image.caption ?? null,
    width: shared.width ?? null,
    height: shared.height ?? null,
  };
}

/**
 * One language of a release, whole. `alternates` are the languages it can be
 * read in now (a translation may be a draft or scheduled), so they are passed in.
 */
export function releaseVersionRecord(version: ReleaseVersion, locales: readonly Locale[]): ReleaseVersionRecord {
  const html = version.html;
  const alternates: Partial<Record<Locale, string>> = {};
  for (const locale of locales) alternates[locale] = releaseUrl(locale, version.slug);
  return {
    ...releaseSummary(version),
    alternates,
    changes: version.changes.map((change) => ({ date: isoTaipei(change.date.instant), note: change.note })),
    withdrawn: version.withdrawn ? { date: isoTaipei(version.withdrawn.date.instant), reason: version.withdrawn.reason } : null,
    body_html: html,
    body_text: htmlToText(html),
    images: version.images.map((image) => imageRecord(version.slug, image)),
    attachments: version.attachments.map((file) => ({ name: file.name, url: file.url, type: file.type ?? null, size: file.size ?? null })),
    links: version.links.map((link) => ({ name: link.name, url: link.url })),
    videos: version.videos.map((video) => ({ title: video.title, url: video.url, thumbnail: video.thumbnail ?? null })),
  };
}
