import type { Locale } from '@/i18n/routing';
import { releaseYear } from '@/content-layer/filters';
import type { ReleaseVersion } from '@/content-layer/load';
import { getReleaseIndex, newestFirst, type ReleaseIndex } from '@/content-layer/releases';
import { bodyText } from '@/content-layer/body-text';
import { collapseWhitespace } from '@/content-layer/plain-text';
import { SEARCH_RESULTS_PER_PAGE } from './paging';
import { nearness, sequencePattern } from './proximity';
import { termsOf } from './query';
import { FIELDS, cleanQuery, foldOnce, lookupGrams, termKey, tokensOf, wordKey, type Field, type SimpleTerm, type Term } from './text';
import { snippetOf, snippetQueryOf, type SnippetPart, type SnippetSource } from './snippets';

export type { SnippetPart } from './snippets';

export interface SearchHit {
  release: ReleaseVersion;
  score: number;
  snippet: SnippetPart[];
}

export interface SearchResults {
  /** The query actually searched: NFKC, control characters removed, whitespace collapsed, cut to 100 characters. */
  query: string;
  /** All matches, not only this page's. */
  total: number;
  hits: SearchHit[];
}

export interface SearchOptions {
  /** Only versions public at this moment are found. */
  now?: Date;
  offset?: number;
  limit?: number;
  /** Only releases of this year (in Taipei time). */
  year?: number;
  /** Only releases of this issuing unit, as the release names it. */
  unit?: string;
  /** Withdrawn releases are found too; by default they are left out. */
  withdrawn?: boolean;
  /** False: no snippets (the open-data API lists releases, not passages). */
  snippets?: boolean;
}

export { SEARCH_RESULTS_PER_PAGE } from './paging';

// ---------------------------------------------------------------------------
// The index
// ---------------------------------------------------------------------------

type FieldCounts = Record<Field, number>;

/** A title match outweighs any realistic number of body matches; a summary match, a few. */
const FIELD_WEIGHT: FieldCounts = { title: 10, summary: 4, body: 1 };

/** A version as the index keeps it: its text as readers see it (for snippets), and folded. */
export interface IndexedVersion extends SnippetSource {
  version: ReleaseVersion;
}

/**
 * What a built index holds, apart from what is derived from its versions'
 * dates: enough to make the same index again without reading any text, which
 * is how a server loads the indexes built at build time (see snapshot.ts).
 */
export interface SearchIndexContents {
  /** By id: the archive's order, newest first. */
  versions: readonly IndexedVersion[];
  words: ReadonlyMap<string, Postings>;
  grams: ReadonlyMap<string, Postings>;
}

/** A match: ids follow the archive's order, newest first, so a smaller id is the newer of two equal scores. */
interface Scored {
  id: number;
  score: number;
}

/**
 * An in-memory search over the releases of one language: built once per
 * process, queried per request. Drafts are never indexed; scheduled releases
 * are, and are filtered out at query time, so one becomes findable at its
 * date without a rebuild.
 */
export class SearchIndex {
  private readonly versions: readonly IndexedVersion[];
  /** When each version is published, by id: scheduled versions are indexed, and found from then on. */
  private readonly publishedAt: Float64Array;
  /** Ids, the last to be published first: the versions not yet public at a moment are a prefix of it. */
  private readonly latestPublishedFirst: Int32Array;
  /** Word key → the versions containing it, with its weighted count in each. */
  private readonly words: ReadonlyMap<string, Postings>;
  /** CJK character or bigram → the versions containing it, with its weighted count in each. */
  private readonly grams: ReadonlyMap<string, Postings>;
  /** Longer phrases and synonyms, once found, by term: the most recently searched are kept. */
  private readonly phrases = new Map<string, Postings>();
  /** The year (Taipei time) of each version, by id, for a search narrowed to a year. */
  private readonly years: Int16Array;
  /** The unit of each version, by id, as a number of `unitIds`, for a search narrowed to a unit. */
  private readonly units: Int32Array;
  private readonly unitIds = new Map<string, number>();
  /** 1 for each withdrawn version, by id: a default search leaves them out. */
  private readonly withdrawn: Uint8Array;
  private readonly hasWithdrawn: boolean;

