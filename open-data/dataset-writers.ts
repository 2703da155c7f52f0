/**
 * The three formats of a dataset, written a record at a time, so that a
 * dataset is streamed and never held whole (see datasets.ts).
 *
 * - CSV: RFC 4180 (every field quoted, quotes doubled, CRLF line ends), UTF-8
 *   with a byte-order mark, without which Excel reads UTF-8 as the system's
 *   code page and Chinese text turns to mojibake (LibreOffice and parsers
 *   take the mark in their stride).
 * - JSON: one array of records, written as it goes.
 * - XML: `<releases>` of `<release>`, one element per field, tags as `<tag>`.
 */
import { escapeXml } from '@/syndication/xml';
import { DATASET_FIELDS, type DatasetRecord } from './dataset-record';

export type DatasetFormat = 'csv' | 'json' | 'xml';

export const DATASET_CONTENT_TYPES: Record<DatasetFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
};

export interface DatasetWriter {
  head: string;
  record: (record: DatasetRecord, index: number) => string;
  tail: string;
}

const csvField = (value: string) => `"${value.replace(/"/g, '""')}"`;
/** A line break inside a field stays a line break (RFC 4180 allows it in a quoted field), written as CRLF like the rest. */
const csvText = (value: string) => csvField(value.replace(/\r?\n/g, '\r\n'));

const csv: DatasetWriter = {
  head: `\uFEFF${DATASET_FIELDS.map((field) => csvField(field.name)).join(',')}\r\n`,
  record: (record) =>
    `${DATASET_FIELDS.map(({ name }) => csvText(name === 'tags' ? record.tags.join('; ') : record[name])).join(',')}\r\n`,
  tail: '',
};

const json = (meta: object): DatasetWriter => ({
  head: `{"meta":${JSON.stringify(meta)},"records":[\n`,
  record: (record, index) => `${index === 0 ? '' : ',\n'}${JSON.stringify(record)}`,
  tail: '\n]}\n',
});

const xml = (meta: Record<string, string | number>): DatasetWriter => ({
  head: `<?xml version="1.0" encoding="UTF-8"?>\n<releases${Object.entries(meta)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('')}>\n`,
  record: (record) =>
    `  <release>\n${DATASET_FIELDS.map(({ name }) =>
      name === 'tags'
        ? `    <tags>${record.tags.map((tag) => `<tag>${escapeXml(tag)}</tag>`).join('')}</tags>\n`
        : `    <${name}>${escapeXml(record[name])}</${name}>\n`,
    ).join('')}  </release>\n`,
  tail: '</releases>\n',
});

/** The writer of a format; `meta` (language, count, when) heads the JSON and XML. */
export function datasetWriter(format: DatasetFormat, meta: { lang: string; count: number; generated: string; licence: string }): DatasetWriter {
  if (format === 'csv') return csv;
  return format === 'json' ? json(meta) : xml(meta);
}
