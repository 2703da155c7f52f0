/**
 * The shipped deploy/nginx.conf in front of two stand-in instances, under load:
 * what readers get while instances go down and come back. The stand-ins answer
 * every page in 300 ms (a render under load) with a 404, which nginx never
 * caches, so every request reaches an instance.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { nginxArgv, writeNginxConf } from './nginx';

const RENDER_MS = 300;
/** Readers, each asking for one page after another. */
const READERS = 20;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const stopping = new WeakSet<Server>();

/** A stand-in instance on `port` (0: any free one). */
async function instance(port = 0): Promise<Server> {
  const server = createServer((request, response) => {
    setTimeout(() => {
      // Once stopping, each connection closes after its answer, as a server shutting down does.
      response.writeHead(404, { 'content-type': 'text/plain', ...(stopping.has(server) ? { connection: 'close' } : {}) });
      response.end('not found');
    }, RENDER_MS);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

/** Gone at once, as a killed process is: its port refuses and its connections are cut. */
function kill(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  return closed;
}

/** A planned restart's first half, as PM2's SIGINT to Next: no new connections, the requests it has are answered. */
function stop(server: Server): Promise<void> {
  stopping.add(server);
  return new Promise<void>((resolve) => server.close(() => resolve()));
}

const portOf = (server: Server) => (server.address() as AddressInfo).port;

async function freePort(): Promise<number> {
  const probe = await instance();
  const port = portOf(probe);
  await kill(probe);
  return port;
}

test('an instance back from a restart takes readers at once: the next can be restarted as soon as it is back, and no reader gets a 502', { timeout: 60_000 }, async () => {
  const workDir = mkdtempSync(join(tmpdir(), 'press-nginx-failover-'));
  let first = await instance();
  let second = await instance();
  const listenPort = await freePort();
  const conf = writeNginxConf({ listenPort, upstreamPorts: [portOf(first), portOf(second)], workDir, accessLog: false });
  const [bin, ...args] = nginxArgv(conf);
  const nginx = spawn(bin!, args, { stdio: 'ignore' });
  const statuses = new Map<string, number>();
  let answered = 0;
  let loading = true;
  // Each phase lasts as long as the readers take to get `count` more answers (of any kind), however fast
  // this machine is: long enough for every reader to have asked during it.
  const answers = async (count: number) => {
    const until = answered + count;
    while (answered < until) await sleep(20);
  };
  try {
    const url = `http://127.0.0.1:${listenPort}/en/press/no-such-release`;
    for (let tries = 0; ; tries++) {
      const status = await fetch(url).then((response) => response.status, () => 0);
      if (status === 404) break;
      assert.ok(tries < 100, `nginx did not answer at ${url}`);
      await sleep(100);
    }
    // Each reader asks for pages of its own: nginx lets one request at a time fetch a page it might
    // cache (proxy_cache_lock), and readers in a spike ask for many pages.
    let asked = 0;
    const reader = async () => {
      while (loading) {
        const status = await fetch(`${url}-${asked++}`).then(
          async (response) => (await response.arrayBuffer(), String(response.status)),
          (error: Error) => error.message,
        );
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        answered++;
      }
    };
    const readers = Array.from({ length: READERS }, reader);
    await answers(2 * READERS);

    // The first instance dies; nginx sees it fail, again and again, while it is down.
    const firstPort = portOf(first);
    await kill(first);
    await answers(2 * READERS);
    // It is back, and as soon as the requests that met it down have been answered by the other,
    // the other is restarted (as a rolling restart or a publish does once an instance is ready):
    // it answers what it has, takes nothing new, and stays down a while. Held out for its failures,
    // the first would leave nginx no instance to send readers to.
    first = await instance(firstPort);
    await answers(READERS);
    const secondPort = portOf(second);
    await stop(second);
    await answers(4 * READERS);
    second = await instance(secondPort);
    await answers(2 * READERS);

    loading = false;
    await Promise.all(readers);
  } finally {
    loading = false;
    nginx.kill('SIGTERM');
    await Promise.all([kill(first), kill(second)]);
    rmSync(workDir, { recursive: true, force: true });
  }
  const got = JSON.stringify(Object.fromEntries(statuses));
  assert.deepEqual([...statuses.keys()], ['404'], `every reader got the page's own answer: ${got}`);
});