  /** Indexes the versions given (drafts are left out), or takes the contents of an index built before. */
  constructor(source: readonly ReleaseVersion[] | SearchIndexContents) {
    const { versions, words, grams } = 'words' in source ? source : indexContents(source);
    this.versions = versions;
    this.words = words;
    this.grams = grams;
    this.publishedAt = Float64Array.from(versions, ({ version }) => version.date.instant.getTime());
    this.latestPublishedFirst = Int32Array.from(versions.keys()).sort((a, b) => this.publishedAt[b]! - this.publishedAt[a]!);
    this.years = Int16Array.from(versions, ({ version }) => releaseYear(version));
    this.units = Int32Array.from(versions, ({ version }) => {
      let id = this.unitIds.get(version.unit);
      if (id === undefined) this.unitIds.set(version.unit, (id = this.unitIds.size));
      return id;
    });
    this.withdrawn = Uint8Array.from(versions, ({ version }) => (version.withdrawn ? 1 : 0));
    this.hasWithdrawn = this.withdrawn.includes(1);
  }

  /** What it holds, to be stored and given back to the constructor. */
  contents(): SearchIndexContents {
    return { versions: this.versions, words: this.words, grams: this.grams };
  }

  search(query: string, options: SearchOptions = {}): SearchResults {
    const cleaned = cleanQuery(query);
    const terms = termsOf(cleaned);
    const offset = wholeNumber(options.offset, 0);
    const limit = wholeNumber(options.limit, SEARCH_RESULTS_PER_PAGE);
    const narrowing = this.narrowing(options);
    const { total, best } =
      terms.length === 0 || narrowing === NOTHING
        ? { total: 0, best: [] }
        : this.rank(terms, options.now ?? new Date(), offset + limit, narrowing);
    const page = best.slice(offset);
    // Snippets are the costly part, so only this page's are cut, and nothing is prepared
    // for them when the page is empty (the proxy only counts, with a limit of 0).
    const snippetQuery = page.length > 0 && options.snippets !== false ? snippetQueryOf(terms) : null;
    return {
      query: cleaned,
      total,
      hits: page.map(({ id, score }) => ({
        release: this.versions[id]!.version,
        score,
        snippet: snippetQuery ? snippetOf(this.versions[id]!, snippetQuery) : [],
      })),
    };
  }

  /**
   * How many public versions hold every term, and the `count` best of them,
   * in order. A common word can be in most of the archive while a page shows
   * ten, so this walks typed arrays and keeps only the best `count`, making a
   * match cost a few nanoseconds rather than an object and a sort.
   */
  private rank(terms: readonly Term[], now: Date, count: number, narrowing: Narrowing | null): { total: number; best: Scored[] } {
    const [smallest, ...others] = terms.map((term) => this.postingsOf(term)).sort((a, b) => a.ids.length - b.ids.length);
    // Of several terms, the best few matches are ranked again by how near the terms stand (see proximity.ts):
    // always the same few, whatever the page, so that pages never overlap.
    const reranked = terms.length > 1 && count > 0 ? Math.max(count, PROXIMITY_RERANKED) : count;
    const top = new TopMatches(reranked);
    let total = 0;
    if (!smallest) return { total, best: [] };
    const time = now.getTime();
    if (others.length === 0 && smallest.byRelevance && !narrowing) return this.rankOne(smallest, smallest.byRelevance, time, count);
    // The lists are all in id order, so each is searched on from where the last search in it ended.
    const cursors = new Int32Array(others.length);
    candidates: for (let position = 0; position < smallest.ids.length; position++) {
      const id = smallest.ids[position]!;
      if (this.publishedAt[id]! > time) continue;
      if (narrowing && !this.within(id, narrowing)) continue;
      let score = smallest.scores[position]!;
      for (let other = 0; other < others.length; other++) {
        const list = others[other]!;
        const at = (cursors[other] = lowerBound(list.ids, id, cursors[other]!));
        if (at === list.ids.length) break candidates;
        if (list.ids[at] !== id) continue candidates;
        score += list.scores[at]!;
      }
      total++;
      top.offer(id, score);
    }
    const best = top.sorted();
    return { total, best: reranked === count ? best : this.byProximity(best, terms).slice(0, count) };
  }

