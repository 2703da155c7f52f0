/**
 * The cluster's commands (package.json: cluster:start, cluster:status,
 * cluster:reload, cluster:stop, publish, rollback). docs/deploying.md is the guide.
 *
 *   tsx deploy/cluster/cli.ts build|start|status|reload|stop|publish|rollback
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { writeNginxConf } from '../nginx';
import { forgetReleases, readActivations, recordPublish, recordRollback, releasesToKeep, rollbackTarget } from './activations';
import { buildForCluster, FINGERPRINT_FILE } from './build';
import { dropCaches } from './caches';
import { waitUntilReady } from './health';
import { acquireLock, type ClusterLock, type LockHolder } from './lock';
import { ECOSYSTEM_FILE, pm2 } from './pm2';
import {
  activateRelease,
  assembleRelease,
  currentRelease,
  discardRelease,
  pruneReleases,
  removeLeftovers,
  syncStaticFiles,
} from './releases';
import {
  clusterDir,
  clusterPaths,
  instancePorts,
  loadSettings,
  PROJECT_DIR,
  saveSettings,
  settingsFromEnvironment,
  type ClusterSettings,
} from './settings';
import { clusterStatus } from './status';
import { switchRelease, waitForInstance } from './switch';

const began = performance.now();
/** On stderr, so that `cluster:status` prints only its JSON; with the time since the command began. */
const log = (line: string) => console.error(`[cluster +${((performance.now() - began) / 1000).toFixed(1)} s] ${line}`);

