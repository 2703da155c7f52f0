/**
 * `npx tsx bench/open-data-in-process.ts`: what an API answer costs the
 * server itself, without HTTP or the proxy: the route handlers' functions
 * called in this process on the bench archives (.bench/open-data/<size>, made
 * by bench/open-data.ts), p95 over many calls. On a loaded, shared machine the
 * HTTP figures of bench/open-data.ts mostly measure the queue for the CPU; these
 * measure the work, and how it grows from 1,000 to 10,000 releases.
 */
import { resolve } from 'node:path';
import { answerRelease, answerReleases } from '@/open-data/api';
import { quantile } from './support/stats';

const SIZES = [1000, 10000];
const CALLS = 400;
const BASE = 'http://localhost:3000';

async function time(urls: readonly string[], answer: (request: Request) => Response): Promise<number> {
  const latencies: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const request = new Request(urls[i % urls.length]!);
    const began = performance.now();
    const response = answer(request);
    await response.text();
    latencies.push(performance.now() - began);
    if (response.status !== 200) throw new Error(`${request.url}: ${response.status}`);
  }
  return Number(quantile(latencies, 0.95).toFixed(2));
}

const rows: Record<string, number[]> = {};
for (const size of SIZES) {
  process.env.CONTENT_DIR = resolve('.bench/open-data', String(size));
  const began = performance.now();
  const first = answerReleases(new Request(`${BASE}/api/v1/releases?lang=en&per_page=100`));
  const list = JSON.parse(await first.text());
  // The first search builds the index, as a server does before its first request.
  await answerReleases(new Request(`${BASE}/api/v1/releases?lang=en&q=digital`)).text();
  await answerReleases(new Request(`${BASE}/api/v1/releases?q=%E8%B3%87%E5%AE%89`)).text();
  console.log(`${size}: loaded and indexed in ${((performance.now() - began) / 1000).toFixed(1)} s`);
  const pages = list.meta.pages as number;
  const slugs = (list.data as { slug: string }[]).map((release) => release.slug);
  const kinds: [string, string[], (request: Request) => Response][] = [
    ['list, first page', [`${BASE}/api/v1/releases?lang=en`, `${BASE}/api/v1/releases`], answerReleases],
    ['list, 100 a page, any page', Array.from({ length: 20 }, (_, i) => `${BASE}/api/v1/releases?lang=en&per_page=100&page=${1 + ((i * 7) % pages)}`), answerReleases],
    ['list, filtered', [`${BASE}/api/v1/releases?year=2024`, `${BASE}/api/v1/releases?lang=en&updated_since=2025-01-01`], answerReleases],
    ['list, searched', [`${BASE}/api/v1/releases?lang=en&q=digital`, `${BASE}/api/v1/releases?q=%E8%B3%87%E5%AE%89`], answerReleases],
    ['one release', slugs.map((slug) => `${BASE}/api/v1/releases/${slug}`), (request) => answerRelease(request, new URL(request.url).pathname.split('/').pop()!)],
  ];
  for (const [kind, urls, answer] of kinds) {
    await time(urls, answer); // warm
    (rows[kind] ??= []).push(await time(urls, answer));
  }
}
console.log(`| Answer, in process (p95 of ${CALLS} calls) | ${SIZES.join(' releases | ')} releases | ratio |`);
console.log('| --- | --- | --- | --- |');
for (const [kind, [small, large]] of Object.entries(rows)) {
  console.log(`| ${kind} | ${small} ms | ${large} ms | ${(large! / small!).toFixed(2)}× |`);
}
