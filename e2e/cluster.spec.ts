/**
 * The production path: two standalone instances under PM2 behind deploy/nginx.conf
 * (npm run cluster:start), under load from 100 connections for 35 s, while one
 * instance is killed with SIGKILL and later the cluster is reloaded instance by
 * instance. No reader may see an error. Runs after the other browser tests
 * (playwright.config.ts), which it would otherwise slow down.
 */
import { readdirSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { clusterControl } from '../deploy/cluster/control';
import { checkedLoad } from '../bench/support/http-load';
import { isReady } from '../deploy/cluster/health';
import { E2E_CONTENT_DIR, E2E_DIST_DIR } from './support/content';
import { PREVIEW_SECRET } from './support/site';

const CLUSTER_PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const PORTS = [CLUSTER_PORT + 1, CLUSTER_PORT + 2];
const CLUSTER_DIR = join(tmpdir(), `press-portal-e2e-cluster-${CLUSTER_PORT}`);
const BASE = `http://127.0.0.1:${CLUSTER_PORT}`;

const cluster = clusterControl({
  CLUSTER_DIR,
  CLUSTER_PORT: String(CLUSTER_PORT),
  FIRST_INSTANCE_PORT: String(PORTS[0]),
  INSTANCES: String(PORTS.length),
  CONTENT_DIR: resolve(E2E_CONTENT_DIR),
  CLUSTER_DIST_DIR: E2E_DIST_DIR,
  PREVIEW_SECRET,
});

/** Home, list, release, search and feed in both languages, and pages that must stay 404. */
const LOAD: [string, number][] = [
  ['/', 200],
  ['/en', 200],
  ['/press', 200],
  ['/en/press?page=2', 200],
  ['/press/fixture-01', 200],
  ['/en/press/fixture-02', 200],
  ['/press/5763', 200],
  ['/search?q=%E6%B8%AC%E8%A9%A6', 200],
  ['/en/search?q=test', 200],
  ['/feed.xml', 200],
  ['/en/feed.xml', 200],
  ['/en/press/no-such-release', 404],
];

/** The processes that listen on a TCP port, as the kernel says: the socket's inode in /proc/net/tcp, then whose fd it is. */
function listeningPids(port: number): number[] {
  const LISTEN = '0A';
  const inodes = new Set(
    ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((table) =>
      readFileSync(table, 'utf8')
        .split('\n')
        .slice(1)
        .map((line) => line.trim().split(/\s+/))
        .filter((fields) => fields[3] === LISTEN && parseInt(fields[1]?.split(':')[1] ?? '', 16) === port)
        .map((fields) => `socket:[${fields[9]}]`),
    ),
  );
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readdirSync(`/proc/${pid}/fd`).some((fd) => inodes.has(readlinkSync(`/proc/${pid}/fd/${fd}`)));
      } catch {
        return false; // gone, or not ours to read
      }
    })
    .map(Number);
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  // Two instances and nginx starting on a machine busy with other builds took over the default 30 s (once in four runs).
  test.setTimeout(90_000);
  rmSync(CLUSTER_DIR, { recursive: true, force: true });
  await cluster.command('start');
});

test.afterAll(async () => {
  await cluster.command('stop');
  rmSync(CLUSTER_DIR, { recursive: true, force: true });
});

test('cluster:status names the instances and the processes that listen on their ports', async () => {
  const status = await cluster.status();
  expect(status.url).toBe(BASE);
  expect(status.instances.map((each) => each.port)).toEqual(PORTS);
  for (const { port, pid } of status.instances) {
    expect(pid, `instance ${port}`).toEqual(expect.any(Number));
    expect(await isReady(port)).toBe(true);
    expect(listeningPids(port)).toContain(pid);
  }
  const health = await fetch(`${BASE}/healthz`);
  expect(health.status).toBe(200);
  expect(health.headers.get('cache-control')).toBe('private, no-store');
});

test('Draft Mode entered on one instance works on the other, and through nginx', async () => {
  const enter = await fetch(`http://127.0.0.1:${PORTS[0]}/api/preview`, {
    method: 'POST',
    body: new URLSearchParams({ secret: PREVIEW_SECRET, slug: 'fixture-draft', locale: 'en' }),
    redirect: 'manual',
  });
  expect(enter.status).toBe(303);
  const cookie = enter.headers
    .getSetCookie()
    .map((each) => each.split(';')[0])
    .join('; ');
  expect(cookie).toContain('__prerender_bypass=');
  expect(cookie).toContain('press_staff_session=');
  for (const origin of [`http://127.0.0.1:${PORTS[1]}`, BASE]) {
    const draft = await fetch(`${origin}/en/press/fixture-draft`, { headers: { cookie } });
    expect(draft.status, origin).toBe(200);
    expect(await draft.text()).toContain('Test draft: must stay private');
    // Without the cookie the draft does not exist.
    expect((await fetch(`${origin}/en/press/fixture-draft`)).status).toBe(404);
  }
});

