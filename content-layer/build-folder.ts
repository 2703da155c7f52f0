/**
 * Where a build keeps the content it ships: the content snapshot (see
 * snapshot/), the release images' originals (media.ts) and the corrections'
 * comparisons (history/), all in one folder of the build folder, tagged with
 * the build's id. Paths only: what goes in them is the job of those modules.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where a snapshot lives, and the file naming the build it must belong to. */
export interface SnapshotLocation {
  file: string;
  buildIdFile: string;
}

/** The folder a deployment ships inside the build folder: the snapshot, the images' originals, the comparisons. */
export const SNAPSHOT_FOLDER = 'content-snapshot';

/**
 * In the build folder (`NEXT_DIST_DIR`, `.next` by default, as next.config.ts
 * has it) under the working directory: where `next build` writes and both
 * `next start` and a standalone `server.js` look.
 */
export function snapshotLocation(distDir = process.env.NEXT_DIST_DIR || '.next'): SnapshotLocation {
  // Found at run time in a folder the environment names: not a file for the bundler to trace.
  const folder = resolve(/*turbopackIgnore: true*/ process.cwd(), distDir);
  return { file: join(folder, SNAPSHOT_FOLDER, 'content.snapshot'), buildIdFile: join(folder, 'BUILD_ID') };
}

/** The id Next gave the build, or null when the folder holds none. */
export function readBuildId(location: SnapshotLocation): string | null {
  try {
    return readFileSync(location.buildIdFile, 'utf8').trim();
  } catch {
    return null;
  }
}
