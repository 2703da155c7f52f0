/**
 * Publish, rollback, start, reload and stop as transactions, driven through
 * the real commands (deploy/cluster/cli.ts), PM2 and nginx, on stand-in
 * builds: each is a "standalone server" of a few lines that answers with its
 * label, so a publish takes seconds and every step is checked by what the
 * cluster serves. `publish --prebuilt` publishes such a build as it is.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { Agent, get } from 'node:http';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { checkedLoad } from '../../bench/support/http-load';
import { IMMUTABLE_CACHE_CONTROL, PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from '../../cache-policy';
import { readActivations } from './activations';
import { acquireLock, lockPath, readLock } from './lock';
import { pm2 } from './pm2';
import { activateRelease, currentRelease, listReleases } from './releases';
import { PROJECT_DIR } from './settings';
import type { ClusterStatus } from './status';

const run = promisify(execFile);
const TSX = join(PROJECT_DIR, 'node_modules', '.bin', 'tsx');
const CLI = join(PROJECT_DIR, 'deploy', 'cluster', 'cli.ts');

const CLUSTER_DIR = mkdtempSync(join(tmpdir(), 'press-transactions-test-'));
// mkdtemp makes it private; nginx's workers (www-data, when the tests run as root) must reach its cache inside.
chmodSync(CLUSTER_DIR, 0o755);
/** Inside the checkout, where the cluster looks for its build (ignored by git as every /.next-*). */
const DIST_DIR = `.next-transactions-test-${process.pid}`;
let clusterPort = 0;
let instancePorts: number[] = [];

/** Three free consecutive ports on loopback: nginx's and the two instances'. */
async function freePorts(): Promise<number> {
  const free = (port: number) =>
    new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
  for (let port = 20_000 + (process.pid % 20_000); ; port += 3) {
    if ((await free(port)) && (await free(port + 1)) && (await free(port + 2))) return port;
  }
}

/**
 * A build in the cluster's build folder whose server answers every page with
 * its label, /press/ pages cacheable by nginx as the portal's are and /media/
 * with an image-like answer cached as immutable; or,
 * `dies`, a server that exits at start, as a broken build would.
 */
function standInBuild(label: string, options: { dies?: boolean } = {}): void {
  const dist = join(PROJECT_DIR, DIST_DIR);
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(join(dist, 'standalone'), { recursive: true });
  mkdirSync(join(dist, 'static', 'chunks'), { recursive: true });
  writeFileSync(join(dist, 'standalone', 'package.json'), '{ "type": "commonjs" }\n');
  writeFileSync(
    join(dist, 'standalone', 'server.js'),
    options.dies
      ? 'process.exit(1);\n'
      : `process.chdir(__dirname); // as Next's standalone server does: the cluster reads a process's release from its folder
require('node:http')
  .createServer((request, response) => {
    const media = request.url.startsWith('/media/');
    const release = request.url.startsWith('/press/');
    response.writeHead(200, {
      'Cache-Control': media ? '${IMMUTABLE_CACHE_CONTROL}' : release ? '${PUBLIC_CACHE_CONTROL}' : '${PRIVATE_CACHE_CONTROL}',
      'Content-Type': 'text/plain',
    });
    response.end(media ? 'photo of ${label}' : '${label}');
  })
  .listen(Number(process.env.PORT), process.env.HOSTNAME);
`,
  );
  writeFileSync(join(dist, 'static', 'chunks', `${label}.js`), `// ${label}\n`);
  writeFileSync(join(dist, 'BUILD_ID'), `${label}\n`);
  writeFileSync(join(dist, 'cluster-code-fingerprint'), `${label}\n`);
}

const environment = () => ({
  ...process.env,
  CLUSTER_DIR,
  CLUSTER_PORT: String(clusterPort),
  FIRST_INSTANCE_PORT: String(instancePorts[0]),
  INSTANCES: String(instancePorts.length),
  CLUSTER_DIST_DIR: DIST_DIR,
  CONTENT_DIR: join(PROJECT_DIR, 'content'),
  READY_TIMEOUT_SECONDS: '30',
});

interface Outcome {
  code: number;
  output: string;
}

async function cluster(...args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(TSX, [CLI, ...args], { cwd: PROJECT_DIR, env: environment() });
    return { code: 0, output: `${stdout}${stderr}` };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, output: `${failure.stdout}${failure.stderr}` };
  }
}

async function succeeds(...args: string[]): Promise<string> {
  const outcome = await cluster(...args);
  assert.equal(outcome.code, 0, `cluster ${args.join(' ')}:\n${outcome.output}`);
  return outcome.output;
}

async function status(): Promise<ClusterStatus> {
  return JSON.parse(await succeeds('status')) as ClusterStatus;
}

async function text(url: string): Promise<{ body: string; cache: string | null }> {
  const response = await fetch(url);
  return { body: await response.text(), cache: response.headers.get('x-cache-status') };
}

