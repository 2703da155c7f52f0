/**
 * `npm run bench:open-data`: the open-data API and datasets at 1,000 and
 * 10,000 releases, over HTTP. One build serves both archives (a server whose
 * build has no snapshot for its content folder reads the tree at start), so
 * nothing is rebuilt:
 * - p95 latency of list and single-release answers under 10 connections
 *   (budget: at most 20 ms at 10,000, and at most 1.5× the 1,000 figure);
 * - beside them, in the same run, the floor this machine and client can show:
 *   `/healthz` (a route handler that does nothing, no proxy) and
 *   `/api/v1/openapi.json` (a fixed document, through the proxy), so that a
 *   figure over the budget can be told from the machine's own latency;
 * - the full CSV dataset: size, time to download, and the server's memory
 *   before and after (it is streamed: no copy of the archive's text).
 *
 *   npx tsx bench/open-data.ts [dist=.next-e2e] [seconds=8]
 *
 * Needs a build (`npm run build` or `npm run build:e2e`); generates its archives in .bench/open-data.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateArchive } from './generate-archive';
import { NEXT_BIN, start, treeMemoryMiB, waitForUrl } from './support/processes';
import { quantile } from './support/stats';

const DIST = process.argv[2] ?? (existsSync('.next-e2e') ? '.next-e2e' : '.next');
const SECONDS = Number(process.argv[3] ?? 8);
const CONNECTIONS = 10;
const SIZES = [1000, 10000];
const PORT = 3530;
const BASE = `http://127.0.0.1:${PORT}`;

/** The baseline row: the least any answer over HTTP costs on this machine with this client. */
const FLOOR = 'floor: /healthz (nothing done, no proxy)';

const log = (line: string) => console.log(`[bench:open-data ${new Date().toISOString().slice(11, 19)}] ${line}`);

/** `CONNECTIONS` clients, each asking the next URL as soon as it has its answer, for `SECONDS`: every latency, in ms. */
async function load(urls: readonly string[]): Promise<{ latencies: number[]; failures: number }> {
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const until = performance.now() + SECONDS * 1000;
  const client = async () => {
    while (performance.now() < until) {
      const url = urls[next++ % urls.length]!;
      const began = performance.now();
      const response = await fetch(url);
      await response.arrayBuffer();
      latencies.push(performance.now() - began);
      if (response.status !== 200) failures++;
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, client));
  return { latencies, failures };
}

interface Figures {
  size: number;
  startSeconds: number;
  p95: Record<string, number>;
  requests: Record<string, number>;
  csv: { bytes: number; seconds: number; memoryBeforeMiB: number; memoryAfterMiB: number };
}

