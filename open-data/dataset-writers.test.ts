import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parse } from 'csv-parse/sync';
import type { DatasetRecord } from './dataset-record';
import { datasetWriter } from './dataset-writers';

const record: DatasetRecord = {
  slug: 'a', lang: 'zh-TW', title: '標題 "引號", 逗號', status: 'published', published: '2024-01-01T00:00:00+08:00',
  updated: '', withdrawn: '', withdrawal_reason: '', unit: '數位發展部', tags: ['資安', 'AI'], summary: '', url: 'https://x/press/a',
  text: '第一段。\n第二段 <b>&</b>',
};
const meta = { lang: 'zh-TW', count: 2, generated: '2024-01-02T00:00:00+08:00', licence: 'https://data.gov.tw/license' };
const whole = (format: 'csv' | 'json' | 'xml') => {
  const writer = datasetWriter(format, meta);
  return writer.head + writer.record(record, 0) + writer.record({ ...record, slug: 'b' }, 1) + writer.tail;
};

test('CSV: a BOM, quotes doubled, commas and line breaks inside fields, CRLF rows', () => {
  const text = whole('csv');
  assert.ok(text.startsWith('\uFEFF"slug","lang"'));
  const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
  assert.equal(rows.length, 2);
  assert.equal(rows[0]!.title, '標題 "引號", 逗號');
  assert.equal(rows[0]!.tags, '資安; AI');
  assert.equal(rows[0]!.text, '第一段。\r\n第二段 <b>&</b>');
});

test('JSON: meta and records, valid as a whole', () => {
  const parsed = JSON.parse(whole('json'));
  assert.deepEqual(parsed.meta, meta);
  assert.deepEqual(parsed.records.map((each: DatasetRecord) => each.slug), ['a', 'b']);
  assert.deepEqual(parsed.records[0], record);
});

test('XML: escaped text, one element per field, tags as tag elements', () => {
  const text = whole('xml');
  assert.match(text, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<releases lang="zh-TW" count="2"/);
  assert.match(text, /<title>標題 &quot;引號&quot;, 逗號<\/title>/);
  assert.match(text, /<text>第一段。\n第二段 &lt;b&gt;&amp;&lt;\/b&gt;<\/text>/);
  assert.match(text, /<tags><tag>資安<\/tag><tag>AI<\/tag><\/tags>/);
  assert.equal(text.match(/<release>/g)?.length, 2);
});