test('a review link made on one instance opens on the other and through nginx, uncached, logged by each', async () => {
  const enter = await fetch(`http://127.0.0.1:${PORTS[0]}/api/preview`, {
    method: 'POST',
    body: new URLSearchParams({ secret: PREVIEW_SECRET, locale: 'en' }),
    redirect: 'manual',
  });
  expect(enter.status).toBe(303);
  const cookie = enter.headers
    .getSetCookie()
    .map((each) => each.split(';')[0])
    .join('; ');
  const label = `Cluster test ${Date.now()}`;
  const made = await fetch(`http://127.0.0.1:${PORTS[0]}/api/review-links`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, origin: `http://127.0.0.1:${PORTS[0]}` },
    body: new URLSearchParams({ slug: 'fixture-draft', locale: 'en', lifetime: '3600', label, ui: 'en' }),
  });
  expect(made.status).toBe(303);
  const token = new URL(made.headers.get('location')!, BASE).searchParams.get('review-link');
  expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  for (const origin of [`http://127.0.0.1:${PORTS[1]}`, BASE, BASE]) {
    const opened = await fetch(`${origin}/en/review/${token}`);
    expect(opened.status, origin).toBe(200);
    expect(await opened.text()).toContain('Test draft: must stay private');
    expect(opened.headers.get('cache-control')).toBe('private, no-store');
    // Asked twice through nginx: never stored, so never a HIT.
    expect(opened.headers.get('x-cache-status') ?? '').not.toBe('HIT');
  }
  // Each instance wrote its own audit lines to its log file in the cluster folder
  // (PM2 names it press-<port>.out-<n>.log, n its process number).
  const auditLines = (port: number) =>
    readdirSync(join(CLUSTER_DIR, 'logs'))
      .filter((file) => file.startsWith(`press-${port}.out`))
      .flatMap((file) => readFileSync(join(CLUSTER_DIR, 'logs', file), 'utf8').split('\n'))
      .filter((line) => line.includes('"log":"review-link"') && line.includes(label));
  await expect.poll(() => auditLines(PORTS[0]!).some((line) => line.includes('"outcome":"created"'))).toBe(true);
  await expect.poll(() => auditLines(PORTS[1]!).some((line) => line.includes('"outcome":"shown"'))).toBe(true);
});

test('nginx limits how fast one client may try review links', async () => {
  const statuses = await Promise.all(
    Array.from({ length: 60 }, (_, n) => fetch(`${BASE}/review/guess-${n}`).then((response) => response.status)),
  );
  expect(statuses.filter((status) => status >= 500)).toEqual([]);
  expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0);
  expect(statuses.every((status) => status === 404 || status === 429)).toBe(true);
});

test('under load, a killed instance and a rolling reload cost readers nothing', async ({ page }) => {
  test.setTimeout(180_000);
  // A reader's page from before the reload: its scripts and stylesheets must still load after it.
  const assets = new Set<string>();
  page.on('response', (response) => {
    if (['script', 'stylesheet'].includes(response.request().resourceType())) assets.add(response.url());
  });
  await page.goto(`${BASE}/en/press/fixture-01`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(assets.size).toBeGreaterThan(0);

  // Until stopped below, once the reload is over; maxSeconds only bounds a hung run.
  const load = checkedLoad(BASE, LOAD, { connections: 100, maxSeconds: 150, timeoutSeconds: 20 });
  // Phases last a number of readers' answers, not a time: under load, however fast this machine is.
  const answers = async (count: number) => {
    const until = load.answered() + count;
    await expect.poll(() => load.answered(), { timeout: 60_000 }).toBeGreaterThanOrEqual(until);
  };

  // Once readers are well under way (each of the 100 connections through every page once): the
  // first instance dies without warning.
  await answers(LOAD.length * 100);
  const killed = (await cluster.status()).instances[0]!;
  process.kill(killed.pid!, 'SIGKILL');
  // PM2 brings it back on its own.
  await expect
    .poll(async () => {
      const now = (await cluster.status()).instances[0]!;
      return now.pid !== null && now.pid !== killed.pid && (await isReady(now.port, 10_000));
    }, { timeout: 60_000, intervals: [250] })
    .toBe(true);

  // Then every instance is restarted, one at a time, still under load.
  await cluster.command('reload');
  // Readers go on after the reload, on the reloaded instances, before the load ends.
  await answers(LOAD.length * 100);
  load.stop();
  const result = await load.finished;
  console.log(
    `cluster under load: ${result.requests.total} requests in ${result.duration.toFixed(1)} s, ` +
      `p99 ${result.latency.p99} ms, ${result.errors} errors, ${result.timeouts} timeouts, ${result['5xx']} 5xx`,
  );
  expect(load.wrong, 'every request answered with its expected status').toEqual([]);
  expect(result.errors, 'connection errors').toBe(0);
  expect(result.timeouts, 'timeouts').toBe(0);
  expect(result['5xx'], '5xx answers').toBe(0);
  expect(result.requests.total).toBeGreaterThan(LOAD.length * 200);

  const after = await cluster.status();
  for (const { port, pid } of after.instances) {
    expect(pid, `instance ${port} is running`).toEqual(expect.any(Number));
    expect(await isReady(port)).toBe(true);
  }
  expect(() => process.kill(killed.pid!, 0)).toThrow();

  for (const asset of assets) {
    const response = await fetch(asset);
    expect(response.status, asset).toBe(200);
  }
  // The page from before the reload still navigates: its router fetches from the new instances.
  await page.getByRole('link', { name: 'Press releases' }).first().click();
  await expect(page).toHaveURL(/\/en\/press$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
