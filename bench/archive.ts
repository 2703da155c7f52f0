/**
 * Archive scale: a synthetic archive of N bilingual releases, built and served
 * as the portal ships (`npm run build`, `next start`), measured the way readers
 * and operators meet it: build time and peak memory, time to ready, the first
 * and later requests for an old release that was not prerendered, list,
 * filter and search latency over HTTP, and whether a stream of unknown slugs
 * grows the build folder or the server's memory.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { benchmarkQueries, generateArchive, warmUpQueries } from './generate-archive';
import { NEXT_BIN, buildPortal, runMeasured, start, treeMemoryMiB, waitForUrl, type BuildFigures } from './support/processes';
import { timeRequests } from './support/http-load';
import { median, quantile } from './support/stats';

export interface ArchiveResult {
  releases: number;
  /** `npm run build`: compile, then generate, each in its own process. */
  build: BuildFigures & { steps: BuildFigures[] };
  /** A single `next build`, for comparison: the compiler's memory is still held while pages are generated. */
  singleProcessBuild: BuildFigures;
  /** From `next start` to /healthz answering 200: the content indexes loaded (from the build's snapshot). */
  readySeconds: number;
  serverMiBAfterStart: number;
  oldRelease: { firstMedianMs: number; firstP95Ms: number; laterMedianMs: number };
  p95Ms: { list: number; filter: number; search: number };
  /** Every measured request, in order, rounded to 0.1 ms: what each p95 was taken from. */
  latenciesMs: { list: number[]; filter: number[]; search: number[] };
  unknownSlugs: {
    requests: number;
    non404: number;
    distBytesBefore: number;
    distBytesAfter: number;
    serverMiBBefore: number;
    serverMiBAfterFirstHalf: number;
    serverMiBAfter: number;
  };
}

const tenths = (ms: number) => Math.round(ms * 10) / 10;

function folderBytes(folder: string): number {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    total += entry.isDirectory() ? folderBytes(path) : statSync(path).size;
  }
  return total;
}