  /** The first PROXIMITY_RERANKED matches again, those whose terms stand near each other first; the rest as they were. */
  private byProximity(best: Scored[], terms: readonly Term[]): Scored[] {
    const head = best.slice(0, PROXIMITY_RERANKED).map(({ id, score }) => ({
      id,
      score: score + PROXIMITY_BONUS * nearness(this.versions[id]!.folded, terms),
    }));
    head.sort((a, b) => b.score - a.score || a.id - b.id);
    return [...head, ...best.slice(PROXIMITY_RERANKED)];
  }

  /** What a search is narrowed to, as numbers; NOTHING when it names a unit no release has. */
  private narrowing({ year, unit, withdrawn }: SearchOptions): Narrowing | null | typeof NOTHING {
    const standingOnly = !withdrawn && this.hasWithdrawn;
    if (year === undefined && unit === undefined && !standingOnly) return null;
    const unitId = unit === undefined ? -1 : this.unitIds.get(unit);
    if (unitId === undefined) return NOTHING;
    return { year: year ?? -1, unit: unitId, standingOnly };
  }

  private within(id: number, { year, unit, standingOnly }: Narrowing): boolean {
    return (
      (year === -1 || this.years[id] === year) && (unit === -1 || this.units[id] === unit) && !(standingOnly && this.withdrawn[id] === 1)
    );
  }

  /**
   * One term with a long list: its best matches are read first, so a word in
   * most of the archive costs what a rare one does. The count is the list's
   * length less the versions in it not yet public, which are few.
   */
  private rankOne(list: Postings, byRelevance: Int32Array, time: number, count: number): { total: number; best: Scored[] } {
    const best: Scored[] = [];
    for (let i = 0; i < byRelevance.length && best.length < count; i++) {
      const position = byRelevance[i]!;
      const id = list.ids[position]!;
      if (this.publishedAt[id]! <= time) best.push({ id, score: list.scores[position]! });
    }
    let unpublished = 0;
    for (let i = 0; i < this.latestPublishedFirst.length; i++) {
      const id = this.latestPublishedFirst[i]!;
      if (this.publishedAt[id]! <= time) break;
      if (list.ids[lowerBound(list.ids, id, 0)] === id) unpublished++;
    }
    return { total: list.ids.length - unpublished, best };
  }

  /**
   * Where a term occurs and what it scores there. A word, a single character
   * and a pair of characters (most Chinese searches) come from the index; a
   * longer phrase is looked up by its pairs of characters, then confirmed in
   * the text of each candidate, once: the result is kept for the next search.
   */
  private postingsOf(term: Term): Postings {
    if (term.kind === 'word') return this.words.get(term.key) ?? NO_POSTINGS;
    if (term.kind === 'phrase') {
      const grams = lookupGrams(term.text);
      if (grams.length === 1 && Array.from(term.text).length <= 2) return this.grams.get(grams[0]!) ?? NO_POSTINGS;
    }
    const key = termKey(term);
    const kept = this.phrases.get(key);
    if (kept) {
      // Most recently used last, so the oldest is the first to go.
      this.phrases.delete(key);
      this.phrases.set(key, kept);
      return kept;
    }
    const postings = term.kind === 'phrase' ? this.phrasePostings(term.text) : this.anyPostings(term.alternatives);
    this.phrases.set(key, postings);
    if (this.phrases.size > KEPT_PHRASES) this.phrases.delete(this.phrases.keys().next().value!);
    return postings;
  }

