import type { SnapshotLocation } from '@/content-layer/build-folder';
import { facetsOf } from '@/content-layer/filters';
import { displayPath } from '@/content-layer/load';
import { adoptReleaseIndex, contentRoot, getReleaseIndex } from '@/content-layer/releases';
import { routing } from '@/i18n/routing';
import { adoptSearchIndexes, getSearchIndex } from '@/search/search';
import { loadContentSnapshot } from './snapshot';

// On `globalThis` for the reason the indexes are (see content-layer/releases.ts): the
// instrumentation hook that warms them and the route that reports it are
// separate bundles, each with its own copy of this module.
const READY = Symbol.for('moda-press-portal.content-ready');
const processGlobal = globalThis as typeof globalThis & { [READY]?: boolean };

/** Whether this process has its content and search indexes in memory: what /healthz reports. */
export function contentIsReady(): boolean {
  return processGlobal[READY] === true;
}

/**
 * Where the indexes come from: the snapshot built with this build (see
 * snapshot.ts), or `null` where there is none to trust, and why (a
 * development server's build folder holds another build's snapshot).
 */
export type SnapshotChoice = { location: SnapshotLocation } | { location: null; reason: string };

/**
 * Loads the content and its search indexes, and works out the press list's
 * filters, before the server answers its first request, so that no reader
 * waits for them. They come from the build's snapshot when it has one for
 * this content root (about a second with 10,000 releases), else from
 * reading and indexing the tree (20 s). Returns what the server log
 * reports, which says which it was.
 */
export async function warmContentIndexes(snapshot: SnapshotChoice): Promise<string> {
  const started = performance.now();
  processGlobal[READY] = false;
  const root = contentRoot();
  let source: string;
  if (snapshot.location) {
    const outcome = await loadContentSnapshot(snapshot.location, root);
    if (outcome.loaded) {
      adoptReleaseIndex(root, outcome.indexes.releases);
      adoptSearchIndexes(outcome.indexes.releases, outcome.indexes.search);
      source = `loaded from the snapshot ${displayPath(snapshot.location.file)} (built ${outcome.builtAt.toISOString()})`;
    } else {
      source = `read and indexed from the content tree ${root} (no snapshot: ${outcome.reason})`;
    }
  } else {
    source = `read and indexed from the content tree ${root} (no snapshot: ${snapshot.reason})`;
  }
  const releases = getReleaseIndex();
  const counts = routing.locales.map((locale) => {
    getSearchIndex(locale);
    // The press list's years and tags, and its list per year and per tag.
    facetsOf(releases.list(locale));
    return `${releases.list(locale).length} ${locale}`;
  });
  processGlobal[READY] = true;
  return `[content] ${counts.join(', ')} public releases ${source} in ${Math.round(performance.now() - started)} ms`;
}