export async function measureArchive(options: {
  count: number;
  seed: number;
  contentDir: string;
  distDir: string;
  port: number;
  log: (line: string) => void;
}): Promise<ArchiveResult> {
  const { count, seed, contentDir, distDir, port, log } = options;
  const env = { CONTENT_DIR: contentDir, NEXT_DIST_DIR: distDir };
  log(`archive ${count}: generating`);
  generateArchive(contentDir, count, seed);
  // Cold builds, as on a fresh checkout: no build folder, so no Turbopack cache from the last one.
  rmSync(distDir, { recursive: true, force: true });
  log(`archive ${count}: building with one \`next build\` (for comparison)`);
  const single = await runMeasured(process.execPath, [NEXT_BIN, 'build'], { env });
  const singleProcessBuild = { seconds: single.seconds, peakMiB: single.peakMiB };
  rmSync(distDir, { recursive: true, force: true });
  log(`archive ${count}: building as npm run build does`);
  const build = await buildPortal(env);

  const origin = `http://127.0.0.1:${port}`;
  const began = performance.now();
  const server = start(process.execPath, [NEXT_BIN, 'start', '-p', String(port)], { env });
  try {
    // The server answers nothing before its content indexes are in memory; /healthz says so with a 200.
    await waitForUrl(`${origin}/healthz`, server, 300_000);
    const readySeconds = (performance.now() - began) / 1000;
    const serverMiBAfterStart = treeMemoryMiB(server.process.pid!);
    log(`archive ${count}: ready in ${readySeconds.toFixed(1)} s`);

    // The oldest releases: far beyond the prerendered newest ones.
    const old = Array.from({ length: 20 }, (_, i) => {
      const slug = `bench-${String(1 + i * 7).padStart(5, '0')}`;
      return `${origin}${i % 2 ? '/en' : ''}/press/${slug}`;
    });
    const first = await timeRequests(old);
    const later = await timeRequests(old);
    if ([...first.statuses, ...later.statuses].some((status) => status !== 200)) {
      throw new Error(`an old release did not answer 200: ${first.statuses} ${later.statuses}`);
    }

    // Distinct URLs, each rendered for the first time: what the view costs, not Next's page cache.
    // A first pass over other pages and searches warms the server up (compiled code, facets), as a
    // server that has been answering readers for a while is; none of them is a measured URL.
    const pages = Math.floor(count / 15);
    const pageNumbers = Array.from({ length: 30 }, (_, i) => 2 + Math.floor((i * (pages - 2)) / 30));
    const queries = benchmarkQueries(seed);
    const warmUp = warmUpQueries(seed, 200);
    await timeRequests([
      ...pageNumbers.map((page, i) => `${origin}${i % 2 ? '/en' : ''}/press?page=${page + 1}`),
      ...warmUp.zh.map((q) => `${origin}/search?q=${encodeURIComponent(q)}`),
      ...warmUp.en.map((q) => `${origin}/en/search?q=${encodeURIComponent(q)}`),
    ]);
    const list = await timeRequests(pageNumbers.map((page, i) => `${origin}${i % 2 ? '/en' : ''}/press?page=${page}`));
    const tags = [['資安', 'Cybersecurity'], ['數位韌性', 'Digital resilience'], ['國際合作', 'International cooperation']] as const;
    const filter = await timeRequests(
      pageNumbers.map((page, i) => {
        const [zh, en] = tags[i % tags.length]!;
        const filterPage = 1 + (page % Math.max(1, Math.floor(pages / 10)));
        return i % 2
          ? `${origin}/en/press?tag=${encodeURIComponent(en)}&page=${filterPage}`
          : `${origin}/press?tag=${encodeURIComponent(zh)}&page=${filterPage}`;
      }),
    );
    const search = await timeRequests([
      ...queries.zh.map((q) => `${origin}/search?q=${encodeURIComponent(q)}`),
      ...queries.en.map((q) => `${origin}/en/search?q=${encodeURIComponent(q)}`),
    ]);
    for (const [name, run] of Object.entries({ list, filter, search })) {
      if (run.statuses.some((status) => status !== 200)) throw new Error(`${name}: not all 200: ${run.statuses}`);
    }

    // Random slugs in both languages, in two streams: every one a 404, none kept on disk, and
    // memory that levels off after the first stream rather than growing with the second.
    const distBytesBefore = folderBytes(distDir);
    const serverMiBBefore = treeMemoryMiB(server.process.pid!);
    const requests = 3000;
    let non404 = 0;
    const stream = async () => {
      for (let batch = 0; batch < requests / 2; batch += 25) {
        await Promise.all(
          Array.from({ length: 25 }, async (_, i) => {
            const slug = `${batch + i}-${Math.random().toString(36).slice(2)}`;
            const response = await fetch(`${origin}${i % 2 ? '/en' : ''}/press/${slug}`);
            await response.arrayBuffer();
            if (response.status !== 404) non404++;
          }),
        );
      }
    };
    await stream();
    const serverMiBAfterFirstHalf = treeMemoryMiB(server.process.pid!);
    await stream();
    const result: ArchiveResult = {
      releases: count,
      build,
      singleProcessBuild,
      readySeconds,
      serverMiBAfterStart,
      oldRelease: {
        firstMedianMs: median(first.latencies),
        firstP95Ms: quantile(first.latencies, 0.95),
        laterMedianMs: median(later.latencies),
      },
      p95Ms: {
        list: quantile(list.latencies, 0.95),
        filter: quantile(filter.latencies, 0.95),
        search: quantile(search.latencies, 0.95),
      },
      latenciesMs: {
        list: list.latencies.map(tenths),
        filter: filter.latencies.map(tenths),
        search: search.latencies.map(tenths),
      },
      unknownSlugs: {
        requests,
        non404,
        distBytesBefore,
        distBytesAfter: folderBytes(distDir),
        serverMiBBefore,
        serverMiBAfterFirstHalf,
        serverMiBAfter: treeMemoryMiB(server.process.pid!),
      },
    };
    return result;
  } finally {
    await server.stop();
  }
}