  /**
   * Where any of the alternatives occurs (an alternative: terms that must all
   * occur), each version scoring what its best alternative scores there.
   */
  private anyPostings(alternatives: readonly (readonly SimpleTerm[])[]): Postings {
    const best = new Float32Array(this.versions.length);
    for (const terms of alternatives) {
      const [first, ...others] = terms.map((term) => this.postingsOf(term)).sort((a, b) => a.ids.length - b.ids.length);
      if (!first) continue;
      // A name of several words (Ministry of Digital Affairs) counts only where they stand side by side.
      const together = terms.length > 1 ? sequencePattern(terms) : null;
      const cursors = new Int32Array(others.length);
      candidates: for (let position = 0; position < first.ids.length; position++) {
        const id = first.ids[position]!;
        let score = first.scores[position]!;
        for (let other = 0; other < others.length; other++) {
          const list = others[other]!;
          const at = (cursors[other] = lowerBound(list.ids, id, cursors[other]!));
          if (list.ids[at] !== id) continue candidates;
          score += list.scores[at]!;
        }
        if (together) {
          const { folded } = this.versions[id]!;
          const counts = { title: 0, summary: 0, body: 0 };
          for (const field of FIELDS) counts[field] = folded[field].match(together)?.length ?? 0;
          if (counts.title + counts.summary + counts.body === 0) continue;
          score = weighted(counts);
        }
        if (score > best[id]!) best[id] = score;
      }
    }
    const found: GrowingPostings = { ids: [], scores: [] };
    best.forEach((score, id) => {
      if (score > 0) {
        found.ids.push(id);
        found.scores.push(score);
      }
    });
    return withRelevanceOrder(Int32Array.from(found.ids), Float32Array.from(found.scores));
  }

  /** A phrase of three characters or more: looked up by its pairs, confirmed in the text. */
  private phrasePostings(phrase: string): Postings {
    const grams = lookupGrams(phrase);
    const found: GrowingPostings = { ids: [], scores: [] };
    for (const id of intersection(grams.map((gram) => (this.grams.get(gram) ?? NO_POSTINGS).ids))) {
      const counts = phraseCounts(this.versions[id]!.folded, phrase);
      if (FIELDS.some((field) => counts[field] > 0)) {
        found.ids.push(id);
        found.scores.push(weighted(counts));
      }
    }
    return withRelevanceOrder(Int32Array.from(found.ids), Float32Array.from(found.scores));
  }
}

/** Reads and indexes the text of every version but drafts, newest first. */
function indexContents(versions: readonly ReleaseVersion[]): SearchIndexContents {
  const indexed: IndexedVersion[] = [];
  const words = new PostingsBuilder();
  const grams = new PostingsBuilder();
  for (const version of [...versions].sort(newestFirst)) {
    if (version.draft) continue;
    const text: Record<Field, string> = {
      title: collapseWhitespace(version.title),
      summary: collapseWhitespace(version.summary ?? ''),
      // Not through `version.html`, which would keep every body's HTML in memory for good.
      body: bodyText(version.body),
    };
    const folded: Record<Field, string> = { title: foldOnce(text.title), summary: foldOnce(text.summary), body: foldOnce(text.body) };
    indexed.push({ version, text, folded });
    FIELDS.forEach((field, fieldNumber) => {
      for (const token of tokensOf(folded[field])) {
        if (token.cjk) countGrams(token.text, fieldNumber, grams);
        else words.count(wordKey(token.text), fieldNumber);
      }
    });
    words.endVersion();
    grams.endVersion();
  }
  return { versions: indexed, words: words.build(), grams: grams.build() };
}

