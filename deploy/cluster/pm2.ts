/** PM2, run from node_modules with its home in the cluster folder, so it manages this cluster's processes only. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { clusterPaths, PROJECT_DIR } from './settings';

const require = createRequire(import.meta.url);
const PM2_BIN = join(dirname(require.resolve('pm2/package.json')), 'bin', 'pm2');

export const ECOSYSTEM_FILE = join(PROJECT_DIR, 'deploy', 'ecosystem.config.cjs');

/** Runs a PM2 command and returns what it printed; throws with PM2's output if it fails. */
export function pm2(args: string[], dir: string, options: { quiet?: boolean } = {}): string {
  const env = { ...process.env, PM2_HOME: clusterPaths(dir).pm2Home, CLUSTER_DIR: dir };
  try {
    return execFileSync(process.execPath, [PM2_BIN, ...args], {
      env,
      cwd: PROJECT_DIR,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', options.quiet ? 'pipe' : 'inherit'],
    });
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`pm2 ${args.join(' ')} failed: ${failure.stderr || failure.stdout || failure.message}`);
  }
}

export interface Pm2Process {
  name: string;
  pid: number;
  status: string;
  restarts: number;
}

/** The processes PM2 runs for this cluster; none when its daemon is not running (asking does not start one). */
export function pm2Processes(dir: string): Pm2Process[] {
  const { pm2Home } = clusterPaths(dir);
  // `pm2 jlist` would start a daemon to answer; a missing socket means none runs.
  if (!existsSync(join(pm2Home, 'rpc.sock'))) return [];
  const raw = pm2(['jlist'], dir, { quiet: true });
  const list = JSON.parse(raw.slice(raw.indexOf('['))) as {
    name: string;
    pid: number;
    pm2_env: { status: string; restart_time: number };
  }[];
  return list.map((each) => ({ name: each.name, pid: each.pid, status: each.pm2_env.status, restarts: each.pm2_env.restart_time }));
}
