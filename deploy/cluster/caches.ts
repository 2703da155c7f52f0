/**
 * Dropping what nginx has stored, while it serves. Deleting a zone's files is
 * not enough on its own: deploy/nginx.conf keeps the descriptors of hot cache
 * files open (open_file_cache, up to 60 s), and a worker goes on sending a
 * deleted file through one. So nginx is then told to reload (SIGHUP): new
 * workers, with nothing open, take the new connections; the old ones finish
 * the requests they have and exit. The zone's keys survive the reload, and a
 * key whose file is gone is a miss, fetched again from the instances.
 *
 * The reload is asynchronous, so the drop waits until the old workers have
 * exited: when a rollback says the images are gone, no worker still holds one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { emptyCacheZone, type NginxCacheZone } from '../nginx';
import { pm2Processes } from './pm2';
import { clusterPaths, NGINX_APP } from './settings';

/** How long old workers may take to finish what they are sending; past it the command says so and goes on. */
const OLD_WORKERS_TIMEOUT_MS = 30_000;

export async function dropCaches(dir: string, zones: readonly NginxCacheZone[], log: (line: string) => void): Promise<void> {
  for (const zone of zones) emptyCacheZone(clusterPaths(dir).nginx, zone);
  const nginx = pm2Processes(dir).find((each) => each.name === NGINX_APP && each.status === 'online');
  if (!nginx || nginx.pid <= 0) return;
  const oldWorkers = childProcesses(nginx.pid);
  process.kill(nginx.pid, 'SIGHUP');
  const began = performance.now();
  while (childProcesses(nginx.pid).some((pid) => oldWorkers.includes(pid))) {
    if (performance.now() - began > OLD_WORKERS_TIMEOUT_MS) {
      log(`nginx's old workers were still finishing requests after ${OLD_WORKERS_TIMEOUT_MS / 1000} s; they exit once those are sent`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
/** The pids whose parent is `parent`, read from /proc (nginx's workers and cache processes). */
function childProcesses(parent: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command name, which is in parentheses and may hold spaces: state, ppid, …
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === parent) children.push(Number(entry));
    } catch {
      // The process ended while the folder was read.
    }
  }
  return children;
}