/**
 * Collects an index's postings version by version, in id order, then lays
 * them out as one list per key. Keys are numbered as first met, and each
 * posting is two numbers in a typed array until the lists are laid out in
 * one more: at 10,000 releases that is some ten million postings, which as
 * growing arrays and a count object per key and version took most of the
 * index's build time, half of it collecting garbage.
 */
class PostingsBuilder {
  private readonly keyIds = new Map<string, number>();
  private readonly keys: string[] = [];
  /** Per key, how often it occurs in each field of the version being added: FIELDS.length numbers a key. */
  private counts = new Int32Array(FIELDS.length * 1024);
  /** The keys the version being added holds, in the order met. */
  private readonly touched: number[] = [];
  /** Per key, the last version (counted from 1) that held it: whether it is in `touched` yet. */
  private lastVersionOf = new Int32Array(1024);
  /** The version being added, counted from 1. */
  private version = 1;
  /** Per key, how many versions hold it. */
  private lengths = new Int32Array(1024);
  /** The postings, version after version: each one's key and score. */
  private postingKeys = new Int32Array(1 << 16);
  private postingScores = new Float32Array(1 << 16);
  private postings = 0;
  /** Where each version's postings end. */
  private readonly versionEnds: number[] = [];

  count(key: string, field: number): void {
    let id = this.keyIds.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.keyIds.set(key, id);
      this.keys.push(key);
      if (id === this.lengths.length) {
        this.lengths = grown(this.lengths);
        this.lastVersionOf = grown(this.lastVersionOf);
        this.counts = grown(this.counts);
      }
    }
    if (this.lastVersionOf[id] !== this.version) {
      this.lastVersionOf[id] = this.version;
      this.touched.push(id);
    }
    this.counts[id * FIELDS.length + field]!++;
  }

  endVersion(): void {
    const { counts, touched } = this;
    if (this.postings + touched.length > this.postingKeys.length) {
      const size = Math.max(this.postingKeys.length * 2, this.postings + touched.length);
      this.postingKeys = grown(this.postingKeys, size);
      this.postingScores = grown(this.postingScores, size);
    }
    for (const id of touched) {
      const at = id * FIELDS.length;
      this.postingKeys[this.postings] = id;
      this.postingScores[this.postings++] = weightedAt(counts, at);
      this.lengths[id]!++;
      counts.fill(0, at, at + FIELDS.length);
    }
    touched.length = 0;
    this.versionEnds.push(this.postings);
    this.version++;
  }

  /** Each key's list, ids ascending: views of two arrays holding them all. */
  build(): Map<string, Postings> {
    const { keys, lengths, postingKeys, postingScores, versionEnds } = this;
    const starts = new Int32Array(keys.length + 1);
    for (let key = 0; key < keys.length; key++) starts[key + 1] = starts[key]! + lengths[key]!;
    const ids = new Int32Array(this.postings);
    const scores = new Float32Array(this.postings);
    const next = starts.slice(0, keys.length);
    // Versions in id order, so each key's list fills in ascending order.
    for (let version = 0, posting = 0; version < versionEnds.length; version++) {
      for (const end = versionEnds[version]!; posting < end; posting++) {
        const at = next[postingKeys[posting]!]!++;
        ids[at] = version;
        scores[at] = postingScores[posting]!;
      }
    }
    const result = new Map<string, Postings>();
    keys.forEach((key, id) => {
      result.set(key, withRelevanceOrder(ids.subarray(starts[id], starts[id + 1]), scores.subarray(starts[id], starts[id + 1])));
    });
    return result;
  }
}

function grown<T extends Int32Array | Float32Array>(array: T, size = array.length * 2): T {
  const larger = new (array.constructor as new (length: number) => T)(size);
  larger.set(array);
  return larger;
}

/** How many longer phrases' and synonyms' matches are kept: a bound, so that odd searches cannot grow memory. */
const KEPT_PHRASES = 500;

