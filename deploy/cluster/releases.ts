/**
 * Releases: each publish is a folder of its own under releases/, a complete
 * standalone server (server.js, its node_modules, the build, its static and
 * public files, the content snapshot). `current` is a symlink to the one the
 * instances run; moving it and restarting the instances publishes or rolls
 * back. Old releases are kept (KEEP_RELEASES) for rollback, and their static
 * files stay served, for pages an old instance or a cache still hands out.
 */
import {
  cpSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { clusterPaths, PROJECT_DIR } from './settings';

/** How many releases stay on disk: the current one and four to roll back to. */
export const KEEP_RELEASES = 5;

export interface ReleaseInfo {
  name: string;
  buildId: string;
  builtAt: string;
  contentDir: string;
  /** The build folder's name inside the release (the standalone server looks for it there). */
  distDir: string;
  /** Whether the compiled code of the release before was reused (only content changed). */
  reusedCompile: boolean;
}

/** Release folders, oldest first (their names sort by time). */
export function listReleases(dir: string): string[] {
  const { releases } = clusterPaths(dir);
  if (!existsSync(releases)) return [];
  return readdirSync(releases)
    .filter((name) => existsSync(join(releases, name, 'RELEASE.json')))
    .sort();
}

export function currentRelease(dir: string): string | undefined {
  const { current } = clusterPaths(dir);
  try {
    return basename(readlinkSync(current));
  } catch {
    return undefined;
  }
}

export function releaseInfo(dir: string, name: string): ReleaseInfo {
  return JSON.parse(readFileSync(join(clusterPaths(dir).releases, name, 'RELEASE.json'), 'utf8')) as ReleaseInfo;
}

/** A release name that sorts by time: 20261130T081512Z, with a counter if two publishes share a second. */
function newReleaseName(dir: string): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const taken = new Set(listReleases(dir));
  let name = stamp;
  for (let n = 2; taken.has(name) || existsSync(join(clusterPaths(dir).releases, name)); n++) name = `${stamp}-${n}`;
  return name;
}

/**
 * Copies the standalone build in the cluster's build folder into a new release
 * folder and returns its name. Fails, naming what is missing, if there is no standalone build.
 */
export function assembleRelease(
  dir: string,
  details: { contentDir: string; distDir: string; reusedCompile: boolean },
): string {
  const { distDir } = details;
  const dist = join(PROJECT_DIR, distDir);
  const standalone = join(dist, 'standalone');
  if (!existsSync(join(standalone, 'server.js'))) {
    throw new Error(
      `no standalone build in ${relative(process.cwd(), dist) || dist}: run \`npm run build:cluster\` (or \`npm run publish\`, which builds)`,
    );
  }
  const name = newReleaseName(dir);
  const target = join(clusterPaths(dir).releases, name);
  const staging = `${target}.partial`;
  rmSync(staging, { recursive: true, force: true });
  try {
    mkdirSync(staging, { recursive: true });
    cpSync(standalone, staging, { recursive: true, verbatimSymlinks: true });
    // The standalone output leaves these to the deployer: Next's own instructions.
    cpSync(join(dist, 'static'), join(staging, distDir, 'static'), { recursive: true });
    if (existsSync(join(PROJECT_DIR, 'public'))) cpSync(join(PROJECT_DIR, 'public'), join(staging, 'public'), { recursive: true });
    for (const extra of BUILD_OUTPUTS_TO_SHIP) {
      const from = join(dist, extra);
      if (existsSync(from)) linkOrCopyTree(from, join(staging, distDir, extra));
    }
    const info: ReleaseInfo = {
      name,
      buildId: readFileSync(join(dist, 'BUILD_ID'), 'utf8').trim(),
      builtAt: new Date().toISOString(),
      contentDir: details.contentDir,
      distDir,
      reusedCompile: details.reusedCompile,
    };
    writeFileSync(join(staging, 'RELEASE.json'), `${JSON.stringify(info, null, 2)}\n`);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  // Whole or not at all: a failed copy never leaves a half release to roll back to.
  renameSync(staging, target);
  return name;
}

/**
 * Hard-links a folder's files into another (copies them where links cannot
 * go, across file systems). Safe for build outputs that the build replaces
 * by writing a new file and renaming it over the old, as the content snapshot
 * is written: a release keeps its own version, and five releases of a 200 MiB
 * snapshot take the disk space of the ones that differ.
 */
function linkOrCopyTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkOrCopyTree(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        cpSync(source, target);
      }
    }
  }
}