/** What a command is given: the cluster folder, its lock, and whether an interrupted command left instances to restart. */
interface Run {
  dir: string;
  lock: ClusterLock;
  restartNeeded: boolean;
  flags: string[];
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/**
 * Undoes what a command that died half-way left (its lock's journal says what
 * it was doing): partial copies, a release it made that never went live,
 * `current` moved without every instance following. Returns whether the
 * instances must be restarted to all run `current` again.
 */
function recover(dir: string, holder: LockHolder): boolean {
  log(`the last command, ${holder.command} (process ${holder.pid}, since ${holder.since}), was interrupted: cleaning up after it`);
  for (const leftover of removeLeftovers(dir)) log(`removed ${leftover}`);
  let restartNeeded = false;
  if (holder.release && currentRelease(dir) === holder.release && holder.from && holder.from !== holder.release) {
    activateRelease(dir, holder.from);
    restartNeeded = true;
    log(`current points at release ${holder.from} again, as before the ${holder.command}`);
  }
  if (holder.release && holder.madeRelease && currentRelease(dir) !== holder.release) {
    discardRelease(dir, holder.release);
    log(`removed release ${holder.release}, which never went live`);
  }
  syncStaticFiles(dir);
  return restartNeeded;
}

/** Starts PM2's processes on `current` and waits until all are ready; if they are not, stops them again and throws. */
async function startProcesses(dir: string, settings: ClusterSettings): Promise<void> {
  for (const port of [settings.clusterPort, ...instancePorts(settings)]) {
    if (!(await portIsFree(port))) throw new Error(`port ${port} on 127.0.0.1 is taken: stop what uses it, or set CLUSTER_PORT / FIRST_INSTANCE_PORT`);
  }
  saveSettings(settings, dir);
  syncStaticFiles(dir);
  const paths = clusterPaths(dir);
  writeNginxConf({
    workDir: paths.nginx,
    listenPort: settings.clusterPort,
    upstreamPorts: instancePorts(settings),
    staticRoot: paths.static,
  });
  log(`starting ${settings.instances} instances on ${instancePorts(settings).join(', ')} and nginx on ${settings.clusterPort}`);
  pm2(['start', ECOSYSTEM_FILE], dir, { quiet: true });
  try {
    await Promise.all(instancePorts(settings).map((port) => waitForInstance(dir, port)));
    await waitUntilReady(settings.clusterPort);
  } catch (error) {
    // Not half-started: what started is stopped, and the cluster is as it was.
    stopProcesses(dir);
    throw error;
  }
}

function stopProcesses(dir: string): void {
  // Asking a daemon that is not running would start one first.
  if (existsSync(join(clusterPaths(dir).pm2Home, 'rpc.sock'))) pm2(['kill'], dir, { quiet: true });
}

async function start({ dir, restartNeeded }: Run): Promise<void> {
  const status = await clusterStatus(dir);
  if (status.state === 'running' || (status.state === 'half-started' && restartNeeded && status.instances.every((each) => each.ready))) {
    if (restartNeeded) await switchRelease(dir, loadSettings(dir), currentRelease(dir)!, log);
    log(`already running (release ${currentRelease(dir)})`);
    return;
  }
  if (status.state === 'half-started') {
    log(`half-started (${status.problems.join('; ')}): stopping what runs, then starting again`);
    stopProcesses(dir);
  }
  const settings = settingsFromEnvironment();
  let made: string | undefined;
  if (!currentRelease(dir)) {
    log('no release yet: making one from the existing build');
    made = assembleRelease(dir, { ...settings, reusedCompile: false });
    activateRelease(dir, made);
  }
  try {
    await startProcesses(dir, settings);
  } catch (error) {
    if (made) {
      rmSync(clusterPaths(dir).current, { force: true });
      discardRelease(dir, made);
    }
    throw new Error(`the cluster did not start, and what had started was stopped: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (made) recordPublish(dir, made, undefined);
  log(`ready at http://127.0.0.1:${settings.clusterPort} (release ${currentRelease(dir)})`);
}

async function reload({ dir }: Run): Promise<void> {
  const status = await clusterStatus(dir);
  if (status.state === 'stopped') throw new Error('the cluster is not running: `npm run cluster:start`');
  await switchRelease(dir, loadSettings(dir), currentRelease(dir)!, log);
  log(`reloaded: every instance runs release ${currentRelease(dir)}`);
}

async function stop({ dir }: Run): Promise<void> {
  const settings = loadSettings(dir);
  stopProcesses(dir);
  // PM2 has waited for its processes; check that nothing still holds the ports.
  for (const port of [settings.clusterPort, ...instancePorts(settings)]) {
    if (!(await portIsFree(port))) throw new Error(`port ${port} is still in use after stopping`);
  }
  log('stopped');
}

/** Reads and checks every release file; the content layer is loaded only by the commands that build. */
async function validateContent(contentDir: string): Promise<void> {
  const [{ loadContentTree }, { formatProblem }] = await Promise.all([
    import('../../content-layer/load'),
    import('../../content-layer/problems'),
  ]);
  const { releases, problems } = loadContentTree(contentDir);
  const errors = problems.filter((problem) => problem.severity === 'error');
  for (const problem of problems) console.error(formatProblem(problem));
  if (errors.length > 0) throw new Error(`the content has ${errors.length} error(s): fix them and publish again; nothing was published`);
  log(`content valid: ${releases.length} releases, ${problems.length} warnings`);
}

/** `publish --prebuilt`: the build `npm run build:cluster` finished in the cluster's build folder, published as it is. */
function checkPrebuilt(settings: ClusterSettings): void {
  if (!existsSync(join(PROJECT_DIR, settings.distDir, FINGERPRINT_FILE))) {
    throw new Error(`no finished build in ${settings.distDir}: run \`npm run build:cluster\` first, or publish without --prebuilt`);
  }
  log(`publishing the build in ${settings.distDir} as it is (built ${readFileSync(join(PROJECT_DIR, settings.distDir, 'BUILD_ID'), 'utf8').trim()})`);
}

async function publish({ dir, lock, flags }: Run): Promise<void> {
  const began = performance.now();
  const status = await clusterStatus(dir);
  const unready = status.state === 'stopped' ? [] : status.problems.filter((problem) => !/ runs release /.test(problem));
  if (unready.length > 0) {
    throw new Error(`the cluster is half-started (${unready.join('; ')}): \`npm run cluster:start\` first; nothing was published`);
  }
  const running = status.state !== 'stopped';
  const settings = running ? loadSettings(dir) : settingsFromEnvironment();
  let reusedCompile = true;
  if (flags.includes('--prebuilt')) checkPrebuilt(settings);
  else {
    ({ reusedCompile } = await buildForCluster(settings, log, async () => {
      log(`validating ${settings.contentDir}`);
      await validateContent(settings.contentDir);
    }));
    log('built');
  }
  const from = currentRelease(dir);
  const name = assembleRelease(dir, { ...settings, reusedCompile });
  lock.note({ release: name, from, madeRelease: true });
  log(`release ${name} assembled`);
  try {
    // The new release's scripts are served before any instance hands out a page that asks for them.
    syncStaticFiles(dir);
    if (running) await switchRelease(dir, settings, name, log);
    else {
      activateRelease(dir, name);
      await startProcesses(dir, settings);
    }
  } catch (error) {
    // As it was: `current` back (switchRelease has already put the instances back), the release and its files gone.
    if (currentRelease(dir) === name) {
      if (from) activateRelease(dir, from);
      else rmSync(clusterPaths(dir).current, { force: true });
    }
    discardRelease(dir, name);
    syncStaticFiles(dir);
    throw new Error(`${error instanceof Error ? error.message : String(error)}. Release ${name} was removed: nothing was published`);
  }
  recordPublish(dir, name, from);
  lock.note({ release: undefined, from: undefined, madeRelease: undefined });
  const removed = pruneReleases(dir, releasesToKeep(dir, name));
  forgetReleases(dir, removed, name);
  syncStaticFiles(dir);
  // A release's images are immutable by address, but a publish can take a release down (removed as
  // published in error): its photos must not be served on from nginx's store.
  if (running) dropCaches(dir, ['media']);
  log(`published release ${name} in ${((performance.now() - began) / 1000).toFixed(1)} s${removed.length ? ` (removed old releases ${removed.join(', ')})` : ''}`);
}

async function rollback({ dir, lock }: Run): Promise<void> {
  const current = currentRelease(dir);
  const target = rollbackTarget(dir, current);
  if (!current || !target) {
    throw new Error(`no release to roll back to: ${current ? `release ${current} is the first one in the activation history` : 'nothing was published'}`);
  }
  const since = readActivations(dir, current).events.findLast((event) => event.release === target)?.at;
  log(`rolling back from release ${current} to release ${target}${since ? `, live from ${since}` : ''}`);
  lock.note({ release: target, from: current });
  const status = await clusterStatus(dir);
  if (status.state === 'stopped') activateRelease(dir, target);
  else await switchRelease(dir, loadSettings(dir), target, log);
  recordRollback(dir, target, current);
  lock.note({ release: undefined, from: undefined });
  if (status.state !== 'stopped') {
    // Once every instance runs the release before, nginx's stored pages (which may hold what is being
    // withdrawn, served stale for up to 60 + 300 s) and images are dropped; nginx refills them on demand.
    dropCaches(dir, ['pages', 'media']);
  }
  log(`rolled back to release ${target}${status.state === 'stopped' ? '' : "; nginx's stored pages and images were dropped"}`);
}

/** The standalone build `start` runs when no release was published yet. */
async function build(): Promise<void> {
  const settings = settingsFromEnvironment();
  await buildForCluster(settings, log, () => validateContent(settings.contentDir));
}

const commands: Record<string, (run: Run) => Promise<void>> = {
  build,
  start,
  reload,
  stop,
  publish,
  rollback,
};

const [command = '', ...flags] = process.argv.slice(2);
const dir = clusterDir();

async function main(): Promise<void> {
  if (command === 'status') {
    console.log(JSON.stringify(await clusterStatus(dir)));
    return;
  }
  const run = commands[command];
  if (!run) {
    console.error(`usage: tsx deploy/cluster/cli.ts status|${Object.keys(commands).join('|')} [--prebuilt]`);
    process.exit(2);
  }
  const lock = acquireLock(dir, command);
  try {
    const restartNeeded = lock.interrupted ? recover(dir, lock.interrupted) : false;
    await run({ dir, lock, restartNeeded, flags });
  } finally {
    lock.release();
  }
}

main().catch((error: unknown) => {
  console.error(`[cluster] ${command} failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
