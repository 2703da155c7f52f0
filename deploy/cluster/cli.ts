/**
 * The cluster's commands (package.json: cluster:start, cluster:status,
 * cluster:reload, cluster:stop, publish, rollback). docs/deploying.md is the guide.
 *
 *   tsx deploy/cluster/cli.ts build|start|status|reload|stop|publish|rollback
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { nginxPaths, writeNginxConf } from '../nginx';
import { loadContentTree } from '../../content-layer/load';
import { formatProblem } from '../../content-layer/problems';
import { buildForCluster } from './build';
import { waitUntilReady } from './health';
import { ECOSYSTEM_FILE, pm2, pm2Processes } from './pm2';
import {
  activateRelease,
  assembleRelease,
  currentRelease,
  previousRelease,
  pruneReleases,
  syncStaticFiles,
} from './releases';
import {
  clusterDir,
  clusterPaths,
  instanceName,
  instancePorts,
  loadSettings,
  NGINX_APP,
  saveSettings,
  settingsFromEnvironment,
  type ClusterSettings,
} from './settings';

const began = performance.now();
/** On stderr, so that `cluster:status` prints only its JSON; with the time since the command began. */
const log = (line: string) => console.error(`[cluster +${((performance.now() - began) / 1000).toFixed(1)} s] ${line}`);

function isRunning(dir: string): boolean {
  return pm2Processes(dir).some((each) => each.name === NGINX_APP);
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

async function status(dir: string) {
  const settings = loadSettings(dir);
  const processes = new Map(pm2Processes(dir).map((each) => [each.name, each]));
  return {
    url: `http://127.0.0.1:${settings.clusterPort}`,
    instances: instancePorts(settings).map((port) => {
      const process = processes.get(instanceName(port));
      return { port, pid: process?.status === 'online' && process.pid > 0 ? process.pid : null };
    }),
  };
}

async function start(dir: string): Promise<void> {
  if (isRunning(dir)) {
    log('already running');
    return;
  }
  const settings = settingsFromEnvironment();
  if (!currentRelease(dir)) {
    log('no release yet: making one from the existing build');
    activateRelease(dir, assembleRelease(dir, { ...settings, reusedCompile: false }));
  }
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
  await Promise.all(instancePorts(settings).map((port) => waitUntilReady(port)));
  await waitUntilReady(settings.clusterPort);
  log(`ready at http://127.0.0.1:${settings.clusterPort} (release ${currentRelease(dir)})`);
}

/** One instance at a time: restarted, then ready again, before the next goes down. */
async function rollingRestart(dir: string, settings: ClusterSettings): Promise<void> {
  const ports = instancePorts(settings);
  for (const port of ports) {
    const began = performance.now();
    // PM2 sends SIGINT, Next finishes the requests it has, PM2 starts the new process.
    pm2(['restart', instanceName(port)], dir, { quiet: true });
    await waitUntilReady(port);
    // Ready is in rotation: nginx holds no instance out (max_fails=0 in deploy/nginx.conf), so the
    // next one can go down now.
    log(`instance ${port} restarted and ready in ${Math.round(performance.now() - began)} ms`);
  }
}

async function reload(dir: string): Promise<void> {
  if (!isRunning(dir)) throw new Error('the cluster is not running: `npm run cluster:start`');
  await rollingRestart(dir, loadSettings(dir));
  log(`reloaded: every instance runs release ${currentRelease(dir)}`);
}

async function stop(dir: string): Promise<void> {
  const settings = loadSettings(dir);
  // Asking a daemon that is not running would start one first.
  if (existsSync(join(clusterPaths(dir).pm2Home, 'rpc.sock'))) pm2(['kill'], dir, { quiet: true });
  // PM2 has waited for its processes; check that nothing still holds the ports.
  for (const port of [settings.clusterPort, ...instancePorts(settings)]) {
    if (!(await portIsFree(port))) throw new Error(`port ${port} is still in use after stopping`);
  }
  log('stopped');
}

function validateContent(contentDir: string): void {
  const { releases, problems } = loadContentTree(contentDir);
  const errors = problems.filter((problem) => problem.severity === 'error');
  for (const problem of problems) console.error(formatProblem(problem));
  if (errors.length > 0) throw new Error(`the content has ${errors.length} error(s): fix them and publish again; nothing was published`);
  log(`content valid: ${releases.length} releases, ${problems.length} warnings`);
}

async function publish(dir: string): Promise<void> {
  const began = performance.now();
  const running = isRunning(dir);
  const settings = running ? loadSettings(dir) : settingsFromEnvironment();
  const { reusedCompile } = await buildForCluster(settings, log, () => {
    log(`validating ${settings.contentDir}`);
    validateContent(settings.contentDir);
  });
  log('built');
  const name = assembleRelease(dir, { ...settings, reusedCompile });
  log(`release ${name} assembled`);
  // The new release's scripts are served before any instance hands out a page that asks for them.
  syncStaticFiles(dir);
  activateRelease(dir, name);
  if (running) await rollingRestart(dir, settings);
  else await start(dir);
  const removed = pruneReleases(dir);
  syncStaticFiles(dir);
  log(`published release ${name} in ${((performance.now() - began) / 1000).toFixed(1)} s${removed.length ? ` (removed old releases ${removed.join(', ')})` : ''}`);
}

/**
 * A rollback undoes a publish now: once every instance runs the release
 * before, nginx's stored pages (which may hold what is being withdrawn, and
 * would be served stale for up to 60 + 300 s) are dropped. nginx treats a
 * missing cache file as a miss and refills the cache on demand.
 */
function emptyPageCache(dir: string): void {
  const pages = join(nginxPaths(clusterPaths(dir).nginx).cache, 'pages');
  if (!existsSync(pages)) return;
  for (const entry of readdirSync(pages)) rmSync(join(pages, entry), { recursive: true, force: true });
}

async function rollback(dir: string): Promise<void> {
  const previous = previousRelease(dir);
  if (!previous) throw new Error(`no release before ${currentRelease(dir) ?? '(none)'} to roll back to`);
  activateRelease(dir, previous);
  if (isRunning(dir)) {
    await rollingRestart(dir, loadSettings(dir));
    emptyPageCache(dir);
  }
  log(`rolled back to release ${previous}; nginx's stored pages were dropped`);
}

/** The standalone build `start` runs when no release was published yet. */
async function build(): Promise<void> {
  const settings = settingsFromEnvironment();
  await buildForCluster(settings, log, () => validateContent(settings.contentDir));
}

const commands: Record<string, (dir: string) => Promise<void>> = {
  build,
  start,
  reload,
  stop,
  publish,
  rollback,
  status: async (dir) => console.log(JSON.stringify(await status(dir))),
};

const command = process.argv[2] ?? '';
const run = commands[command];
if (!run) {
  console.error(`usage: tsx deploy/cluster/cli.ts ${Object.keys(commands).join('|')}`);
  process.exit(2);
}
run(clusterDir()).catch((error: unknown) => {
  console.error(`[cluster] ${command} failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
