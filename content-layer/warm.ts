import { routing } from '@/i18n/routing';
import { facetsOf } from './filters';
import { getReleaseIndex } from './releases';
import { getSearchIndex } from './search';

// On `globalThis` for the reason the indexes are (see releases.ts): the
// instrumentation hook that warms them and the route that reports it are
// separate bundles, each with its own copy of this module.
const READY = Symbol.for('moda-press-portal.content-ready');
const processGlobal = globalThis as typeof globalThis & { [READY]?: boolean };

/** Whether this process has read and indexed its content: what /healthz reports. */
export function contentIsReady(): boolean {
  return processGlobal[READY] === true;
}

/**
 * Reads the content and builds the search indexes and the press list's
 * filters before the server answers its first request, so that no reader
 * waits for them (with 10,000 releases they take seconds). Returns what the
 * server log reports.
 */
export function warmContentIndexes(): string {
  const started = performance.now();
  processGlobal[READY] = false;
  const releases = getReleaseIndex();
  const counts = routing.locales.map((locale) => {
    getSearchIndex(locale);
    // The press list's years and tags, and its list per year and per tag.
    facetsOf(releases.list(locale));
    return `${releases.list(locale).length} ${locale}`;
  });
  processGlobal[READY] = true;
  return `[content] ${counts.join(', ')} public releases read and indexed in ${Math.round(performance.now() - started)} ms`;
}
