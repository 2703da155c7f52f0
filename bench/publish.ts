/**
 * The production path at archive scale: a cluster (npm run cluster:start: PM2,
 * two standalone instances, deploy/nginx.conf) serving a synthetic archive,
 * then one new release file published with `npm run publish` while readers
 * keep reading. Measures the time from the new file to that release
 * answering 200 through nginx and on every instance, and counts every request
 * readers made meanwhile that failed (an error, a timeout, a 5xx or another
 * status than expected). Then `npm run rollback`, and the release is gone again.
 *
 *   npx tsx bench/publish.ts [releases=10000]      (npm run bench:publish)
 *   BENCH_READER_RATE=200 npm run bench:publish    (readers at a steady 200 requests a second)
 *
 * Made-up text, never the ministry's words (bench/generate-archive.ts).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { clusterControl } from '../deploy/cluster/control';
import { currentRelease } from '../deploy/cluster/releases';
import { generateArchive } from './generate-archive';
import { checkedLoad } from './support/http-load';

const WORK = resolve('.bench', 'publish');
const CLUSTER_PORT = 3520;
const PORTS = [3521, 3522];
const BASE = `http://127.0.0.1:${CLUSTER_PORT}`;
/**
 * Readers' requests a second, all of them together: as many as the machine
 * answers by default (the readers then take the CPU the build needs), or a
 * steady rate with BENCH_READER_RATE, e.g. 200 (a busy news day for one
 * ministry, with nginx's cache answering most of it).
 */
const READER_RATE = Number(process.env.BENCH_READER_RATE || 0);
const log = (line: string) => console.log(`[bench publish ${new Date().toISOString().slice(11, 19)}] ${line}`);

export interface PublishResult {
  releases: number;
  /** From writing the new release's files to it answering 200 through nginx and on every instance. */
  newReleaseSeconds: number;
  /** How long `npm run publish` ran in all (validate, build, roll over). */
  publishSeconds: number;
  reusedCompile: boolean;
  /** Readers' requests a second (0: as many as answered), their count while it ran, and how many failed. */
  readerRate: number;
  readerRequests: number;
  failedRequests: number;
  failures: string[];
  rollbackSeconds: number;
  /** Whether a content-only publish of a tree with a broken file was refused, naming it, with nothing published. */
  refusedBrokenContent: boolean;
}

async function statusOf(url: string): Promise<number> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/** Polls until every URL answers `status`; resolves with the time it took, from `since`. */
async function allAnswer(urls: string[], status: number, since: number, timeoutMs: number): Promise<number> {
  for (;;) {
    const statuses = await Promise.all(urls.map(statusOf));
    if (statuses.every((each) => each === status)) return (performance.now() - since) / 1000;
    if (performance.now() - since > timeoutMs) throw new Error(`not every URL answered ${status} within ${timeoutMs / 1000} s: ${statuses}`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 250));
  }
}

