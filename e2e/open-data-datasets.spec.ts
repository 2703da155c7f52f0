import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { axeViolations } from './support/axe';

type DatasetRecord = Record<string, string> & { tags: string[] };
const FIELDS = ['slug', 'lang', 'title', 'status', 'published', 'updated', 'withdrawn', 'withdrawal_reason', 'unit', 'tags', 'summary', 'url', 'text'];
const TOTAL = { 'zh-TW': 21, en: 18 } as const;

async function jsonDataset(request: APIRequestContext, lang: string) {
  const response = await request.get(`/open-data/press-releases.${lang}.json`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
  return (await response.json()) as { meta: { lang: string; count: number; generated: string; licence: string }; records: DatasetRecord[] };
}

for (const lang of ['zh-TW', 'en'] as const) {
  test.describe(`the ${lang} datasets`, () => {
    test('JSON: every public release once, newest first, the same as the API lists', async ({ request }) => {
      const dataset = await jsonDataset(request, lang);
      expect(dataset.meta).toMatchObject({ lang, count: TOTAL[lang], licence: 'https://data.gov.tw/license' });
      expect(dataset.records).toHaveLength(TOTAL[lang]);
      expect(Object.keys(dataset.records[0]!)).toEqual(FIELDS);
      const api = await (await request.get(`/api/v1/releases?lang=${lang}&per_page=100`)).json();
      expect(dataset.records.map((record) => record.slug)).toEqual(api.data.map((release: { slug: string }) => release.slug));
      // The text is the release's whole text, as the API's body_text gives it.
      const seed = dataset.records.find((record) => record.slug === '5763')!;
      const whole = await (await request.get('/api/v1/releases/5763')).json();
      expect(seed.text).toBe(whole.versions[lang].body_text);
      expect(seed.published).toBe('2023-07-20T00:00:00+08:00');
      const withdrawn = dataset.records.find((record) => record.slug === 'fixture-withdrawn')!;
      expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawn: '2024-02-01T09:00:00+08:00' });
      expect(withdrawn.withdrawal_reason!.length).toBeGreaterThan(0);
    });

    test('CSV: RFC 4180 with a BOM for Excel, read back by a real parser, matches the JSON record for record', async ({ request }) => {
      const response = await request.get(`/open-data/press-releases.${lang}.csv`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8; header=present');
      expect(response.headers()['content-disposition']).toBe(`attachment; filename="press-releases.${lang}.csv"`);
      const bytes = await response.body();
      // UTF-8 byte-order mark: what makes Excel read the Chinese text as UTF-8.
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text.endsWith('\r\n')).toBe(true);
      const rows = parse(text, { bom: true, columns: true, relax_quotes: false, record_delimiter: '\r\n' }) as Record<string, string>[];
      const dataset = await jsonDataset(request, lang);
      expect(rows).toHaveLength(dataset.records.length);
      expect(Object.keys(rows[0]!)).toEqual(FIELDS);
      rows.forEach((row, i) => {
        const record = dataset.records[i]!;
        for (const field of FIELDS) {
          const expected = field === 'tags' ? record.tags.join('; ') : record[field]!.replace(/\r?\n/g, '\r\n');
          expect(row[field], `${record.slug} ${field}`).toBe(expected);
        }
      });
      if (lang === 'zh-TW') expect(rows.find((row) => row.slug === '5763')!.title).toBe('唐鳳部長與駐台北韓國代表李殷鎬會面 期許臺韓攜手強化資安聯防');
      // A withdrawal reason with a line break or quotes stays one field (the hostile fixture's title has quotes and markup).
      if (lang === 'zh-TW') expect(rows.find((row) => row.slug === 'fixture-hostile')!.title).toBe(dataset.records.find((record) => record.slug === 'fixture-hostile')!.title);
    });

    test('XML: well formed (xmllint), and the same records as the JSON', async ({ request }) => {
      const response = await request.get(`/open-data/press-releases.${lang}.xml`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/xml; charset=utf-8');
      const xml = await response.text();
      const file = join(mkdtempSync(join(tmpdir(), 'dataset-')), `press-releases.${lang}.xml`);
      writeFileSync(file, xml);
      // Throws (and fails the test) on any well-formedness error; needs Debian's libxml2-utils (.ci/run installs it).
      execFileSync('xmllint', ['--noout', file], { stdio: 'pipe' });
      const parsed = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: false, isArray: (name) => name === 'release' || name === 'tag' }).parse(xml);
      const dataset = await jsonDataset(request, lang);
      expect(parsed.releases['@_count']).toBe(String(TOTAL[lang]));
      const releases = parsed.releases.release as Record<string, unknown>[];
      expect(releases).toHaveLength(dataset.records.length);
      releases.forEach((release, i) => {
        const record = dataset.records[i]!;
        for (const field of FIELDS) {
          // `<tags></tags>` reads as '', `<tags><tag>…</tag></tags>` as { tag: [...] }.
          const tags = release.tags as { tag: string[] } | '';
          const value = field === 'tags' ? (tags === '' ? [] : tags.tag) : (release[field] ?? '');
          expect(value, `${record.slug} ${field}`).toEqual(record[field]);
        }
      });
    });
  });
}