/** A GET through `agent`, with the local port of the connection it went on (the same port: the same connection). */
function onConnection(url: string, agent: Agent): Promise<{ body: string; cache: string | undefined; localPort: number | undefined }> {
  return new Promise((resolve, reject) => {
    get(url, { agent }, (response) => {
      // Read now: the agent takes the socket back once the body has ended.
      const localPort = response.socket.localPort;
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({ body, cache: response.headers['x-cache-status'] as string | undefined, localPort }),
      );
    }).on('error', reject);
  });
}

/** What nginx and each instance serve: the label of the build every one of them runs. */
async function served(): Promise<string[]> {
  return Promise.all([clusterPort, ...instancePorts].map(async (port) => (await text(`http://127.0.0.1:${port}/`)).body));
}

before(async () => {
  clusterPort = await freePorts();
  instancePorts = [clusterPort + 1, clusterPort + 2];
});

after(async () => {
  await cluster('stop');
  rmSync(CLUSTER_DIR, { recursive: true, force: true });
  rmSync(join(PROJECT_DIR, DIST_DIR), { recursive: true, force: true });
});

const releaseNamed = (label: string) => listReleases(CLUSTER_DIR).find((name) => readFileSync(join(CLUSTER_DIR, 'releases', name, 'server.js'), 'utf8').includes(`'${label}'`));