async function measure(size: number): Promise<Figures> {
  const content = resolve('.bench/open-data', String(size));
  if (!existsSync(join(content, 'press-releases'))) {
    log(`generating ${size} releases in ${content}`);
    generateArchive(content, size);
  }
  const began = performance.now();
  const server = start(process.execPath, [NEXT_BIN, 'start', '-p', String(PORT)], { env: { NEXT_DIST_DIR: DIST, CONTENT_DIR: content } });
  try {
    await waitForUrl(`${BASE}/healthz`, server, 300_000);
    while ((await fetch(`${BASE}/healthz`)).status !== 200) await new Promise((done) => setTimeout(done, 200));
    const startSeconds = (performance.now() - began) / 1000;
    log(`${size}: ready in ${startSeconds.toFixed(1)} s`);
    const list = await (await fetch(`${BASE}/api/v1/releases?lang=en&per_page=100`)).json();
    const units = await (await fetch(`${BASE}/api/v1/units`)).json();
    const slugs: string[] = [];
    for (let page = 1; page <= Math.min(list.meta.pages, 20); page += 4) {
      const body = await (await fetch(`${BASE}/api/v1/releases?lang=en&per_page=100&page=${page}`)).json();
      slugs.push(...body.data.map((release: { slug: string }) => release.slug));
    }
    const unit = encodeURIComponent(units.data.en[0].name);
    const pages = list.meta.pages;
    const kinds: Record<string, string[]> = {
      [FLOOR]: [`${BASE}/healthz`],
      'floor: a fixed document through the proxy': [`${BASE}/api/v1/openapi.json`],
      'list, first page': [`${BASE}/api/v1/releases?lang=en`, `${BASE}/api/v1/releases`],
      'list, 100 a page, any page': Array.from({ length: 20 }, (_, i) => `${BASE}/api/v1/releases?lang=en&per_page=100&page=${1 + ((i * 7) % pages)}`),
      'list, filtered': [`${BASE}/api/v1/releases?lang=en&unit=${unit}&page=2`, `${BASE}/api/v1/releases?year=2024`, `${BASE}/api/v1/releases?lang=en&updated_since=2025-01-01`],
      'list, searched': [`${BASE}/api/v1/releases?lang=en&q=digital`, `${BASE}/api/v1/releases?q=%E8%B3%87%E5%AE%89`],
      'one release': slugs.slice(0, 200).map((slug) => `${BASE}/api/v1/releases/${slug}`),
    };
    // Warm: first answers render bodies and fill the per-list caches.
    for (const urls of Object.values(kinds)) for (const url of urls) await (await fetch(url)).arrayBuffer();
    const p95: Record<string, number> = {};
    const requests: Record<string, number> = {};
    for (const [kind, urls] of Object.entries(kinds)) {
      const { latencies, failures } = await load(urls);
      if (failures > 0) throw new Error(`${kind}: ${failures} answers were not 200`);
      p95[kind] = Number(quantile(latencies, 0.95).toFixed(1));
      requests[kind] = latencies.length;
      log(`${size}: ${kind}: p95 ${p95[kind]} ms over ${latencies.length} requests`);
    }
    const memoryBeforeMiB = treeMemoryMiB(server.process.pid!);
    const csvBegan = performance.now();
    const csv = await fetch(`${BASE}/open-data/press-releases.zh-TW.csv`);
    let bytes = 0;
    let memoryAfterMiB = memoryBeforeMiB;
    const reader = csv.body!.getReader();
    let chunks = 0;
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      bytes += read.value.length;
      // The server's memory while it streams, every 100 chunks.
      if (++chunks % 100 === 0) memoryAfterMiB = Math.max(memoryAfterMiB, treeMemoryMiB(server.process.pid!));
    }
    const seconds = (performance.now() - csvBegan) / 1000;
    memoryAfterMiB = Math.max(memoryAfterMiB, treeMemoryMiB(server.process.pid!));
    log(`${size}: zh-TW CSV ${(bytes / 1024 / 1024).toFixed(1)} MiB in ${seconds.toFixed(2)} s; server ${memoryBeforeMiB.toFixed(0)} → ${memoryAfterMiB.toFixed(0)} MiB`);
    return { size, startSeconds, p95, requests, csv: { bytes, seconds, memoryBeforeMiB, memoryAfterMiB } };
  } finally {
    await server.stop();
  }
}

const results: Figures[] = [];
for (const size of SIZES) results.push(await measure(size));
const [small, large] = results as [Figures, Figures];
console.log(`\nOpen-data API, p95 over HTTP under ${CONNECTIONS} connections (${SECONDS} s each), build ${DIST}:`);
console.log(`| Answer | ${small.size} releases | ${large.size} releases | ratio | × floor at ${large.size} | budget |`);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const kind of Object.keys(small.p95)) {
  const ratio = large.p95[kind]! / small.p95[kind]!;
  const overFloor = `${(large.p95[kind]! / large.p95[FLOOR]!).toFixed(2)}×`;
  const ok = kind.startsWith('floor') ? '' : `≤ 20 ms, ≤ 1.5×: ${large.p95[kind]! <= 20 && ratio <= 1.5 ? 'ok' : 'OVER'}`;
  console.log(`| ${kind} | ${small.p95[kind]} ms | ${large.p95[kind]} ms | ${ratio.toFixed(2)}× | ${overFloor} | ${ok} |`);
}
for (const figures of [small, large]) {
  const { bytes, seconds, memoryBeforeMiB, memoryAfterMiB } = figures.csv;
  console.log(`| full zh-TW CSV, ${figures.size} releases | ${(bytes / 1024 / 1024).toFixed(1)} MiB | ${seconds.toFixed(2)} s | server memory ${memoryBeforeMiB.toFixed(0)} → ${memoryAfterMiB.toFixed(0)} MiB | |`);
}
