import type { Locale } from '@/i18n/routing';
import type { ReleaseVersion } from './load';
import { getReleaseIndex, newestFirst, type ReleaseIndex } from './releases';
import { renderMarkdown } from './markdown';
import { collapseWhitespace, htmlToText } from './plain-text';
import { SEARCH_RESULTS_PER_PAGE } from './search-paging';

/** A piece of a snippet: React renders it as text, or in `<mark>` when it matched, so no HTML is ever built from a query. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

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
}

export { SEARCH_RESULTS_PER_PAGE } from './search-paging';

// ---------------------------------------------------------------------------
// Folding: how characters are compared
// ---------------------------------------------------------------------------

/** Scripts written without spaces between words, so they are indexed by character rather than by word. */
const CJK_SCRIPTS = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}\\p{sc=Bopomofo}';
const WORD_CHARACTER = `(?:(?![${CJK_SCRIPTS}])[\\p{L}\\p{N}])`;
/** A run of CJK characters, or a word of any other script; an apostrophe inside a word (`nation's`) keeps it whole. */
const TOKEN = new RegExp(`([${CJK_SCRIPTS}]+)|(${WORD_CHARACTER}+(?:['’]${WORD_CHARACTER}+)*)`, 'gu');
const IS_WORD_CHARACTER = new RegExp(`^${WORD_CHARACTER}$`, 'u');
const CJK_CHARACTER = new RegExp(`[${CJK_SCRIPTS}]`, 'gu');
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;

/**
 * Characters that folding leaves as they are: printable ASCII but capitals, and
 * the CJK Unified Ideographs that make up most of Chinese text. Only the others
 * go through `foldCharacter`, which keeps folding fast.
 */
const NEEDS_FOLDING = /[^\u0020-\u0040\u005b-\u007e\u3400-\u9fff]/gu;

// Folding character by character is what lets a match in folded text be traced
// back to the characters readers see. The cache makes it cheap; its bound keeps
// odd queries from growing it without limit.
const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 1 << 16;

/**
 * One character as it is compared: NFKC (compatibility ideographs and Kangxi
 * radicals become ordinary characters, full-width Latin becomes ASCII),
 * lower-case and without accents (`É` → `e`).
 */
function foldCharacter(character: string): string {
  let folded = foldCache.get(character);
  if (folded === undefined) {
    folded = foldUncached(character);
    if (foldCache.size < FOLD_CACHE_LIMIT) foldCache.set(character, folded);
  }
  return folded;
}

function foldUncached(character: string): string {
  // Control characters and lone surrogates separate words, like a space.
  if (/^[\p{Cc}\p{Cs}]$/u.test(character)) return ' ';
  // Invisible formatting (soft hyphen, zero-width joiner) must not split a word in two.
  if (/^\p{Cf}$/u.test(character)) return '';
  return character.normalize('NFKD').toLowerCase().replace(/\p{M}/gu, '').normalize('NFKC');
}

function fold(text: string): string {
  return text.replace(NEEDS_FOLDING, foldCharacter);
}

/**
 * Folded text that remembers, for each of its UTF-16 units, the original
 * character it came from: `originalStart`/`originalEnd` are null when every
 * unit stayed where it was (nearly all text), and each unit is its own source.
 */
interface FoldedText {
  text: string;
  originalStart: number[] | null;
  originalEnd: number[] | null;
}

function foldKeepingOffsets(original: string): FoldedText {
  let shifted = false;
  const text = original.replace(NEEDS_FOLDING, (character: string) => {
    const folded = foldCharacter(character);
    if (folded.length !== character.length) shifted = true;
    return folded;
  });
  if (!shifted) return { text, originalStart: null, originalEnd: null };
  // Some character folded longer or shorter (ﬁ → fi, a soft hyphen → nothing): map every unit.
  const originalStart: number[] = [];
  const originalEnd: number[] = [];
  let consumed = 0;
  // What folding leaves alone is single UTF-16 units, each its own source.
  const keepUpTo = (end: number) => {
    for (; consumed < end; consumed++) {
      originalStart.push(consumed);
      originalEnd.push(consumed + 1);
    }
  };
  original.replace(NEEDS_FOLDING, (character: string, offset: number) => {
    keepUpTo(offset);
    const folded = foldCharacter(character);
    consumed = offset + character.length;
    for (let unit = 0; unit < folded.length; unit++) {
      originalStart.push(offset);
      originalEnd.push(consumed);
    }
    return folded;
  });
  keepUpTo(original.length);
  return { text, originalStart, originalEnd };
}

