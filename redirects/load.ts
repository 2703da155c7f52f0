import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentRoot } from '@/content-layer/releases';
import { parseRedirectFile, redirectTable, REDIRECTS_FILE, type RedirectTable } from './table';

/**
 * The redirects of the content root, read once per process (a publish starts
 * new instances, which read them again). On `globalThis` for the reason the
 * release index is (see content-layer/releases.ts).
 */
const PROCESS_CACHE = Symbol.for('moda-press-portal.redirects');
const processGlobal = globalThis as typeof globalThis & { [PROCESS_CACHE]?: { root: string; table: RedirectTable } };

export function getRedirectTable(): RedirectTable {
  const root = contentRoot();
  const cached = processGlobal[PROCESS_CACHE];
  if (cached?.root === root) return cached.table;
  const table = readRedirectTable(root);
  processGlobal[PROCESS_CACHE] = { root, table };
  return table;
}

/** No file is no redirects; a broken one is logged and ignored, so readers get 404s, never errors (content:check reports it). */
function readRedirectTable(root: string): RedirectTable {
  const path = join(root, REDIRECTS_FILE);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return new Map();
  }
  const parsed = parseRedirectFile(text);
  if ('problems' in parsed) {
    console.error(`[redirects] ${path} ignored: ${parsed.problems.join('; ')}`);
    return new Map();
  }
  return redirectTable(parsed.file);
}
