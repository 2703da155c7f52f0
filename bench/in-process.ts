/**
 * In-process cost of the content layer for one content root (CONTENT_DIR):
 * reading and indexing once, its memory, and the p95 of the questions pages
 * ask per request (a list page, a filtered list page, a search). Prints one
 * JSON object. Run by bench/run.ts as
 *
 *   CONTENT_DIR=<root> node --expose-gc --import tsx bench/in-process.ts [seed]
 */
import { routing } from '@/i18n/routing';
import { resolvePressList } from '@/content-layer/press-list';
import { getReleaseIndex } from '@/content-layer/releases';
import { getSearchIndex } from '@/search/search';
import { benchmarkQueries } from './generate-archive';
import { quantile } from './support/stats';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const heapMiB = () => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const REPEATS = 2000;

function p95(operation: (i: number) => unknown): number {
  for (let i = 0; i < 200; i++) operation(i); // warm-up: compiled, caches filled
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const began = performance.now();
    operation(i);
    times.push(performance.now() - began);
  }
  return quantile(times, 0.95);
}

const before = heapMiB();
let began = performance.now();
const index = getReleaseIndex();
const loadMs = performance.now() - began;
const contentMiB = heapMiB() - before;
began = performance.now();
for (const locale of routing.locales) getSearchIndex(locale);
const searchIndexMs = performance.now() - began;
const searchIndexMiB = heapMiB() - before - contentMiB;

const queries = benchmarkQueries(Number(process.argv[2] ?? 1));
const result = {
  releases: index.list('zh-TW').length,
  loadMs,
  searchIndexMs,
  memoryMiB: { content: contentMiB, searchIndexes: searchIndexMiB },
  p95Ms: {} as Record<string, number>,
};
for (const locale of routing.locales) {
  const versions = () => index.list(locale);
  const pages = Math.ceil(versions().length / 15);
  const { years, tags } = resolvePressList(index, locale, {})!.facets;
  result.p95Ms[`list ${locale}`] = p95((i) => resolvePressList(index, locale, { page: String(1 + (i % pages)) }));
  result.p95Ms[`filter ${locale}`] = p95((i) =>
    resolvePressList(index, locale, { year: String(years[i % years.length]), tag: tags[i % tags.length]!.tag }),
  );
  const localeQueries = locale === 'en' ? queries.en : queries.zh;
  result.p95Ms[`search ${locale}`] = p95((i) => getSearchIndex(locale).search(localeQueries[i % localeQueries.length]!));
}
console.log(JSON.stringify(result));
