/**
 * The shipped deploy/nginx.conf limits the open-data API per client address:
 * a burst of 40 is answered at once, what comes faster than 10 a second
 * beyond it is a 429 as problem details. Pages are not limited by it.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { nginxArgv, writeNginxConf } from './nginx';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('the API is rate-limited per client, with a burst, and says so as problem details', { timeout: 60_000 }, async () => {
  const workDir = mkdtempSync(join(tmpdir(), 'press-nginx-api-'));
  // A stand-in instance: every answer uncacheable, so every request reaches it (or is refused before).
  const upstream = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'private, no-store' });
    response.end('{}');
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const listenPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  const conf = writeNginxConf({ listenPort, upstreamPorts: [(upstream.address() as AddressInfo).port], workDir, accessLog: false });
  const [bin, ...args] = nginxArgv(conf);
  const nginx = spawn(bin!, args, { stdio: 'ignore' });
  try {
    const base = `http://127.0.0.1:${listenPort}`;
    for (let tries = 0; ; tries++) {
      const status = await fetch(`${base}/press`).then((response) => response.status, () => 0);
      if (status === 200) break;
      assert.ok(tries < 100, 'nginx did not start');
      await sleep(100);
    }
    // Let the bucket drain (the probes above were pages, which the limit does not count anyway).
    await sleep(200);
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) => fetch(`${base}/api/v1/releases?page=${i + 1}`).then(async (response) => ({ status: response.status, type: response.headers.get('content-type'), body: await response.text() }))),
    );
    const ok = answers.filter((answer) => answer.status === 200).length;
    const limited = answers.filter((answer) => answer.status === 429);
    // 40 in the burst plus the one the rate allows, and perhaps a few more as the bucket drains while they arrive.
    assert.ok(ok >= 41 && ok <= 50, `${ok} answered`);
    assert.equal(ok + limited.length, 100);
    assert.equal(limited[0]!.type, 'application/problem+json');
    assert.deepEqual(JSON.parse(limited[0]!.body).status, 429);
    // Pages are not counted against the API's limit.
    const pages = await Promise.all(Array.from({ length: 60 }, (_, i) => fetch(`${base}/press?page=${i}`).then((response) => response.status)));
    assert.deepEqual(new Set(pages), new Set([200]));
  } finally {
    nginx.kill('SIGTERM');
    await new Promise((resolve) => nginx.once('exit', resolve));
    upstream.close();
    rmSync(workDir, { recursive: true, force: true });
  }
});
