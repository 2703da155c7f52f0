/**
 * A body's text as readers see it: its Markdown rendered, then its markup
 * taken out. It is what the search index holds and cuts snippets from.
 *
 * Rendering is the largest part of indexing an archive (about 0.4 ms a body:
 * 8 of the 22 s that indexing 10,000 bilingual releases takes), and between
 * two publishes of the same code almost every body is unchanged. So the
 * build's snapshot step keeps the texts it made in a file beside the build,
 * tagged with the build id, which names the compiled code (a content-only
 * publish reuses the compile and its id, see deploy/cluster/build.ts): the
 * next such build renders only the bodies that changed. Any other id, or a
 * file that cannot be read, and every body is rendered as before.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { renderMarkdown } from './markdown';
import { htmlToText } from './plain-text';

/** Texts by the hash of their body, for one build id. */
interface StoredTexts {
  buildId: string;
  texts: Map<string, string>;
}

/** The texts this process may reuse, and those it made or reused (what the next build may reuse). */
let reusable: StoredTexts | undefined;
let used: Map<string, string> | undefined;

const keyOf = (body: string) => createHash('sha1').update(body).digest('base64');

/** The text of a body: reused when the cache in use holds it, else rendered. */
export function bodyText(body: string): string {
  if (!used) return htmlToText(renderMarkdown(body));
  const key = keyOf(body);
  let text = reusable?.texts.get(key);
  text ??= htmlToText(renderMarkdown(body));
  used.set(key, text);
  return text;
}

/**
 * From now on, `bodyText` reuses the texts `file` holds for `buildId` and
 * remembers every text it gives. Returns how many it may reuse.
 */
export function useBodyTextCache(file: string, buildId: string): number {
  used = new Map();
  reusable = undefined;
  try {
    const stored = deserialize(readFileSync(file)) as StoredTexts;
    if (stored.buildId === buildId && stored.texts instanceof Map) reusable = stored;
  } catch {
    // None yet, or unreadable: every body is rendered, and the file written anew.
  }
  return reusable?.texts.size ?? 0;
}

/** Writes the texts given since `useBodyTextCache` (only those: the file never grows past the archive). */
export function saveBodyTextCache(file: string, buildId: string): { texts: number; reused: number } {
  if (!used) throw new Error('saveBodyTextCache before useBodyTextCache');
  let reused = 0;
  for (const key of used.keys()) if (reusable?.texts.has(key)) reused++;
  mkdirSync(dirname(file), { recursive: true });
  // Whole or not at all: a build stopped half-way leaves the last good file.
  writeFileSync(`${file}.partial`, serialize({ buildId, texts: used } satisfies StoredTexts));
  renameSync(`${file}.partial`, file);
  return { texts: used.size, reused };
}
