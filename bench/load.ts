/**
 * Load test: the production server under autocannon, 100 connections for
 * 60 seconds (LOAD_SECONDS to change), over a mix of home, list, filter,
 * release, search and 404 URLs in both languages. Reports requests per
 * second, latency, errors, unexpected status codes and the server's memory
 * before and after. Run with `npm run bench:load` (it builds first).
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { NEXT_BIN, start, treeMemoryMiB, waitForUrl } from './support/processes';

const PORT = Number(process.env.LOAD_PORT ?? 3400);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = 100;
const ORIGIN = `http://127.0.0.1:${PORT}`;

const slugs = readdirSync('content/press-releases').slice(0, 6);
const PATHS = [
  '/', '/en', '/press', '/en/press', '/press?page=2', '/press?year=2024', '/en/press?year=2023',
  ...slugs.map((slug) => `/press/${slug}`),
  ...slugs.map((slug) => `/en/press/${slug}`),
  `/search?q=${encodeURIComponent('資安')}`, `/search?q=${encodeURIComponent('韓國代表')}`, '/en/search?q=cybersecurity',
  '/press/no-such-release', '/en/no/such/page',
];
const EXPECTED_STATUS = new Set([200, 404]);

function run(duration: number) {
  return autocannon({
    url: ORIGIN,
    connections: CONNECTIONS,
    duration,
    requests: PATHS.map((path) => ({ method: 'GET', path })),
  });
}

const server = start(process.execPath, [NEXT_BIN, 'start', '-p', String(PORT)], { env: { NODE_ENV: 'production' } });
try {
  await waitForUrl(`${ORIGIN}/`, server);
  await run(20); // warm-up: every path rendered, caches and the search index built, the heap at its working size
  const memoryBefore = treeMemoryMiB(server.process.pid!);
  const result = await run(SECONDS);
  const memoryAfter = treeMemoryMiB(server.process.pid!);

  const statusCounts = Object.fromEntries(
    Object.entries(result.statusCodeStats ?? {}).map(([code, stats]) => [code, (stats as { count: number }).count]),
  );
  const unexpected = Object.entries(statusCounts)
    .filter(([code]) => !EXPECTED_STATUS.has(Number(code)))
    .reduce((sum, [, count]) => sum + count, 0);
  const report = {
    date: new Date().toISOString(),
    machine: `${process.platform} ${process.arch}, ${(await import('node:os')).cpus().length} cores, Node ${process.version}`,
    seconds: SECONDS,
    connections: CONNECTIONS,
    paths: PATHS.length,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    requests: result.requests.total,
    // Connection errors, timeouts included (autocannon counts them among its errors).
    errors: result.errors,
    statusCounts,
    unexpectedStatus: unexpected,
    memoryMiB: { afterWarmUp: Math.round(memoryBefore), afterRun: Math.round(memoryAfter) },
    memoryGrowth: Number((memoryAfter / memoryBefore).toFixed(3)),
  };
  const verdicts = {
    'zero errors': report.errors === 0,
    'zero unexpected status codes': report.unexpectedStatus === 0,
    'p99 under 250 ms': report.latencyMs.p99 < 250,
    'memory within 20% of warm-up': report.memoryGrowth <= 1.2,
  };
  console.table({
    'requests/s': report.requestsPerSecond,
    'p50 ms': report.latencyMs.p50,
    'p99 ms': report.latencyMs.p99,
    requests: report.requests,
    errors: report.errors,
    'unexpected status': report.unexpectedStatus,
    'memory after warm-up (MiB)': report.memoryMiB.afterWarmUp,
    'memory after run (MiB)': report.memoryMiB.afterRun,
  });
  console.table(verdicts);
  mkdirSync('bench/results', { recursive: true });
  const file = join('bench/results', `load-${report.date.slice(0, 19).replace(/:/g, '')}.json`);
  writeFileSync(file, `${JSON.stringify({ ...report, verdicts }, null, 2)}\n`);
  console.log(`report: ${file}`);
  process.exitCode = Object.values(verdicts).every(Boolean) ? 0 : 1;
} finally {
  await server.stop();
}
