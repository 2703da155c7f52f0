/**
 * The history of what went live, so that a rollback goes back to the release
 * that was live before, never to one that was itself rolled back. Kept in the
 * cluster folder as `activations.json`: a stack of live releases (a publish
 * pushes, a rollback pops) and a log of every change, newest last, for the
 * operator. Publish R1, publish R2, roll back (to R1), publish R3, roll back:
 * the stack is [R1, R3] before the second rollback, so it lands on R1.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEEP_RELEASES, listReleases } from './releases';

export interface Activation {
  at: string;
  command: 'publish' | 'rollback';
  release: string;
  from: string | null;
}

export interface Activations {
  /** Releases rollback can return to, oldest first; the last is the live one. */
  live: string[];
  events: Activation[];
}

/** How many changes the log keeps. */
const KEEP_EVENTS = 200;

function historyPath(dir: string): string {
  return join(dir, 'activations.json');
}

/**
 * The history, or for a cluster published before it was kept, one made from
 * the release folders: every release up to the current one, by name (their
 * names sort by time), which is what rollback used to follow.
 */
export function readActivations(dir: string, current: string | undefined): Activations {
  const path = historyPath(dir);
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as Activations;
  const releases = listReleases(dir);
  const at = current === undefined ? -1 : releases.indexOf(current);
  return { live: at < 0 ? (current ? [current] : []) : releases.slice(0, at + 1), events: [] };
}

function write(dir: string, activations: Activations): void {
  const path = historyPath(dir);
  const next = `${path}.next`;
  writeFileSync(next, `${JSON.stringify({ ...activations, events: activations.events.slice(-KEEP_EVENTS) }, null, 2)}\n`);
  renameSync(next, path);
}

/** The release a rollback from the current one goes to. */
export function rollbackTarget(dir: string, current: string | undefined): string | undefined {
  const { live } = readActivations(dir, current);
  return live.at(-1) === current ? live.at(-2) : live.at(-1);
}

export function recordPublish(dir: string, release: string, from: string | undefined): void {
  const activations = readActivations(dir, from);
  const live = activations.live.filter((name) => name !== release);
  write(dir, {
    live: [...live, release],
    events: [...activations.events, { at: new Date().toISOString(), command: 'publish', release, from: from ?? null }],
  });
}

export function recordRollback(dir: string, release: string, from: string): void {
  const activations = readActivations(dir, from);
  const at = activations.live.lastIndexOf(release);
  write(dir, {
    live: at < 0 ? [release] : activations.live.slice(0, at + 1),
    events: [...activations.events, { at: new Date().toISOString(), command: 'rollback', release, from }],
  });
}

/** Drops releases that are no longer on disk from the stack (after pruning). */
export function forgetReleases(dir: string, removed: readonly string[], current: string | undefined): void {
  if (removed.length === 0 || !existsSync(historyPath(dir))) return;
  const activations = readActivations(dir, current);
  write(dir, { ...activations, live: activations.live.filter((name) => !removed.includes(name)) });
}

/** The releases to keep on disk: the live one and the last ones rollback can reach, KEEP_RELEASES in all. */
export function releasesToKeep(dir: string, current: string | undefined): string[] {
  const { live } = readActivations(dir, current);
  return [...new Set([...(current ? [current] : []), ...live.slice(-KEEP_RELEASES)])];
}
