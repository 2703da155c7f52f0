/**
 * A search index as a snapshot keeps it (see snapshot.ts): its versions by
 * slug, their text and folded text as strings of the file, and its postings
 * packed into three typed arrays per map (ids, scores, orders of relevance),
 * of which each list is a view. Loading it reads no release text and counts
 * no words: that is what costs seconds at 10,000 releases.
 */
import type { ReleaseVersion } from '@/content-layer/load';
import type { IndexedVersion, Postings, SearchIndex, SearchIndexContents } from './search';
import { FIELDS, type Field } from './text';
import type { Section, SnapshotReader, SnapshotWriter, StringId } from '@/content-layer/snapshot-file';

/** A word or gram map: the keys in order, and their lists one after another. */
interface StoredPostings {
  keys: string[];
  /** Where each key's list starts in `ids` and `scores`, and, last, where the last one ends. */
  bounds: Int32Array;
  /** Where each key's order of relevance starts in `relevance`, or -1 for a list short enough to have none. */
  relevanceStart: Int32Array;
  ids: Section;
  scores: Section;
  relevance: Section;
}

export interface StoredSearchIndex {
  /** The slug of each version, by id. */
  slugs: string[];
  /** Per version, the ids of its title, summary and body strings: readers' text, then folded. */
  text: Int32Array;
  folded: Int32Array;
  words: StoredPostings;
  grams: StoredPostings;
}

export function storeSearchIndex(index: SearchIndex, writer: SnapshotWriter): StoredSearchIndex {
  const { versions, words, grams } = index.contents();
  const text = new Int32Array(versions.length * FIELDS.length);
  const folded = new Int32Array(versions.length * FIELDS.length);
  versions.forEach((indexed, id) => {
    FIELDS.forEach((field, i) => {
      text[id * FIELDS.length + i] = writer.string(indexed.text[field]);
      folded[id * FIELDS.length + i] = writer.string(indexed.folded[field]);
    });
  });
  return {
    slugs: versions.map(({ version }) => version.slug),
    text,
    folded,
    words: storePostings(words, writer),
    grams: storePostings(grams, writer),
  };
}

/**
 * Starts reading an index's postings, which load on libuv's threads while the
 * main thread goes on (see snapshot-file.ts).
 */
export async function readPostings(stored: StoredSearchIndex, reader: SnapshotReader): Promise<Pick<SearchIndexContents, 'words' | 'grams'>> {
  const [words, grams] = await Promise.all([loadPostings(stored.words, reader), loadPostings(stored.grams, reader)]);
  return { words, grams };
}

/** The index's versions and their text, its versions being those `versionOf` finds by slug: the release index's own objects. */
export function readIndexedVersions(
  stored: StoredSearchIndex,
  reader: SnapshotReader,
  versionOf: (slug: string) => ReleaseVersion | undefined,
): IndexedVersion[] {
  const fields = (ids: Int32Array, id: number): Record<Field, string> => {
    const record: Partial<Record<Field, string>> = {};
    FIELDS.forEach((field, i) => (record[field] = reader.string(ids[id * FIELDS.length + i]!)));
    return record as Record<Field, string>;
  };
  return stored.slugs.map((slug, id): IndexedVersion => {
    const version = versionOf(slug);
    if (!version) throw new Error(`the search index names ${slug}, which the snapshot does not hold`);
    return { version, text: fields(stored.text, id), folded: fields(stored.folded, id) };
  });
}

function storePostings(map: ReadonlyMap<string, Postings>, writer: SnapshotWriter): StoredPostings {
  const keys = [...map.keys()];
  const bounds = new Int32Array(keys.length + 1);
  const relevanceStart = new Int32Array(keys.length).fill(-1);
  let relevanceLength = 0;
  keys.forEach((key, i) => {
    const postings = map.get(key)!;
    bounds[i + 1] = bounds[i]! + postings.ids.length;
    if (postings.byRelevance) {
      relevanceStart[i] = relevanceLength;
      relevanceLength += postings.byRelevance.length;
    }
  });
  const ids = new Int32Array(bounds[keys.length]!);
  const scores = new Float32Array(ids.length);
  const relevance = new Int32Array(relevanceLength);
  keys.forEach((key, i) => {
    const postings = map.get(key)!;
    ids.set(postings.ids, bounds[i]);
    scores.set(postings.scores, bounds[i]);
    if (postings.byRelevance) relevance.set(postings.byRelevance, relevanceStart[i]);
  });
  return { keys, bounds, relevanceStart, ids: writer.int32(ids), scores: writer.float32(scores), relevance: writer.int32(relevance) };
}

async function loadPostings(stored: StoredPostings, reader: SnapshotReader): Promise<Map<string, Postings>> {
  const [ids, scores, relevance] = await Promise.all([
    reader.int32(stored.ids),
    reader.float32(stored.scores),
    reader.int32(stored.relevance),
  ]);
  const map = new Map<string, Postings>();
  stored.keys.forEach((key, i) => {
    const start = stored.bounds[i]!;
    const end = stored.bounds[i + 1]!;
    const postings: Postings = { ids: ids.subarray(start, end), scores: scores.subarray(start, end) };
    const from = stored.relevanceStart[i]!;
    // As built: a short list has no order of relevance at all, not an empty one.
    if (from >= 0) postings.byRelevance = relevance.subarray(from, from + end - start);
    map.set(key, postings);
  });
  return map;
}
