/**
 * The datasets for data.gov.tw: each language's whole public archive (withdrawn
 * releases included, marked) as CSV, JSON and XML, at stable URLs
 * (`/open-data/press-releases.<lang>.<format>`). Made at request time from the
 * index, so a scheduled release is in them from its time on and a removed one
 * never, like every other surface; streamed a few records at a time, with the
 * text the search index already holds, so that a request never holds a second
 * copy of the archive's text.
 */
import { getReleaseIndex, type ReleaseVersion } from '@/content-layer/releases';
import { bodyText } from '@/content-layer/body-text';
import { routing, type Locale } from '@/i18n/routing';
import { getSearchIndex, type SearchIndex } from '@/search/search';
import { isoTaipei } from './dates';
import { datasetRecord } from './dataset-record';
import { DATASET_CONTENT_TYPES, datasetWriter, type DatasetFormat } from './dataset-writers';
import { maxAgeUntil } from './http';
import { newestChange } from './release-selection';
import { streamedResponse } from './streamed-response';
import { absoluteUrl } from './urls';

export const DATASET_FORMATS: readonly DatasetFormat[] = ['csv', 'json', 'xml'];
export const LICENCE_URL = 'https://data.gov.tw/license';

export const datasetFileName = (lang: Locale, format: DatasetFormat) => `press-releases.${lang}.${format}`;
export const datasetPath = (lang: Locale, format: DatasetFormat) => `/open-data/${datasetFileName(lang, format)}`;

/** `press-releases.zh-TW.csv` → its language and format; null for any other name. */
export function parseDatasetFile(file: string): { lang: Locale; format: DatasetFormat } | null {
  const match = /^press-releases\.([A-Za-z-]+)\.([a-z]+)$/.exec(file);
  if (!match) return null;
  const lang = routing.locales.find((locale) => locale === match[1]);
  const format = DATASET_FORMATS.find((each) => each === match[2]);
  return lang && format ? { lang, format } : null;
}

/** Body texts by slug, from the language's search index (the same strings, not copies). */
const textsCache = new WeakMap<SearchIndex, Map<string, string>>();
function bodyTexts(lang: Locale): Map<string, string> {
  const index = getSearchIndex(lang);
  let texts = textsCache.get(index);
  if (!texts) {
    texts = new Map(index.contents().versions.map((indexed) => [indexed.version.slug, indexed.text.body]));
    textsCache.set(index, texts);
  }
  return texts;
}

/** What the open-data page says of a dataset now: how many records, and when it last changed. */
export function datasetState(lang: Locale, now = new Date()): { count: number; lastModified: Date; versions: readonly ReleaseVersion[] } {
  const index = getReleaseIndex();
  const versions = index.list(lang, now);
  const lastModified = new Date(Math.max(newestChange(versions), index.lastRemoval(lang, now)?.getTime() ?? 0));
  return { count: versions.length, lastModified, versions };
}

/** Records per chunk of the stream: a few kilobytes to a few hundred. */
const RECORDS_PER_CHUNK = 50;
/** Each server's start stands for its build's code in the tag: a publish changes it even where no date did. */
const STARTED = Date.now();

export function datasetResponse(request: Request, lang: Locale, format: DatasetFormat): Response {
  const now = new Date();
  const { count, lastModified, versions } = datasetState(lang, now);
  const writer = datasetWriter(format, { lang, count, generated: isoTaipei(now), licence: LICENCE_URL });
  return streamedResponse(request, {
    tag: [format, lang, count, lastModified.getTime(), STARTED].join(':'),
    lastModified,
    maxAge: maxAgeUntil(getReleaseIndex().nextDue(lang, now), now),
    contentType: DATASET_CONTENT_TYPES[format],
    headers: {
      'Content-Disposition': `${format === 'csv' ? 'attachment' : 'inline'}; filename="${datasetFileName(lang, format)}"`,
      Link: `<${absoluteUrl(lang === routing.defaultLocale ? '/open-data' : `/${lang}/open-data`)}>; rel="describedby"`,
    },
    chunks: function* () {
      const texts = bodyTexts(lang);
      yield writer.head;
      for (let start = 0; start < versions.length; start += RECORDS_PER_CHUNK) {
        let chunk = '';
        for (let i = start; i < Math.min(start + RECORDS_PER_CHUNK, versions.length); i++) {
          const version = versions[i]!;
          chunk += writer.record(datasetRecord(version, texts.get(version.slug) ?? bodyText(version.body)), i);
        }
        yield chunk;
      }
      yield writer.tail;
    },
  });
}
