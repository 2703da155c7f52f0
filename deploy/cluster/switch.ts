/**
 * Moving running instances from one release to another, all or nothing:
 * `current` is pointed at the new release, then the instances restart one at
 * a time, each ready before the next goes down (nginx sends requests on to the
 * others meanwhile). If one never becomes ready, `current` goes back and the
 * instances already restarted are restarted again on the release they ran,
 * so a failed publish or rollback leaves every instance where it was.
 */
import { readlinkSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { waitUntilReady } from './health';
import { pm2, pm2Processes } from './pm2';
import { activateRelease, currentRelease } from './releases';
import { clusterPaths, instanceName, instancePorts, type ClusterSettings } from './settings';

/** How many times an instance may die at start before waiting for it is given up. */
const DEATHS_AT_START = 2;

/** The release folder a process runs from (the standalone server changes to its own folder); undefined when unknown. */
export function processRelease(dir: string, pid: number | null): string | undefined {
  if (!pid) return undefined;
  try {
    const cwd = readlinkSync(`/proc/${pid}/cwd`);
    return dirname(cwd) === clusterPaths(dir).releases ? basename(cwd) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Waits until an instance PM2 has just (re)started is ready, giving up early if
 * PM2 keeps restarting it: a release that dies at start is known in a second,
 * not at the readiness timeout.
 */
export async function waitForInstance(dir: string, port: number): Promise<void> {
  const name = instanceName(port);
  const restartsAtStart = pm2Processes(dir).find((each) => each.name === name)?.restarts ?? 0;
  await waitUntilReady(port, {
    gaveUp: () => {
      const process = pm2Processes(dir).find((each) => each.name === name);
      if (!process) return 'is no longer managed by PM2';
      if (process.status === 'errored' || process.status === 'stopped') return `is ${process.status}`;
      const deaths = process.restarts - restartsAtStart;
      return deaths >= DEATHS_AT_START ? `exited ${deaths} times at start` : undefined;
    },
  });
}

/** PM2's states while it is starting or stopping a process itself: a restart asked for meanwhile is refused. */
const PM2_MOVING = new Set(['launching', 'stopping', 'waiting restart']);

/** Waits, a few seconds at most, until PM2 is no longer starting or stopping the instance itself. */
async function untilPm2Settles(dir: string, name: string): Promise<void> {
  const deadline = performance.now() + 5_000;
  while (performance.now() < deadline) {
    const status = pm2Processes(dir).find((each) => each.name === name)?.status;
    if (status === undefined || !PM2_MOVING.has(status)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Restarts one instance on the release `current` points at and waits until it is ready.
 * PM2 refuses a restart that lands while its own restart of a crashed process is
 * under way ("Process with pid … already exists"): then it is asked again once
 * PM2 has settled, a few times, before that counts as a failure.
 */
export async function restartInstance(dir: string, port: number): Promise<void> {
  const name = instanceName(port);
  for (let attempt = 1; ; attempt++) {
    try {
      pm2(['restart', name], dir, { quiet: true });
      break;
    } catch (error) {
      if (attempt >= 5 || !/already exists/.test(String(error))) throw error;
      await untilPm2Settles(dir, name);
    }
  }
  await waitForInstance(dir, port);
}

/** Stops an instance PM2 may be restarting in a loop, so that putting it back is not raced by PM2's own restarts. */
function stopInstance(dir: string, port: number): void {
  try {
    pm2(['stop', instanceName(port)], dir, { quiet: true });
  } catch {
    // Already stopped or gone: the restart that follows starts it either way.
  }
}

export class SwitchFailedError extends Error {}

/**
 * Points `current` at `to` and restarts every instance on it. On failure,
 * puts `current` back at `from` and restarts the instances it had restarted,
 * then throws SwitchFailedError saying what happened and where the cluster is.
 */
export async function switchRelease(
  dir: string,
  settings: ClusterSettings,
  to: string,
  log: (line: string) => void,
): Promise<void> {
  const from = currentRelease(dir);
  activateRelease(dir, to);
  const restarted: number[] = [];
  for (const port of instancePorts(settings)) {
    const began = performance.now();
    restarted.push(port);
    try {
      // PM2 sends SIGINT, Next finishes the requests it has, PM2 starts the process on `current`.
      await restartInstance(dir, port);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      log(`release ${to} failed on instance ${port}: ${reason}`);
      if (!from || from === to) throw new SwitchFailedError(`release ${to} did not start on instance ${port}: ${reason}`);
      log(`putting instance${restarted.length > 1 ? 's' : ''} ${restarted.join(', ')} back on release ${from}`);
      activateRelease(dir, from);
      stopInstance(dir, port);
      for (const each of restarted) await restartInstance(dir, each);
      throw new SwitchFailedError(`release ${to} did not start (${reason}); every instance runs release ${from}, as before`);
    }
    // Ready is in rotation: nginx holds no instance out (max_fails=0 in deploy/nginx.conf), so the
    // next one can go down now.
    log(`instance ${port} restarted on release ${to} and ready in ${Math.round(performance.now() - began)} ms`);
  }
}