/**
 * Files the portal's own build steps add to the build folder that the
 * standalone server reads at run time (the content snapshot), beside what Next traces.
 */
const BUILD_OUTPUTS_TO_SHIP = ['content-snapshot'];

/** Points `current` at a release, atomically (a new symlink renamed over the old one). */
export function activateRelease(dir: string, name: string): void {
  const { current, releases } = clusterPaths(dir);
  if (!existsSync(join(releases, name, 'server.js'))) throw new Error(`no release "${name}" in ${releases}`);
  const next = `${current}.next`;
  rmSync(next, { force: true });
  symlinkSync(join('releases', name), next);
  renameSync(next, current);
}

/**
 * Deletes releases, never the current one: those not in `keep` (the ones
 * rollback can still reach, from the activation history), or without it the
 * oldest beyond KEEP_RELEASES.
 */
export function pruneReleases(dir: string, keep?: readonly string[]): string[] {
  const all = listReleases(dir);
  const current = currentRelease(dir);
  const removed = (keep ? all.filter((name) => !keep.includes(name)) : all.slice(0, Math.max(0, all.length - KEEP_RELEASES))).filter(
    (name) => name !== current,
  );
  for (const name of removed) rmSync(join(clusterPaths(dir).releases, name), { recursive: true, force: true });
  return removed;
}

/** Deletes one release that never went live (a publish that failed after making it). */
export function discardRelease(dir: string, name: string): void {
  if (currentRelease(dir) === name) throw new Error(`release ${name} is live: not deleting it`);
  rmSync(join(clusterPaths(dir).releases, name), { recursive: true, force: true });
}

/**
 * What an interrupted command can leave in the cluster folder: a release
 * copied half-way (`<name>.partial`), a `current.next` link not yet renamed
 * into place, static files copied half-way (`<file>.partial-<pid>`, which
 * syncStaticFiles removes as files no release has). Returns what it removed.
 */
export function removeLeftovers(dir: string): string[] {
  const { releases, current } = clusterPaths(dir);
  const removed: string[] = [];
  if (existsSync(releases)) {
    for (const name of readdirSync(releases)) {
      if (name.endsWith('.partial')) {
        rmSync(join(releases, name), { recursive: true, force: true });
        removed.push(join('releases', name));
      }
    }
  }
  for (const partial of [`${current}.next`]) {
    try {
      lstatSync(partial);
      rmSync(partial, { force: true });
      removed.push(basename(partial));
    } catch {
      // not there
    }
  }
  return removed;
}

/**
 * Makes the folder nginx serves /_next/static/ from hold exactly the kept
 * releases' static files: new ones are copied in before any instance runs the
 * release that needs them, and a file goes only when no kept release has it.
 * Files are named by their content, so two releases never disagree about one.
 */
export function syncStaticFiles(dir: string): { files: number } {
  const paths = clusterPaths(dir);
  const served = join(paths.static, '_next', 'static');
  mkdirSync(served, { recursive: true });
  const wanted = new Set<string>();
  for (const name of listReleases(dir)) {
    const source = join(paths.releases, name, releaseInfo(dir, name).distDir, 'static');
    for (const file of filesUnder(source)) {
      wanted.add(file);
      const target = join(served, file);
      if (existsSync(target)) continue;
      // Beside, then renamed: a copy cut short never stands at a name nginx serves.
      const partial = `${target}.partial-${process.pid}`;
      mkdirSync(dirname(target), { recursive: true });
      cpSync(join(source, file), partial);
      renameSync(partial, target);
    }
  }
  for (const file of filesUnder(served)) {
    if (!wanted.has(file)) rmSync(join(served, file), { force: true });
  }
  return { files: wanted.size };
}

function filesUnder(root: string, prefix = ''): string[] {
  if (!existsSync(join(root, prefix))) return [];
  return readdirSync(join(root, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? join(prefix, entry.name) : entry.name;
    return entry.isDirectory() ? filesUnder(root, path) : [path];
  });
}
