/**
 * One cluster command at a time. Publish, rollback, reload, start and stop
 * each move the `current` link, restart instances or copy files; two of them
 * interleaved leave a cluster that neither meant. The lock is a file created
 * exclusively in the cluster folder, holding who has it and, as a command
 * goes, what it has done so far (its journal): a command that dies half-way
 * (killed, the machine rebooted) leaves the file behind with a process that no
 * longer exists, and the next command reads the journal to undo what it left.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** What a command has done so far, for the next one to undo if it dies. */
export interface LockJournal {
  /** The release it is moving the cluster to. */
  release?: string;
  /** The release that was live before it began (undefined: none was). */
  from?: string;
  /** Whether `release` was made by this command (a publish): then an unfinished one is deleted. */
  madeRelease?: boolean;
}

export interface LockHolder extends LockJournal {
  command: string;
  pid: number;
  host: string;
  /** When it took the lock (ISO 8601, UTC). */
  since: string;
  /** The process's start time (Linux: clock ticks after boot), so that a new process with a reused pid is not taken for it. */
  processStart?: string;
}

export interface ClusterLock {
  /** Adds to the journal, replacing the file whole (written beside, then renamed). */
  note(journal: LockJournal): void;
  release(): void;
  /** The holder left behind by a command that died, whose leftovers the caller cleans; undefined when there was none. */
  interrupted?: LockHolder;
}

export function lockPath(dir: string): string {
  return join(dir, 'lock');
}

/** The 22nd field of /proc/<pid>/stat: when the process started. Undefined off Linux or when it is gone. */
function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** Whether the holder's process still runs: same host, the pid alive, and started when the holder says. */
export function holderIsAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true; // cannot tell from here: assume it runs
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = processStart(holder.pid);
  return holder.processStart === undefined || started === undefined || started === holder.processStart;
}

/** The lock's holder, if the file is there and readable. */
export function readLock(dir: string): LockHolder | undefined {
  try {
    return JSON.parse(readFileSync(lockPath(dir), 'utf8')) as LockHolder;
  } catch {
    return undefined;
  }
}

function describe(holder: LockHolder): string {
  const seconds = Math.max(0, Math.round((Date.now() - Date.parse(holder.since)) / 1000));
  return `${holder.command} (process ${holder.pid} on ${holder.host}, since ${holder.since}, ${seconds} s ago)`;
}

export class ClusterBusyError extends Error {
  constructor(
    readonly holder: LockHolder,
    path: string,
    command: string,
  ) {
    super(
      `another cluster command is running: ${describe(holder)}. Nothing was done; run \`${command}\` again once it has finished. ` +
        `If that process no longer exists on ${holder.host}, delete ${path}.`,
    );
  }
}

/**
 * Takes the lock for `command` or throws ClusterBusyError naming who holds it.
 * A lock left by a process that is gone is taken over, and returned as
 * `interrupted` so the caller can undo what that command left half-done.
 */
export function acquireLock(dir: string, command: string): ClusterLock {
  mkdirSync(dir, { recursive: true });
  const path = lockPath(dir);
  let holder: LockHolder = {
    command,
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    processStart: processStart(process.pid),
  };
  let interrupted: LockHolder | undefined;
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${JSON.stringify(holder)}\n`);
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const other = readLock(dir);
      // An unreadable file is one being written this instant (it is created, then filled): busy.
      if (!other) throw new ClusterBusyError({ command: 'a command', pid: 0, host: hostname(), since: new Date().toISOString() }, path, command);
      if (holderIsAlive(other)) throw new ClusterBusyError(other, path, command);
      interrupted = other;
      rmSync(path, { force: true });
    }
  }
  return {
    interrupted,
    note(journal) {
      holder = { ...holder, ...journal };
      const next = `${path}.next`;
      writeFileSync(next, `${JSON.stringify(holder)}\n`);
      renameSync(next, path);
    },
    release() {
      // Only ours: never a lock another process took over after ours was (wrongly) judged stale.
      if (readLock(dir)?.pid === process.pid && existsSync(path)) rmSync(path, { force: true });
    },
  };
}
