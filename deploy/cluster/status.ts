/**
 * What `cluster:status` prints: whether the cluster is running, stopped,
 * half-started (some of its processes missing, not ready, or on another
 * release than `current`) or busy with a command, and for each instance its
 * process, readiness and release.
 */
import { rollbackTarget } from './activations';
import { isReady } from './health';
import { holderIsAlive, readLock, type LockHolder } from './lock';
import { pm2Processes } from './pm2';
import { currentRelease } from './releases';
import { instanceName, instancePorts, loadSettings, NGINX_APP } from './settings';
import { processRelease } from './switch';

export type ClusterState = 'running' | 'stopped' | 'half-started' | 'busy';

export interface InstanceStatus {
  port: number;
  pid: number | null;
  ready: boolean;
  release: string | null;
}

export interface ClusterStatus {
  url: string;
  state: ClusterState;
  /** Why the state is not `running` or `stopped`, a sentence each. */
  problems: string[];
  /** The release `current` points at. */
  release: string | null;
  /** Where `npm run rollback` would go. */
  rollbackTo: string | null;
  /** The command running now, or one that died half-way (the next command cleans up after it). */
  lock: (LockHolder & { alive: boolean }) | null;
  nginx: { pid: number | null };
  instances: InstanceStatus[];
}

export async function clusterStatus(dir: string): Promise<ClusterStatus> {
  const settings = loadSettings(dir);
  const processes = new Map(pm2Processes(dir).map((each) => [each.name, each]));
  const online = (name: string) => {
    const process = processes.get(name);
    return process?.status === 'online' && process.pid > 0 ? process.pid : null;
  };
  const release = currentRelease(dir) ?? null;
  const instances = await Promise.all(
    instancePorts(settings).map(async (port): Promise<InstanceStatus> => {
      const pid = online(instanceName(port));
      return { port, pid, ready: pid !== null && (await isReady(port)), release: processRelease(dir, pid) ?? null };
    }),
  );
  const nginx = { pid: online(NGINX_APP) };
  // A command asking about the cluster it holds the lock of is not kept busy by itself.
  const holder = readLock(dir);
  const other = holder && holder.pid !== process.pid ? holder : undefined;
  const lock = other ? { ...other, alive: holderIsAlive(other) } : null;

  const nothingRuns = nginx.pid === null && instances.every((each) => each.pid === null);
  const problems: string[] = [];
  if (!nothingRuns) {
    if (nginx.pid === null) problems.push('nginx is not running');
    for (const each of instances) {
      if (each.pid === null) problems.push(`instance ${each.port} is not running`);
      else if (!each.ready) problems.push(`instance ${each.port} is not ready`);
      else if (each.release !== null && each.release !== release) problems.push(`instance ${each.port} runs release ${each.release}, not ${release}`);
    }
  }
  if (lock && !lock.alive) problems.push(`a ${lock.command} started ${lock.since} was interrupted: the next command cleans up after it`);
  const state: ClusterState = lock?.alive ? 'busy' : nothingRuns ? 'stopped' : problems.length === 0 ? 'running' : 'half-started';
  return {
    url: `http://127.0.0.1:${settings.clusterPort}`,
    state,
    problems,
    release,
    rollbackTo: rollbackTarget(dir, release ?? undefined) ?? null,
    lock,
    nginx,
    instances,
  };
}
