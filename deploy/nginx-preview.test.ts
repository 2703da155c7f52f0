/**
 * The shipped deploy/nginx.conf and the preview secret: entering preview
 * (the form's POST, or the header) leaves no secret in nginx's access or
 * error log, an address carrying the secret is refused by nginx itself and
 * logged without it, and /api/preview is rate-limited. A stand-in instance
 * answers behind it, recording what reached it.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { nginxArgv, nginxPaths, writeNginxConf } from './nginx';

const SECRET = 'Zq7-preview-secret-that-must-never-be-logged';

test('entering preview leaves no secret in any nginx log line, and /api/preview is rate-limited', { timeout: 60_000 }, async () => {
  const reached: string[] = [];
  const instance = createServer((request, response) => {
    reached.push(`${request.method} ${request.url}`);
    request.resume();
    request.on('end', () => {
      response.writeHead(request.method === 'POST' ? 303 : 200, { location: '/press', 'cache-control': 'private, no-store' });
      response.end();
    });
  });
  instance.listen(0, '127.0.0.1');
  await once(instance, 'listening');
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const listenPort = (probe.address() as AddressInfo).port;
  probe.close();

  const workDir = mkdtempSync(join(tmpdir(), 'press-nginx-preview-'));
  const conf = writeNginxConf({ listenPort, upstreamPorts: [(instance.address() as AddressInfo).port], workDir });
  const [bin, ...args] = nginxArgv(conf);
  const nginx = spawn(bin!, args, { stdio: 'ignore' });
  const exited = once(nginx, 'exit');
  const base = `http://127.0.0.1:${listenPort}`;
  try {
    for (let tries = 0; ; tries++) {
      const up = await fetch(`${base}/healthz`).then(() => true, () => false);
      if (up) break;
      assert.ok(tries < 100, 'nginx did not start');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const form = new URLSearchParams({ secret: SECRET, slug: 'fixture-draft', locale: 'en' });
    const posted = await fetch(`${base}/api/preview`, { method: 'POST', body: form, redirect: 'manual' });
    assert.equal(posted.status, 303);
    const header = await fetch(`${base}/api/preview?slug=fixture-draft`, {
      method: 'POST',
      headers: { 'x-preview-secret': SECRET },
      redirect: 'manual',
    });
    assert.equal(header.status, 303);
    // The old way, still in someone's bookmarks: refused by nginx before any instance sees it.
    const inAddress = await fetch(`${base}/api/preview?${new URLSearchParams({ slug: 'x', secret: SECRET })}`);
    assert.equal(inAddress.status, 400);
    // Pasted into a page's address by mistake: served, and logged without the query.
    const page = await fetch(`${base}/press?secret=${SECRET}&page=2`);
    assert.equal(page.status, 200);
    assert.ok(!reached.some((line) => line.startsWith('GET /api/preview') && line.includes('secret')), reached.join('\n'));

    // A burst of tries at the secret: after the 10 allowed at once (2 used above), 429.
    const statuses = await Promise.all(
      Array.from({ length: 20 }, () =>
        fetch(`${base}/api/preview`, { method: 'POST', body: new URLSearchParams({ secret: 'guess' }), redirect: 'manual' }).then(
          (response) => response.status,
        ),
      ),
    );
    const limited = statuses.filter((status) => status === 429).length;
    assert.ok(limited >= 9, `429 for ${limited} of 20: ${statuses.join(' ')}`);
    assert.ok(statuses.filter((status) => status === 303).length >= 8, statuses.join(' '));
  } finally {
    // QUIT: a graceful stop, which writes out the buffered access log.
    nginx.kill('SIGQUIT');
    await exited;
    instance.close();
  }
  const logs = nginxPaths(workDir).logs;
  const access = readFileSync(join(logs, 'access.log'), 'utf8');
  const errors = readFileSync(join(logs, 'error.log'), 'utf8');
  rmSync(workDir, { recursive: true, force: true });
  assert.ok(!access.includes(SECRET), access);
  assert.ok(!errors.includes(SECRET), errors);
  // The lines are there, so the check above read a real log.
  assert.match(access, /"POST \/api\/preview HTTP\/1\.1" 303/);
  assert.match(access, /"POST \/api\/preview\?slug=fixture-draft HTTP\/1\.1" 303/);
  assert.match(access, /"GET \/api\/preview\?\[withheld\] HTTP\/1\.1" 400/);
  assert.match(access, /"GET \/press\?\[withheld\] HTTP\/1\.1" 200/);
  assert.match(access, /"POST \/api\/preview HTTP\/1\.1" 429/);
});
