/**
 * A release as a row of the datasets (one per release and language): the
 * same fields, in the same order, in the CSV, the JSON and the XML, so that
 * they match record for record. Flat, for spreadsheets: tags joined, the text
 * as plain text.
 */
import type { ReleaseVersion } from '@/content-layer/load';
import { isoTaipei } from './dates';
import { releaseSummary } from './record';

export interface DatasetRecord {
  slug: string;
  lang: string;
  title: string;
  status: 'published' | 'withdrawn';
  published: string;
  updated: string;
  withdrawn: string;
  withdrawal_reason: string;
  unit: string;
  tags: string[];
  summary: string;
  url: string;
  text: string;
}

/** The fields, in order, with their type and meaning: the datasets' documentation (the open-data page, docs/open-data.md). */
export const DATASET_FIELDS = [
  { name: 'slug', type: 'string', en: 'The release\'s identifier, the same in both languages; its URL ends with it.', zh: '新聞稿識別碼，中英文相同，為網址的最後一段。' },
  { name: 'lang', type: 'string', en: 'The language: zh-TW or en.', zh: '語言：zh-TW 或 en。' },
  { name: 'title', type: 'string', en: 'The title.', zh: '標題。' },
  { name: 'status', type: 'string', en: 'published, or withdrawn (it no longer stands; see withdrawal_reason).', zh: 'published（已發布）或 withdrawn（已撤回，原因見 withdrawal_reason）。' },
  { name: 'published', type: 'date-time', en: 'When it was published: ISO 8601, Taipei time (+08:00).', zh: '發布時間：ISO 8601，臺北時間（+08:00）。' },
  { name: 'updated', type: 'date-time', en: 'When it was last corrected or updated; empty if never.', zh: '最後更正或更新時間；未曾更新者為空白。' },
  { name: 'withdrawn', type: 'date-time', en: 'When it was withdrawn; empty if it stands.', zh: '撤回時間；未撤回者為空白。' },
  { name: 'withdrawal_reason', type: 'string', en: 'Why it was withdrawn; empty if it stands.', zh: '撤回原因；未撤回者為空白。' },
  { name: 'unit', type: 'string', en: 'The issuing unit, as the release names it.', zh: '發布單位。' },
  { name: 'tags', type: 'string list', en: 'Its tags; in the CSV joined by "; ".', zh: '標籤；CSV 中以「; 」分隔。' },
  { name: 'summary', type: 'string', en: 'Its one-paragraph summary; empty if it has none.', zh: '摘要；沒有者為空白。' },
  { name: 'url', type: 'URL', en: 'Its page on this site.', zh: '本站的新聞稿網址。' },
  { name: 'text', type: 'string', en: 'Its full text, as plain text.', zh: '全文（純文字）。' },
] as const satisfies readonly { name: keyof DatasetRecord; type: string; en: string; zh: string }[];

export function datasetRecord(version: ReleaseVersion, text: string): DatasetRecord {
  const summary = releaseSummary(version);
  return {
    slug: summary.slug,
    lang: summary.lang,
    title: summary.title,
    status: summary.status,
    published: summary.published,
    updated: summary.updated ?? '',
    withdrawn: version.withdrawn ? isoTaipei(version.withdrawn.date.instant) : '',
    withdrawal_reason: version.withdrawn?.reason ?? '',
    unit: summary.unit,
    tags: summary.tags,
    summary: summary.summary ?? '',
    url: summary.url,
    text,
  };
}