/**
 * How many of a search's best matches are ranked again by how near its terms
 * stand, and what standing near adds: about what a second word in the body
 * does, so releases holding the words together come first among those holding
 * them alike, while a match in the title still outranks one in the body.
 */
const PROXIMITY_RERANKED = 30;
const PROXIMITY_BONUS = 3;

/** A search narrowed to a year and a unit (-1: any), and to releases not withdrawn. */
interface Narrowing {
  year: number;
  unit: number;
  standingOnly: boolean;
}
const NOTHING = Symbol('a unit no release has');

/**
 * The best `capacity` matches seen, most relevant first (then newest first),
 * kept in a sorted array: each new match either falls off the end at once or
 * is inserted. For a deep page, where that would be slow, all are sorted.
 */
class TopMatches {
  private readonly kept: Scored[] = [];
  private readonly all: Scored[] = [];

  constructor(private readonly capacity: number) {}

  offer(id: number, score: number): void {
    if (this.capacity > 200) {
      this.all.push({ id, score });
      return;
    }
    const { kept, capacity } = this;
    if (capacity === 0) return;
    if (kept.length === capacity && !isMoreRelevant(id, score, kept[capacity - 1]!)) return;
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (isMoreRelevant(id, score, kept[middle]!)) high = middle;
      else low = middle + 1;
    }
    kept.splice(low, 0, { id, score });
    if (kept.length > capacity) kept.pop();
  }

  sorted(): Scored[] {
    if (this.capacity <= 200) return this.kept;
    return this.all.sort((a, b) => b.score - a.score || a.id - b.id).slice(0, this.capacity);
  }
}

function isMoreRelevant(id: number, score: number, than: Scored): boolean {
  return score > than.score || (score === than.score && id < than.id);
}

/** The versions holding a word or gram, in ascending id order, and what it scores in each. */
export interface Postings {
  ids: Int32Array;
  scores: Float32Array;
  /** For a long list, its positions from the most relevant match down (score, then newest): see `rankOne`. */
  byRelevance?: Int32Array;
}

/** How long a list must be to be worth an order of relevance (4 bytes a posting): shorter ones are read whole in microseconds. */
const RELEVANCE_ORDER_FROM = 1000;

function withRelevanceOrder(ids: Int32Array, scores: Float32Array): Postings {
  if (ids.length < RELEVANCE_ORDER_FROM) return { ids, scores };
  const byRelevance = Int32Array.from(ids.keys()).sort((a, b) => scores[b]! - scores[a]! || ids[a]! - ids[b]!);
  return { ids, scores, byRelevance };
}

interface GrowingPostings {
  ids: number[];
  scores: number[];
}

const NO_POSTINGS: Postings = { ids: new Int32Array(), scores: new Float32Array() };

function weighted(counts: FieldCounts): number {
  let score = 0;
  for (const field of FIELDS) score += FIELD_WEIGHT[field] * diminishing(counts[field]);
  return score;
}

/** `weighted`, of counts stored in the order of FIELDS from `at`. */
function weightedAt(counts: Int32Array, at: number): number {
  let score = 0;
  for (let i = 0; i < FIELDS.length; i++) score += FIELD_WEIGHT[FIELDS[i]!] * diminishing(counts[at + i]!);
  return score;
}

/**
 * Counts each character and each pair of adjacent characters of a CJK run, as
 * a search for them finds them: a pair is not counted twice where it overlaps
 * itself, so 「好好好」 holds 「好好」 once.
 */
function countGrams(run: string, field: number, into: PostingsBuilder): void {
  const characters = Array.from(run);
  let overlapping = '';
  characters.forEach((character, i) => {
    into.count(character, field);
    if (i === 0) return;
    const pair = `${characters[i - 1]}${character}`;
    if (pair === overlapping) {
      overlapping = '';
      return;
    }
    into.count(pair, field);
    overlapping = characters[i - 1] === character ? pair : '';
  });
}