export async function measurePublish(count: number): Promise<PublishResult> {
  rmSync(WORK, { recursive: true, force: true });
  const contentDir = join(WORK, 'content');
  log(`generating ${count} releases`);
  generateArchive(contentDir, count, 1);
  const clusterDir = join(WORK, 'cluster');
  const currentReleaseName = async () => currentRelease(clusterDir);
  const cluster = clusterControl({
    CLUSTER_DIR: clusterDir,
    CLUSTER_PORT: String(CLUSTER_PORT),
    FIRST_INSTANCE_PORT: String(PORTS[0]),
    INSTANCES: String(PORTS.length),
    CONTENT_DIR: contentDir,
    CLUSTER_DIST_DIR: '.next-bench-cluster',
  });
  log('first publish: a full build, then the cluster starts');
  await cluster.command('publish');
  try {
    const slug = 'bench-published-now';
    const paths = [`/press/${slug}`, `/en/press/${slug}`];
    const targets = [BASE, ...PORTS.map((port) => `http://127.0.0.1:${port}`)].flatMap((origin) => paths.map((path) => `${origin}${path}`));
    if ((await Promise.all(targets.map(statusOf))).some((status) => status !== 404)) throw new Error(`${slug} exists before it is published`);

    // Readers meanwhile: the busiest pages, an old release, a search, a feed, and a page that must stay 404.
    const expected: [string, number][] = [
      ['/', 200],
      ['/en/press', 200],
      ['/press/bench-00001', 200],
      ['/en/search?q=digital', 200],
      ['/feed.xml', 200],
      ['/en/press/no-such-release', 404],
    ];
    const readers = checkedLoad(BASE, expected, { connections: 10, maxSeconds: 600, timeoutSeconds: 10, requestsPerSecond: READER_RATE });

    const began = performance.now();
    const folder = join(contentDir, 'press-releases', slug);
    mkdirSync(folder, { recursive: true });
    const date = new Date(Date.now() - 60_000).toISOString().slice(0, 16);
    writeFileSync(join(folder, 'zh-TW.md'), `---\ntitle: 效能測試：剛發布的新聞稿\ndate: "${date}"\nunit: 測試單位\n---\n\n虛構的效能測試內容。\n`);
    writeFileSync(join(folder, 'en.md'), `---\ntitle: "Benchmark: a release published just now"\ndate: "${date}"\nunit: Test Unit\n---\n\nMade-up benchmark text.\n`);
    log(`wrote ${slug}; publishing`);
    const published = cluster.command('publish');
    const newReleaseSeconds = await allAnswer(targets, 200, began, 300_000);
    const output = await published;
    // What the publish did, step by step, with its own timings.
    for (const line of output.split('\n').filter((each) => /^\[(cluster |content-snapshot\])/.test(each))) log(line);
    const publishSeconds = (performance.now() - began) / 1000;
    log(`${slug} answers 200 everywhere after ${newReleaseSeconds.toFixed(1)} s; publish done in ${publishSeconds.toFixed(1)} s`);

    const rollbackBegan = performance.now();
    await cluster.command('rollback');
    const rollbackSeconds = await allAnswer(targets, 404, rollbackBegan, 120_000);
    log(`rolled back: ${slug} is 404 again after ${rollbackSeconds.toFixed(1)} s`);

    // A content-only publish has no validation pass of its own (the snapshot step is it): a broken
    // file must still be refused with its file and field, and leave the release being served alone.
    const brokenSlug = 'bench-broken';
    const brokenFile = join(contentDir, 'press-releases', brokenSlug, 'en.md');
    mkdirSync(join(contentDir, 'press-releases', brokenSlug), { recursive: true });
    writeFileSync(brokenFile, '---\ntitle: "Benchmark: a broken release"\ndate: next Tuesday\n---\n\nMade-up benchmark text.\n');
    const releaseBefore = await currentReleaseName();
    const refusal = await cluster.command('publish').then(
      () => 'published',
      (error: Error) => error.message,
    );
    rmSync(join(contentDir, 'press-releases', brokenSlug), { recursive: true, force: true });
    const refused =
      /press-releases\/bench-broken\/en\.md:\d+: date:/.test(refusal) &&
      /the content has errors \(listed above\): fix them and publish again; nothing was published/.test(refusal) &&
      (await currentReleaseName()) === releaseBefore;
    log(refused ? 'a broken file was refused, with its file and field; the release served stayed' : `a broken file was NOT refused as it should be:\n${refusal}`);

    readers.stop();
    const result = await readers.finished;
    log(`readers (${READER_RATE ? `${READER_RATE} a second` : 'as fast as answered'}): ${result.requests.total} requests, ${result.errors} errors (${result.timeouts} of them timeouts), ${result['5xx']} 5xx, ${readers.wrongCount()} other statuses than expected; p99 ${result.latency.p99} ms`);
    // autocannon's `errors` already counts its timeouts.
    const failedRequests = result.errors + readers.wrongCount();
    return {
      releases: count,
      newReleaseSeconds,
      publishSeconds,
      reusedCompile: output.includes('reusing the compiled code'),
      readerRate: READER_RATE,
      readerRequests: result.requests.total,
      failedRequests,
      failures: readers.wrong,
      rollbackSeconds,
      refusedBrokenContent: refused,
    };
  } finally {
    await cluster.command('stop');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 10_000);
  const result = await measurePublish(count);
  console.log(JSON.stringify(result, null, 2));
  const budgets = [
    [`new release answers 200 through nginx and on every instance ≤ 60 s at ${count}`, result.newReleaseSeconds <= 60],
    ['no reader request fails during publish and rollback', result.failedRequests === 0],
    ['a broken release file is refused, and the release served stays', result.refusedBrokenContent],
  ] as const;
  for (const [name, pass] of budgets) console.log(`${pass ? 'met ' : 'MISS'}  ${name}`);
  process.exitCode = budgets.every(([, pass]) => pass) ? 0 : 1;
}
