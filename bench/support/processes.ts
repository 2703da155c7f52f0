/** Starting, watching and stopping the servers and builds a benchmark measures. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Resident memory of a process and all its descendants, in MiB (Linux /proc). */
export function treeMemoryMiB(pid: number): number {
  const rss = (id: number) => {
    try {
      return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      return 0; // exited between listing and reading
    }
  };
  const children = (id: number): number[] => {
    try {
      return readFileSync(`/proc/${id}/task/${id}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...children(all[i]!));
  return all.reduce((sum, id) => sum + rss(id), 0) / 1024;
}

export interface Started {
  process: ChildProcess;
  /** Everything it wrote, for the error message if it fails. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts a command in its own process group, so that stopping it stops its children too. */
export function start(command: string, args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Started {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    process: child,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        return;
      }
      await exited;
    },
  };
}

/** Runs a command to its end, sampling its process tree's memory; throws with its output if it fails. */
export async function runMeasured(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<{ seconds: number; peakMiB: number; output: string }> {
  const began = performance.now();
  const run = start(command, args, options);
  let peakMiB = 0;
  const sampler = setInterval(() => (peakMiB = Math.max(peakMiB, treeMemoryMiB(run.process.pid!))), 100);
  const code = await new Promise<number | null>((resolve) => run.process.once('exit', resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - began) / 1000;
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${code}):\n${run.output().slice(-4000)}`);
  return { seconds, peakMiB, output: run.output() };
}

/** Waits until a URL answers (any status), or throws after `timeoutMs`. */
export async function waitForUrl(url: string, server?: Started, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server && server.process.exitCode !== null) throw new Error(`the server for ${url} exited:\n${server.output()}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(5_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s${server ? `:\n${server.output()}` : ''}`);
}

/** `next` from this project's node_modules, run with this Node. */
export const NEXT_BIN = 'node_modules/next/dist/bin/next';

/** How the bench runs each program a build step names: with this Node, from this project's node_modules. */
const STEP_PROGRAMS: Record<string, string[]> = {
  next: [NEXT_BIN],
  tsx: ['node_modules/tsx/dist/cli.mjs'],
};

/**
 * The steps of `npm run build`, read from package.json so that the bench builds
 * exactly what ships: Turbopack's compile in one process, then page generation
 * in another, so the compiler's memory is freed before the pages' worker needs
 * its own (a single `next build` holds both at once), then the content snapshot.
 */
function portalBuildSteps(): string[][] {
  const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  return scripts.build!.split('&&').map((command) => {
    const [bin, ...args] = command.trim().split(/\s+/);
    const program = STEP_PROGRAMS[bin ?? ''];
    if (!program) throw new Error(`package.json "build" runs "${command.trim()}": the bench runs only ${Object.keys(STEP_PROGRAMS).join(' and ')} steps`);
    return [...program, ...args];
  });
}

export interface BuildFigures {
  seconds: number;
  peakMiB: number;
}

/** The portal's build as `npm run build` runs it: total time, and the higher of the steps' peaks. */
export async function buildPortal(env: Record<string, string>): Promise<BuildFigures & { steps: BuildFigures[] }> {
  const steps: BuildFigures[] = [];
  for (const args of portalBuildSteps()) {
    const { seconds, peakMiB } = await runMeasured(process.execPath, args, { env });
    steps.push({ seconds, peakMiB });
  }
  return {
    seconds: steps.reduce((sum, step) => sum + step.seconds, 0),
    peakMiB: Math.max(...steps.map((step) => step.peakMiB)),
    steps,
  };
}