/** The ids in every list, ascending. */
function intersection(lists: readonly Int32Array[]): Int32Array {
  const [shortest, ...others] = [...lists].sort((a, b) => a.length - b.length);
  const cursors = others.map(() => 0);
  return (shortest ?? new Int32Array()).filter((id) =>
    others.every((list, i) => list[(cursors[i] = lowerBound(list, id, cursors[i]!))] === id),
  );
}

/**
 * The first position at or after `from` whose id is not below `id`. Galloping
 * (1, 2, 4, … ahead, then halving): walking two lists of common words together,
 * the next id is usually a step or two on, so this costs a few comparisons
 * where a search of the whole rest of the list would cost a dozen.
 */
export function lowerBound(list: ArrayLike<number>, id: number, from: number): number {
  const length = list.length;
  if (from >= length || list[from]! >= id) return from;
  let low = from + 1;
  let step = 1;
  while (low < length && list[low]! < id) {
    from = low;
    step *= 2;
    low = from + step;
  }
  // list[from] < id, and list[low] >= id or low is past the end.
  let high = Math.min(low, length);
  low = from + 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! < id) low = middle + 1;
    else high = middle;
  }
  return low;
}

function phraseCounts(folded: Record<Field, string>, phrase: string): FieldCounts {
  return {
    title: occurrences(folded.title, phrase),
    summary: occurrences(folded.summary, phrase),
    body: occurrences(folded.body, phrase),
  };
}

function occurrences(text: string, phrase: string): number {
  let count = 0;
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + phrase.length)) count++;
  return count;
}

/** More occurrences score higher, but the tenth adds far less than the second. */
function diminishing(count: number): number {
  return count === 0 ? 0 : 1 + Math.log(count);
}

function wholeNumber(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : fallback;
}

// ---------------------------------------------------------------------------
// One index per language, per process
// ---------------------------------------------------------------------------

/** The latest moment a Date can hold: listing "public" versions as of then yields every non-draft. */
const FAR_FUTURE = new Date(8.64e15);
// On `globalThis` for the reason the release index is (see releases.ts): the
// proxy and the search page are bundled apart, and must share one index.
const PROCESS_CACHE = Symbol.for('moda-press-portal.search-indexes');
const processGlobal = globalThis as typeof globalThis & {
  [PROCESS_CACHE]?: WeakMap<ReleaseIndex, Map<Locale, SearchIndex>>;
};

/** The search index of one language of a content index: every version but drafts, scheduled ones included. */
export function buildSearchIndex(releases: ReleaseIndex, locale: Locale): SearchIndex {
  return new SearchIndex(releases.list(locale, FAR_FUTURE));
}

function indexesOf(releases: ReleaseIndex): Map<Locale, SearchIndex> {
  const byIndex = (processGlobal[PROCESS_CACHE] ??= new WeakMap());
  let indexes = byIndex.get(releases);
  if (!indexes) {
    indexes = new Map();
    byIndex.set(releases, indexes);
  }
  return indexes;
}

/** One SearchIndex per locale, built on first use and kept for the process, from the public content index. */
export function getSearchIndex(locale: Locale): SearchIndex {
  const releases = getReleaseIndex();
  const indexes = indexesOf(releases);
  let index = indexes.get(locale);
  if (!index) {
    index = buildSearchIndex(releases, locale);
    indexes.set(locale, index);
  }
  return index;
}

/**
 * Makes these the indexes `getSearchIndex` answers with for `releases`, as if
 * built from it: how a server uses the indexes of a snapshot (see snapshot.ts).
 */
export function adoptSearchIndexes(releases: ReleaseIndex, indexes: ReadonlyMap<Locale, SearchIndex>): void {
  const kept = indexesOf(releases);
  for (const [locale, index] of indexes) kept.set(locale, index);
}
