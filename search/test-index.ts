/** Helpers for the search tests: an index over a made-up tree of releases (TEST DATA, not ministry content). */
import assert from 'node:assert/strict';
import type { Locale } from '@/i18n/routing';
import { loadContentTree } from '@/content-layer/load';
import { makeContentTree } from '@/content-layer/test-tree';
import { SearchIndex, type SearchHit, type SearchResults } from './search';

export { releaseFile } from '@/content-layer/test-tree';

export const NOW = new Date('2024-06-01T00:00:00+08:00');

export function versionsOf(locale: Locale, root: string) {
  const { releases, problems } = loadContentTree(root);
  assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
  return releases.flatMap((release) => release.versions[locale] ?? []);
}

/** A search index over a made-up tree of `slug → file` in one language. */
export function indexOf(locale: Locale, files: Record<string, string>): SearchIndex {
  const tree = Object.fromEntries(Object.entries(files).map(([slug, file]) => [`${slug}/${locale}.md`, file]));
  return new SearchIndex(versionsOf(locale, makeContentTree(tree)));
}

export const slugs = (results: SearchResults) => results.hits.map((hit) => hit.release.slug);
export const marked = (hit: SearchHit | undefined) => hit?.snippet.filter((part) => part.match).map((part) => part.text);
export const snippetText = (hit: SearchHit | undefined) => hit?.snippet.map((part) => part.text).join('') ?? '';
export const find = (index: SearchIndex, query: string) => slugs(index.search(query, { now: NOW }));
