/**
 * The comparisons a server shows. The build works them out from the content
 * folder's git history and writes them beside the content snapshot
 * (`<distDir>/content-snapshot/history.json`), so a server needs neither the
 * folder nor git; a server without that file for its build and content root
 * (a development server, the build itself while it prerenders) works them
 * out from the tree. Staff previews work out the one release they show.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { contentRoot, getReleaseIndex, type Release, type ReleaseVersion } from '@/content-layer/releases';
import { readBuildId, snapshotLocation } from '@/content-layer/build-folder';
import { routing, type Locale } from '@/i18n/routing';
import { buildComparisons, type Comparison, type Comparisons, type ReleaseComparisons } from './comparisons';

const FORMAT = 1;

interface HistoryFile extends Comparisons {
  format: number;
  root: string;
  buildId: string;
}

/** Where a build keeps its comparisons: beside its content snapshot, which every deployment ships. */
export function historyFile(distDir?: string): string {
  return join(dirname(snapshotLocation(distDir).file), 'history.json');
}

/** Late enough that every version but drafts counts, scheduled ones included. */
const EVERYTHING = new Date(8.64e15);

/** Works out the comparisons of the tree and writes them for the servers of this build. */
export function writeHistoryFile(root: string, buildId: string, versions: readonly ReleaseVersion[]): Comparisons {
  const comparisons = buildComparisons(root, versions);
  const file = historyFile();
  mkdirSync(dirname(file), { recursive: true });
  const data: HistoryFile = { format: FORMAT, root, buildId, ...comparisons };
  writeFileSync(file, JSON.stringify(data));
  return comparisons;
}

/** One line for a log: how many corrections can be compared, or why none can. */
export function describeComparisons(comparisons: Comparisons): string {
  if (comparisons.unavailable) {
    return `[history] change notes show without comparisons: ${comparisons.unavailable}`;
  }
  const count = Object.values(comparisons.releases).reduce(
    (sum, release) => sum + Object.values(release).reduce((each, numbered) => each + Object.keys(numbered ?? {}).length, 0),
    0,
  );
  return `[history] ${count} correction${count === 1 ? '' : 's'} of ${Object.keys(comparisons.releases).length} release${Object.keys(comparisons.releases).length === 1 ? '' : 's'} compared from the content's git history`;
}

// On globalThis for the reason the release index is (see content-layer/releases.ts).
const HELD = Symbol.for('moda-press-portal.history');

/** This process's comparisons: the build's file, or, without one, each release's worked out when first asked. */
interface Held {
  root: string;
  file: Comparisons | null;
  /** Why there is no file to use, for the log. */
  reason?: string;
  /** Without a file: by slug, once worked out. */
  worked: Map<string, ReleaseComparisons>;
}
const processGlobal = globalThis as typeof globalThis & { [HELD]?: Held };

/** The build's file when it belongs to this build and root; else why not. */
function readHistoryFile(root: string): { comparisons: Comparisons } | { reason: string } {
  if (process.env.NODE_ENV !== 'production') return { reason: 'a development server reads the tree' };
  let data: HistoryFile;
  try {
    data = JSON.parse(readFileSync(historyFile(), 'utf8')) as HistoryFile;
  } catch {
    return { reason: 'this build has no history file' };
  }
  if (data.format !== FORMAT || data.root !== root || data.buildId !== readBuildId(snapshotLocation())) {
    return { reason: 'the history file belongs to another build or content folder' };
  }
  return { comparisons: { unavailable: data.unavailable, releases: data.releases } };
}

function held(): Held {
  const root = contentRoot();
  let current = processGlobal[HELD];
  if (current?.root !== root) {
    const read = readHistoryFile(root);
    current = 'comparisons' in read ? { root, file: read.comparisons, worked: new Map() } : { root, file: null, reason: read.reason, worked: new Map() };
    processGlobal[HELD] = current;
  }
  return current;
}

/**
 * Loads the build's comparisons, once per process, before the first request;
 * returns a line for the log. Without a file for this build and root (a
 * development server, the build itself while it prerenders), each release's
 * are worked out from the tree when first asked, so that prerendering a
 * hundred pages never reads the history of the whole archive.
 */
export function warmHistory(): string {
  const { file, reason } = held();
  return file ? `${describeComparisons(file)} (from the build)` : `[history] comparisons are worked out from the tree as releases are shown: ${reason}`;
}

/** A published version's comparisons, by change number. */
export function publicComparisons(locale: Locale, slug: string): Readonly<Record<number, Comparison>> {
  const { root, file, worked } = held();
  if (file) return file.releases[slug]?.[locale] ?? {};
  let release = worked.get(slug);
  if (!release) {
    const index = getReleaseIndex();
    const versions = index.localesOf(slug, EVERYTHING).map((each) => index.find(each, slug, EVERYTHING)!);
    release = buildComparisons(root, versions).releases[slug] ?? {};
    worked.set(slug, release);
  }
  return release[locale] ?? {};
}

/** For staff: one release's comparisons worked out now, from the folder as it is (uncommitted notes too). */
export function liveComparisons(release: Release): ReleaseComparisons {
  const versions = Object.values(release.versions) as ReleaseVersion[];
  return buildComparisons(contentRoot(), versions).releases[release.slug] ?? {};
}