/** Folded text, sharing the original string when folding changed nothing (most Chinese text), to halve its memory. */
function foldOnce(text: string): string {
  const folded = fold(text);
  return folded === text ? text : folded;
}

// ---------------------------------------------------------------------------
// Tokens and terms
// ---------------------------------------------------------------------------

interface Token {
  text: string;
  start: number;
  end: number;
  cjk: boolean;
}

function* tokensOf(folded: string): Generator<Token> {
  for (const match of folded.matchAll(TOKEN)) {
    yield { text: match[0], start: match.index, end: match.index + match[0].length, cjk: match[1] !== undefined };
  }
}

/** Words whose final s does not make a plural. */
const NOT_PLURALS = new Set(['news', 'series', 'species']);

/**
 * A deliberately tiny English stemmer that only undoes regular plurals, applied
 * alike to documents and queries: `releases` → `release`, `policies` → `policy`,
 * `boxes` → `box`, `matches` → `match`. Words ending in -ss, -us or -is
 * (business, status, analysis), words under four letters (gas, its) and `news`
 * are left alone. Its known blind spot: `caches` → `cach`, so `cache` does not
 * find `caches`.
 */
function stem(word: string): string {
  if (word.length < 4 || !/^[a-z]+$/.test(word) || NOT_PLURALS.has(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (/[^sui]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The key a word is indexed under: `Nation's` and `nations` both become `nation`. */
function wordKey(foldedWord: string): string {
  return stem(foldedWord.replace(/['’]s$/, '').replace(/['’]/g, ''));
}

/** What a query asks for; every term must occur in a hit. */
type Term = { kind: 'word'; key: string } | { kind: 'phrase'; text: string };

function termsOf(query: string): Term[] {
  const terms = new Map<string, Term>();
  for (const token of tokensOf(fold(query))) {
    // A CJK run is searched as a phrase: 韓國代表 must appear as written, not as 韓國 here and 代表 there.
    const term: Term = token.cjk ? { kind: 'phrase', text: token.text } : { kind: 'word', key: wordKey(token.text) };
    terms.set(term.kind === 'phrase' ? `phrase:${term.text}` : `word:${term.key}`, term);
  }
  return [...terms.values()];
}

/** The grams a phrase is looked up by: its pairs of adjacent characters, or its one character. */
function lookupGrams(phrase: string): string[] {
  const characters = Array.from(phrase);
  return characters.length === 1 ? characters : bigrams(characters);
}

function bigrams(characters: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 1; i < characters.length; i++) pairs.push(`${characters[i - 1]}${characters[i]}`);
  return pairs;
}

const MAX_QUERY_CHARACTERS = 100;

/** The query as searched, cut short so that however long the input, a search stays cheap. */
function cleanQuery(raw: string): string {
  // Two units per character is enough to keep 100 characters, even astral ones.
  const head = raw.slice(0, MAX_QUERY_CHARACTERS * 2).replace(/[\p{Cc}\p{Cs}]/gu, ' ');
  const characters = Array.from(head.normalize('NFKC').replace(/\s+/g, ' ').trim());
  const kept = characters.slice(0, MAX_QUERY_CHARACTERS).join('');
  // A word cut in two would be searched as a word of its own: drop its stump.
  const cutInsideWord = /\S$/.test(kept) && /^\S/.test(characters[MAX_QUERY_CHARACTERS] ?? '');
  const lastSpace = kept.lastIndexOf(' ');
  return (cutInsideWord && lastSpace > 0 ? kept.slice(0, lastSpace) : kept).trim();
}

// ---------------------------------------------------------------------------
// The index
// ---------------------------------------------------------------------------

const FIELDS = ['title', 'summary', 'body'] as const;
type Field = (typeof FIELDS)[number];
type FieldCounts = Record<Field, number>;

/** A title match outweighs any realistic number of body matches; a summary match, a few. */
const FIELD_WEIGHT: FieldCounts = { title: 10, summary: 4, body: 1 };
/** A snippet comes from the body, unless the query matched only the summary or title. */
const SNIPPET_FIELDS: readonly Field[] = ['body', 'summary', 'title'];

interface IndexedVersion {
  version: ReleaseVersion;
  /** The text readers see, from which snippets are cut. */
  text: Record<Field, string>;
  folded: Record<Field, string>;
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
  private readonly versions: IndexedVersion[] = [];
  /** When each version is published, by id: scheduled versions are indexed, and found from then on. */
  private readonly publishedAt: Float64Array;
  /** Ids, the last to be published first: the versions not yet public at a moment are a prefix of it. */
  private readonly latestPublishedFirst: Int32Array;
  /** Word key → the versions containing it, with its weighted count in each. */
  private readonly words: ReadonlyMap<string, Postings>;
  /** CJK character or bigram → the versions containing it, with its weighted count in each. */
  private readonly grams: ReadonlyMap<string, Postings>;
  /** Longer phrases, once found in the text, by phrase: the most recently searched are kept. */
  private readonly phrases = new Map<string, Postings>();

  constructor(versions: readonly ReleaseVersion[]) {
    const words = new Map<string, GrowingPostings>();
    const grams = new Map<string, GrowingPostings>();
    for (const version of [...versions].sort(newestFirst)) {
      if (!version.draft) this.add(version, words, grams);
    }
    this.words = packed(words);
    this.grams = packed(grams);
    this.publishedAt = Float64Array.from(this.versions, ({ version }) => version.date.instant.getTime());
    this.latestPublishedFirst = Int32Array.from(this.versions.keys()).sort((a, b) => this.publishedAt[b]! - this.publishedAt[a]!);
  }

  search(query: string, options: SearchOptions = {}): SearchResults {
    const cleaned = cleanQuery(query);
    const terms = termsOf(cleaned);
    const offset = wholeNumber(options.offset, 0);
    const limit = wholeNumber(options.limit, SEARCH_RESULTS_PER_PAGE);
    const { total, best } =
      terms.length === 0 ? { total: 0, best: [] } : this.rank(terms, options.now ?? new Date(), offset + limit);
    const snippetQuery = snippetQueryOf(terms);
    return {
      query: cleaned,
      total,
      // Snippets are the costly part, so only this page's are cut.
      hits: best.slice(offset).map(({ id, score }) => ({
        release: this.versions[id]!.version,
        score,
        snippet: snippetOf(this.versions[id]!, snippetQuery),
      })),
    };
  }

  private add(version: ReleaseVersion, words: Map<string, GrowingPostings>, grams: Map<string, GrowingPostings>): void {
    const id = this.versions.length;
    const text: Record<Field, string> = {
      title: collapseWhitespace(version.title),
      summary: collapseWhitespace(version.summary ?? ''),
      // Rendered afresh rather than through `version.html`, which would keep every body's HTML in memory for good.
      body: htmlToText(renderMarkdown(version.body)),
    };
    const folded: Record<Field, string> = { title: foldOnce(text.title), summary: foldOnce(text.summary), body: foldOnce(text.body) };
    this.versions.push({ version, text, folded });
    const wordCounts = new Map<string, FieldCounts>();
    const gramCounts = new Map<string, FieldCounts>();
    for (const field of FIELDS) {
      for (const token of tokensOf(folded[field])) {
        if (token.cjk) countGrams(token.text, field, gramCounts);
        else bump(wordCounts, wordKey(token.text), field);
      }
    }
    // Ids grow with each version added, so every posting list stays in ascending order.
    post(words, wordCounts, id);
    post(grams, gramCounts, id);
  }

  /**
   * How many public versions hold every term, and the `count` best of them,
   * in order. A common word can be in most of the archive while a page shows
   * ten, so this walks typed arrays and keeps only the best `count`, making a
   * match cost a few nanoseconds rather than an object and a sort.
   */
  private rank(terms: readonly Term[], now: Date, count: number): { total: number; best: Scored[] } {
    const [smallest, ...others] = terms.map((term) => this.postingsOf(term)).sort((a, b) => a.ids.length - b.ids.length);
    const top = new TopMatches(count);
    let total = 0;
    if (!smallest) return { total, best: [] };
    const time = now.getTime();
    if (others.length === 0 && smallest.byRelevance) return this.rankOne(smallest, smallest.byRelevance, time, count);
    // The lists are all in id order, so each is searched on from where the last search in it ended.
    const cursors = new Int32Array(others.length);
    candidates: for (let position = 0; position < smallest.ids.length; position++) {
      const id = smallest.ids[position]!;
      if (this.publishedAt[id]! > time) continue;
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
    return { total, best: top.sorted() };
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
    const grams = lookupGrams(term.text);
    if (grams.length === 1 && Array.from(term.text).length <= 2) return this.grams.get(grams[0]!) ?? NO_POSTINGS;
    const kept = this.phrases.get(term.text);
    if (kept) {
      // Most recently used last, so the oldest is the first to go.
      this.phrases.delete(term.text);
      this.phrases.set(term.text, kept);
      return kept;
    }
    const found: GrowingPostings = { ids: [], scores: [] };
    for (const id of intersection(grams.map((gram) => (this.grams.get(gram) ?? NO_POSTINGS).ids))) {
      const counts = phraseCounts(this.versions[id]!.folded, term.text);
      if (FIELDS.some((field) => counts[field] > 0)) {
        found.ids.push(id);
        found.scores.push(weighted(counts));
      }
    }
    const postings = withRelevanceOrder(Int32Array.from(found.ids), Float32Array.from(found.scores));
    this.phrases.set(term.text, postings);
    if (this.phrases.size > KEPT_PHRASES) this.phrases.delete(this.phrases.keys().next().value!);
    return postings;
  }
}

/** How many longer phrases' matches are kept: a bound, so that odd searches cannot grow memory. */
const KEPT_PHRASES = 500;

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
interface Postings {
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

/** Typed arrays hold a posting in 8 bytes, a quarter of what growable arrays take. */
function packed(index: Map<string, GrowingPostings>): Map<string, Postings> {
  const result = new Map<string, Postings>();
  for (const [key, { ids, scores }] of index) {
    result.set(key, withRelevanceOrder(Int32Array.from(ids), Float32Array.from(scores)));
  }
  return result;
}

function bump(counts: Map<string, FieldCounts>, key: string, field: Field): void {
  let entry = counts.get(key);
  if (!entry) counts.set(key, (entry = { title: 0, summary: 0, body: 0 }));
  entry[field]++;
}

function post(index: Map<string, GrowingPostings>, counts: Map<string, FieldCounts>, id: number): void {
  for (const [key, fieldCounts] of counts) {
    let postings = index.get(key);
    if (!postings) index.set(key, (postings = { ids: [], scores: [] }));
    postings.ids.push(id);
    postings.scores.push(weighted(fieldCounts));
  }
}

function weighted(counts: FieldCounts): number {
  let score = 0;
  for (const field of FIELDS) score += FIELD_WEIGHT[field] * diminishing(counts[field]);
  return score;
}

/**
 * Counts each character and each pair of adjacent characters of a CJK run, as
 * a search for them finds them: a pair is not counted twice where it overlaps
 * itself, so 「好好好」 holds 「好好」 once.
 */
function countGrams(run: string, field: Field, into: Map<string, FieldCounts>): void {
  const characters = Array.from(run);
  let overlapping = '';
  characters.forEach((character, i) => {
    bump(into, character, field);
    if (i === 0) return;
    const pair = `${characters[i - 1]}${character}`;
    if (pair === overlapping) {
      overlapping = '';
      return;
    }
    bump(into, pair, field);
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
// Snippets
// ---------------------------------------------------------------------------

/** A stretch of original text, in UTF-16 units. */
interface Range {
  start: number;
  end: number;
}

/** About 80 CJK characters, or about 25 English words. */
const SNIPPET_LENGTH = { cjk: 80, latin: 160 };

/** What cutting snippets for one search needs, worked out once for all its hits. */
interface SnippetQuery {
  phrases: string[];
  wordKeys: ReadonlySet<string>;
  /**
   * Where a word indexed under one of the keys may begin: its key less the last
   * letter begins every such word (policies → policy, boxes → box), with room
   * for the apostrophe a word may hold (Taiwan's, o'clock). Null without words.
   */
  wordBeginnings: RegExp | null;
}

function snippetQueryOf(terms: readonly Term[]): SnippetQuery {
  const phrases = terms.flatMap((term) => (term.kind === 'phrase' ? [term.text] : []));
  const keys = terms.flatMap((term) => (term.kind === 'word' ? [term.key] : []));
  // Keys hold letters and digits only, so they need no escaping; a key of one letter is never stemmed.
  const beginnings = keys.map((key) => {
    const letters = Array.from(key);
    return (letters.length > 1 ? letters.slice(0, -1) : letters).join("['’]?");
  });
  return {
    phrases,
    wordKeys: new Set(keys),
    wordBeginnings: beginnings.length > 0 ? new RegExp(beginnings.join('|'), 'gu') : null,
  };
}

function snippetOf(indexed: IndexedVersion, query: SnippetQuery): SnippetPart[] {
  for (const field of SNIPPET_FIELDS) {
    // A quick look at the folded text first, so that a release found by its title
    // is not read through its whole body.
    if (!mayOccurIn(indexed.folded[field], query)) continue;
    const ranges = matchRanges(indexed.text[field], query);
    if (ranges.length > 0) return excerpt(indexed.text[field], ranges);
  }
  return excerpt(indexed.text.body, []);
}

/** Never false where a term occurs in folded text; now and then true where none does. */
function mayOccurIn(folded: string, query: SnippetQuery): boolean {
  if (query.phrases.some((phrase) => folded.includes(phrase))) return true;
  if (!query.wordBeginnings) return false;
  query.wordBeginnings.lastIndex = 0;
  return query.wordBeginnings.test(folded);
}

/**
 * Where the terms occur in original text, sorted, overlaps merged: all that a
 * snippet can show. The text is read a stretch at a time, and reading stops a
 * snippet's length past the first match, since no later match can reach into
 * the snippet: a long body costs about what its opening does.
 */
function matchRanges(original: string, query: SnippetQuery): Range[] {
  const ranges: Range[] = [];
  let enough = Number.POSITIVE_INFINITY;
  for (let from = 0; from < original.length && from < enough; ) {
    const to = stretchEnd(original, from);
    const found = matchRangesIn(original.slice(from, to), from, query);
    if (ranges.length === 0 && found.length > 0) {
      const first = found.reduce((earliest, range) => (range.start < earliest.start ? range : earliest));
      enough = first.end + SNIPPET_LENGTH.latin;
    }
    ranges.push(...found);
    from = to;
  }
  return mergeRanges(ranges);
}

/** How much text is folded and searched at a time for a snippet, in UTF-16 units (then up to the next break). */
const SNIPPET_STRETCH = 1000;
/**
 * No match spans a space (words are split there) or an ideographic full stop
 * (a CJK run ends there), and both fold to themselves, so a stretch ends just
 * before one and is folded and searched on its own.
 */
const STRETCH_BREAK = /[ \u3002]/g;

function stretchEnd(text: string, from: number): number {
  if (from + SNIPPET_STRETCH >= text.length) return text.length;
  STRETCH_BREAK.lastIndex = from + SNIPPET_STRETCH;
  return STRETCH_BREAK.exec(text)?.index ?? text.length;
}

/** Where the terms occur in `stretch`, a piece of original text starting at `offset`, in the whole text's units. */
function matchRangesIn(stretch: string, offset: number, query: SnippetQuery): Range[] {
  const folded = foldKeepingOffsets(stretch);
  const { text } = folded;
  const toOriginal = (start: number, end: number): Range => ({
    start: offset + (folded.originalStart ? (folded.originalStart[start] ?? 0) : start),
    end: offset + (folded.originalEnd ? (folded.originalEnd[end - 1] ?? 0) : end),
  });
  const ranges: Range[] = [];
  for (const phrase of query.phrases) {
    for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + phrase.length)) {
      ranges.push(toOriginal(at, at + phrase.length));
    }
  }
  const beginnings = query.wordBeginnings;
  if (beginnings) {
    // Only where a key's beginning occurs is a word read and its key worked out: tokenizing
    // the whole stretch would cost an object per word.
    beginnings.lastIndex = 0;
    for (let found = beginnings.exec(text); found; found = beginnings.exec(text)) {
      const start = found.index;
      if (!wordStartsAt(text, start)) {
        beginnings.lastIndex = start + (text.codePointAt(start)! > 0xffff ? 2 : 1);
        continue;
      }
      WORD_AT.lastIndex = start;
      const word = WORD_AT.exec(text)![0];
      if (query.wordKeys.has(wordKey(word))) ranges.push(toOriginal(start, start + word.length));
      beginnings.lastIndex = start + word.length;
    }
  }
  return ranges;
}

/** A word as `TOKEN` reads one, from a given position. */
const WORD_AT = new RegExp(`${WORD_CHARACTER}+(?:['’]${WORD_CHARACTER}+)*`, 'uy');

/**
 * Whether a word, as `TOKEN` splits text, begins at `index`, given that a word
 * character is there: not when a word character comes before it, directly or
 * across an apostrophe (`b` in `o'brien`).
 */
function wordStartsAt(text: string, index: number): boolean {
  const before = codePointBefore(text, index);
  if (before === '') return true;
  if (IS_WORD_CHARACTER.test(before)) return false;
  if (before !== "'" && before !== '’') return true;
  return !IS_WORD_CHARACTER.test(codePointBefore(text, index - 1));
}

/** The character ending just before `index`, a surrogate pair kept whole; empty at the start. */
function codePointBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  const pair = index >= 2 && low >= 0xdc00 && low <= 0xdfff && /[\ud800-\udbff]/.test(text[index - 2]!);
  return text.slice(pair ? index - 2 : index - 1, index);
}

function mergeRanges(ranges: Range[]): Range[] {
  const merged: Range[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** A short stretch of text around the first match, with `…` where it was cut and every match marked. */
function excerpt(text: string, ranges: readonly Range[]): SnippetPart[] {
  const first = ranges[0] ?? { start: 0, end: 0 };
  const around = text.slice(Math.max(0, first.start - SNIPPET_LENGTH.cjk), first.end + SNIPPET_LENGTH.cjk);
  const length = isMostlyCjk(around) ? SNIPPET_LENGTH.cjk : SNIPPET_LENGTH.latin;
  // The match sits near the start, with some context before it; near the end of the text, the excerpt shifts back.
  let end = Math.max(first.end, Math.min(text.length, Math.max(0, first.start - length / 4) + length));
  let start = Math.max(0, Math.min(first.start - length / 4, end - length));
  const segments = graphemes.segment(text);
  start = wordStartAtOrAfter(segments, text, Math.floor(start), first.start);
  end = wordEndAtOrBefore(segments, text, Math.ceil(end), first.end);
  for (const range of ranges) {
    if (range.start < start && range.end > start) start = range.start;
    if (range.start < end && range.end > end) end = range.end;
  }
  while (text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;

  const parts: SnippetPart[] = [];
  const append = (piece: string, match: boolean) => {
    const last = parts.at(-1);
    if (piece === '') return;
    if (last && !last.match && !match) last.text += piece;
    else parts.push({ text: piece, match });
  };
  if (start > 0) append('…', false);
  let cursor = start;
  for (const range of ranges) {
    if (range.end <= start || range.start >= end) continue;
    append(text.slice(cursor, range.start), false);
    append(text.slice(range.start, range.end), true);
    cursor = range.end;
  }
  append(text.slice(cursor, end), false);
  if (end < text.length) append('…', false);
  return parts;
}

function isMostlyCjk(text: string): boolean {
  const cjk = text.match(CJK_CHARACTER)?.length ?? 0;
  return cjk * 3 > (text.match(LETTER_OR_DIGIT)?.length ?? 0);
}

// An excerpt starting "…ybersecurity" reads as a typo: cuts fall between words, and never inside an emoji or accent.
// `segments` are the text's graphemes, segmented once per snippet: segmenting copies the whole text.
function wordStartAtOrAfter(segments: Intl.Segments, text: string, index: number, limit: number): number {
  let at = index;
  while (at > 0 && at < limit && isWordCharacterAt(text, at - 1) && isWordCharacterAt(text, at)) at++;
  return graphemeStartAtOrBefore(segments, text.length, at);
}

function wordEndAtOrBefore(segments: Intl.Segments, text: string, index: number, limit: number): number {
  let at = index;
  while (at < text.length && at > limit && isWordCharacterAt(text, at - 1) && isWordCharacterAt(text, at)) at--;
  return graphemeStartAtOrBefore(segments, text.length, at);
}

function isWordCharacterAt(text: string, index: number): boolean {
  return IS_WORD_CHARACTER.test(text[index] ?? '');
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

function graphemeStartAtOrBefore(segments: Intl.Segments, length: number, index: number): number {
  if (index <= 0 || index >= length) return index;
  return segments.containing(index)?.index ?? index;
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

/** One SearchIndex per locale, built on first use and kept for the process, from the public content index. */
export function getSearchIndex(locale: Locale): SearchIndex {
  const releases = getReleaseIndex();
  const byIndex = (processGlobal[PROCESS_CACHE] ??= new WeakMap());
  let indexes = byIndex.get(releases);
  if (!indexes) {
    indexes = new Map();
    byIndex.set(releases, indexes);
  }
  let index = indexes.get(locale);
  if (!index) {
    index = new SearchIndex(releases.list(locale, FAR_FUTURE));
    indexes.set(locale, index);
  }
  return index;
}