test('start, publish, concurrent publishes, and a rollback that follows the history of what went live', async () => {
  standInBuild('one');
  await succeeds('start');
  assert.deepEqual(await served(), ['one', 'one', 'one']);
  const first = currentRelease(CLUSTER_DIR)!;
  const started = await status();
  assert.equal(started.state, 'running');
  assert.deepEqual(started.instances.map((each) => [each.ready, each.release]), [[true, first], [true, first]]);

  // While another command holds the lock, every command is refused, naming it, and nothing changes.
  const held = acquireLock(CLUSTER_DIR, 'publish');
  for (const command of ['publish', 'rollback', 'reload', 'start', 'stop']) {
    const refused = await cluster(command, '--prebuilt');
    assert.equal(refused.code, 1, command);
    assert.match(
      refused.output,
      new RegExp(`${command} failed: another cluster command is running: publish \\(process ${process.pid} on ${hostname()}, since \\d{4}-[\\dT:.-]+Z, \\d+ s ago\\)`),
    );
  }
  held.release();
  assert.equal((await status()).state, 'running');

  // Two publishes at once: the second starts once the first holds the lock, and is refused.
  standInBuild('two');
  const publishing = cluster('publish', '--prebuilt');
  await until(() => readLock(CLUSTER_DIR)?.command === 'publish');
  const second = await cluster('publish', '--prebuilt');
  assert.equal(second.code, 1);
  assert.match(second.output, /another cluster command is running: publish \(process \d+ on .*, since /);
  assert.equal((await publishing).code, 0);
  assert.deepEqual(await served(), ['two', 'two', 'two']);
  const secondRelease = currentRelease(CLUSTER_DIR)!;

  // publish → rollback → publish → rollback lands on the first release, never on one rolled back.
  const back = await succeeds('rollback');
  assert.match(back, new RegExp(`rolling back from release ${secondRelease} to release ${first}`));
  assert.deepEqual(await served(), ['one', 'one', 'one']);
  standInBuild('three');
  await succeeds('publish', '--prebuilt');
  assert.deepEqual(await served(), ['three', 'three', 'three']);
  const third = currentRelease(CLUSTER_DIR)!;
  assert.equal((await status()).rollbackTo, first);

  // The pages and images nginx stored for the release rolled back from are dropped with it: a page
  // could otherwise be served for up to 60 + 300 s more with what is being withdrawn.
  // A reader's kept-alive connection outlives the drop: nginx is not reloaded, which would close it.
  const image = `http://127.0.0.1:${clusterPort}/media/fixture/0123456789abcdef/640/photo.jpg`;
  const page = `http://127.0.0.1:${clusterPort}/press/fixture`;
  const reader = new Agent({ keepAlive: true, maxSockets: 1 });
  assert.equal((await onConnection(image, reader)).body, 'photo of three');
  assert.equal((await onConnection(page, reader)).body, 'three');
  const stored = await onConnection(image, reader);
  assert.deepEqual([stored.body, stored.cache], ['photo of three', 'HIT']);
  const storedPage = await onConnection(page, reader);
  assert.deepEqual([storedPage.body, storedPage.cache], ['three', 'HIT']);
  const again = await succeeds('rollback');
  assert.match(again, new RegExp(`rolling back from release ${third} to release ${first}`));
  assert.deepEqual(await served(), ['one', 'one', 'one']);
  assert.deepEqual(await onConnection(image, reader), { body: 'photo of one', cache: 'MISS', localPort: stored.localPort });
  assert.deepEqual(await onConnection(page, reader), { body: 'one', cache: 'MISS', localPort: stored.localPort });
  reader.destroy();
  assert.deepEqual(readActivations(CLUSTER_DIR, first).live, [first]);
  assert.equal(releaseNamed('two'), undefined, 'the release rolled back from and no longer reachable is pruned');

  const nothing = await cluster('rollback');
  assert.equal(nothing.code, 1);
  assert.match(nothing.output, new RegExp(`no release to roll back to: release ${first} is the first one in the activation history`));
});

test('a publish whose release never becomes ready leaves every instance on the old one, and readers see no error', async () => {
  const before = currentRelease(CLUSTER_DIR)!;
  const releasesBefore = listReleases(CLUSTER_DIR);
  const load = checkedLoad(`http://127.0.0.1:${clusterPort}`, [['/', 200]], { connections: 10, maxSeconds: 120, timeoutSeconds: 10 });
  await until(() => load.answered() > 200);
  standInBuild('broken', { dies: true });
  const failed = await cluster('publish', '--prebuilt');
  const answeredDuring = load.answered();
  await until(() => load.answered() > answeredDuring + 200);
  load.stop();
  const result = await load.finished;

  assert.equal(failed.code, 1, failed.output);
  assert.match(failed.output, /exited \d+ times at start/);
  assert.match(failed.output, new RegExp(`every instance runs release ${before}, as before\\. Release \\S+ was removed: nothing was published`));
  assert.deepEqual(await served(), ['one', 'one', 'one']);
  assert.equal(currentRelease(CLUSTER_DIR), before);
  assert.deepEqual(listReleases(CLUSTER_DIR), releasesBefore);
  assert.ok(!existsSync(join(CLUSTER_DIR, 'static', '_next', 'static', 'chunks', 'broken.js')), 'its static files are gone too');
  const after = await status();
  assert.equal(after.state, 'running');
  assert.deepEqual(after.instances.map((each) => each.release), [before, before]);
  assert.equal(existsSync(lockPath(CLUSTER_DIR)), false);

  assert.deepEqual(load.wrong, []);
  assert.equal(result.errors, 0, 'connection errors');
  assert.equal(result.timeouts, 0, 'timeouts');
  assert.equal(result['5xx'], 0, '5xx answers');
});

test('cluster:status tells a half-started cluster from a running one, and start repairs it', async () => {
  pm2(['stop', `press-${instancePorts[1]}`], CLUSTER_DIR, { quiet: true });
  const half = await status();
  assert.equal(half.state, 'half-started');
  assert.deepEqual(half.problems, [`instance ${instancePorts[1]} is not running`]);
  const refused = await cluster('publish', '--prebuilt');
  assert.equal(refused.code, 1);
  assert.match(refused.output, /the cluster is half-started \(instance \d+ is not running\): `npm run cluster:start` first; nothing was published/);
  await succeeds('start');
  assert.equal((await status()).state, 'running');
});

test('what an interrupted publish left is cleaned up by the next command', async () => {
  const live = currentRelease(CLUSTER_DIR)!;
  // A publish killed after copying a release, moving `current` to it and restarting one instance.
  const orphan = '20991231T235959Z';
  cpSync(join(CLUSTER_DIR, 'releases', live), join(CLUSTER_DIR, 'releases', orphan), { recursive: true });
  activateRelease(CLUSTER_DIR, orphan);
  mkdirSync(join(CLUSTER_DIR, 'releases', '20991231T235960Z.partial'));
  const dead = await run(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  writeFileSync(
    lockPath(CLUSTER_DIR),
    JSON.stringify({ command: 'publish', pid: Number(dead.stdout), host: hostname(), since: '2026-12-04T10:00:00.000Z', release: orphan, from: live, madeRelease: true }),
  );
  const interrupted = await status();
  assert.equal(interrupted.state, 'half-started');
  assert.match(interrupted.problems.join('\n'), /a publish started 2026-12-04T10:00:00.000Z was interrupted/);

  const output = await succeeds('reload');
  assert.match(output, /the last command, publish \(process \d+, since 2026-12-04T10:00:00.000Z\), was interrupted: cleaning up after it/);
  assert.match(output, /removed releases\/20991231T235960Z\.partial/);
  assert.match(output, new RegExp(`removed release ${orphan}, which never went live`));
  assert.deepEqual(
    readdirSync(join(CLUSTER_DIR, 'releases')).filter((name) => name.startsWith('2099')),
    [],
  );
  assert.match(output, new RegExp(`current points at release ${live} again, as before the publish`));
  const after = await status();
  assert.equal(after.state, 'running');
  assert.equal(after.release, live);
  assert.equal(after.lock, null);

  await succeeds('stop');
  assert.equal((await status()).state, 'stopped');
});

/** Waits on a condition, not the clock. */
async function until(condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const began = Date.now();
  while (!condition()) {
    if (Date.now() - began > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