test('datasets: conditional GET, CORS, HEAD, unknown names', async ({ request }) => {
  const first = await request.get('/open-data/press-releases.en.csv');
  const etag = first.headers()['etag']!;
  expect(etag).toMatch(/^W\/".+"$/);
  expect(first.headers()['access-control-allow-origin']).toBe('*');
  expect(first.headers()['cache-control']).toMatch(/^public, max-age=\d+, s-maxage=\d+$/);
  expect((await request.get('/open-data/press-releases.en.csv', { headers: { 'If-None-Match': etag } })).status()).toBe(304);
  expect((await request.get('/open-data/press-releases.en.csv', { headers: { 'If-Modified-Since': first.headers()['last-modified']! } })).status()).toBe(304);
  // Each format and language has its own tag.
  expect((await request.get('/open-data/press-releases.en.json', { headers: { 'If-None-Match': etag } })).status()).toBe(200);
  const head = await request.head('/open-data/press-releases.zh-TW.xml');
  expect(head.status()).toBe(200);
  for (const name of ['press-releases.fr.csv', 'press-releases.en.pdf', 'releases.csv', 'press-releases.en.csv.bak']) {
    const response = await request.get(`/open-data/${name}`);
    expect(response.status(), name).toBe(404);
    expect(response.headers()['content-type'], name).toBe('application/problem+json; charset=utf-8');
  }
});

test.describe('the open-data page', () => {
  for (const [prefix, heading, licence] of [
    ['', '資料開放', '政府資料開放授權條款－第1版'],
    ['/en', 'Open data', 'Open Government Data License, version 1.0'],
  ] as const) {
    test(`${prefix || '/'}: each dataset as data.gov.tw describes one, linked from the footer, accessible`, async ({ page }) => {
      await page.goto(prefix || '/');
      await page.getByRole('contentinfo').getByRole('link', { name: heading }).click();
      await expect(page).toHaveURL(new RegExp(`${prefix}/open-data$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      const datasets = page.locator('main section');
      await expect(datasets).toHaveCount(2);
      for (const lang of ['zh-TW', 'en']) {
        for (const format of ['csv', 'json', 'xml']) await expect(page.locator(`main a[href="/open-data/press-releases.${lang}.${format}"]`)).toBeVisible();
      }
      await expect(page.locator('main [data-record-count]').first()).toHaveAttribute('data-record-count', '21');
      await expect(page.locator('main [data-record-count]').last()).toHaveAttribute('data-record-count', '18');
      await expect(page.getByRole('link', { name: licence }).first()).toHaveAttribute('href', 'https://data.gov.tw/license');
      const fields = page.getByRole('table').locator('tbody th code');
      await expect(fields).toHaveText(FIELDS);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
