import type { Locale } from '@/i18n/routing';
import type { ReleaseVersion } from './load';
import { getReleaseIndex, isPublic } from './releases';
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

/** Folded text that remembers, for each of its UTF-16 units, the original character it came from. */
interface FoldedText {
  text: string;
  originalStart: number[];
  originalEnd: number[];
}

function foldKeepingOffsets(original: string): FoldedText {
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
  const text = original.replace(NEEDS_FOLDING, (character: string, offset: number) => {
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

/** Every character and every pair of adjacent characters of a CJK run: what the index knows of it. */
function indexedGrams(run: string): string[] {
  const characters = Array.from(run);
  return [...characters, ...bigrams(characters)];
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

interface Match {
  indexed: IndexedVersion;
  score: number;
}

/** What candidate lookup needs of a posting list, whether a Set of ids or a Map from id to counts. */
interface IdSet {
  readonly size: number;
  has(id: number): boolean;
  keys(): IterableIterator<number>;
}

const NO_IDS: ReadonlySet<number> = new Set();

/**
 * An in-memory search over the releases of one language: built once per
 * process, queried per request. Drafts are never indexed; scheduled releases
 * are, and are filtered out at query time, so one becomes findable at its
 * date without a rebuild.
 */
export class SearchIndex {
  private readonly versions: IndexedVersion[] = [];
  /** Word key → the versions containing it, with how often in each field. */
  private readonly words = new Map<string, Map<number, FieldCounts>>();
  /** CJK character or bigram → the versions containing it, in ascending order. */
  private readonly grams = new Map<string, number[]>();

  constructor(versions: readonly ReleaseVersion[]) {
    for (const version of versions) {
      if (!version.draft) this.add(version);
    }
  }

  search(query: string, options: SearchOptions = {}): SearchResults {
    const cleaned = cleanQuery(query);
    const terms = termsOf(cleaned);
    const matches = terms.length === 0 ? [] : this.matches(terms, options.now ?? new Date());
    matches.sort(byRelevance);
    const offset = wholeNumber(options.offset, 0);
    const limit = wholeNumber(options.limit, SEARCH_RESULTS_PER_PAGE);
    return {
      query: cleaned,
      total: matches.length,
      // Snippets are the costly part, so only this page's are cut.
      hits: matches.slice(offset, offset + limit).map(({ indexed, score }) => ({
        release: indexed.version,
        score,
        snippet: snippetOf(indexed, terms),
      })),
    };
  }

  private add(version: ReleaseVersion): void {
    const id = this.versions.length;
    const text: Record<Field, string> = {
      title: collapseWhitespace(version.title),
      summary: collapseWhitespace(version.summary ?? ''),
      body: htmlToText(version.html),
    };
    const folded: Record<Field, string> = { title: fold(text.title), summary: fold(text.summary), body: fold(text.body) };
    this.versions.push({ version, text, folded });
    for (const field of FIELDS) {
      for (const token of tokensOf(folded[field])) {
        if (token.cjk) {
          for (const gram of indexedGrams(token.text)) this.postGram(gram, id);
        } else {
          this.countWord(wordKey(token.text), id, field);
        }
      }
    }
  }

  private postGram(gram: string, id: number): void {
    const ids = this.grams.get(gram);
    if (!ids) this.grams.set(gram, [id]);
    // Versions are added in id order, so a repeat can only be the last entry.
    else if (ids.at(-1) !== id) ids.push(id);
  }

  private countWord(key: string, id: number, field: Field): void {
    let postings = this.words.get(key);
    if (!postings) this.words.set(key, (postings = new Map()));
    let counts = postings.get(id);
    if (!counts) postings.set(id, (counts = { title: 0, summary: 0, body: 0 }));
    counts[field]++;
  }

  /** The public versions holding every term, with their scores. */
  private matches(terms: readonly Term[], now: Date): Match[] {
    const [smallest, ...others] = terms.map((term) => this.candidates(term)).sort((a, b) => a.size - b.size);
    const matches: Match[] = [];
    for (const id of smallest?.keys() ?? []) {
      const indexed = this.versions[id];
      if (!indexed || !others.every((ids) => ids.has(id)) || !isPublic(indexed.version, now)) continue;
      const score = this.score(id, indexed, terms);
      if (score !== undefined) matches.push({ indexed, score });
    }
    return matches;
  }

  /** The versions that may hold a term: exactly those for a word; for a phrase, those holding all its grams. */
  private candidates(term: Term): IdSet {
    if (term.kind === 'word') return this.words.get(term.key) ?? NO_IDS;
    return intersection(lookupGrams(term.text).map((gram) => this.grams.get(gram) ?? []));
  }

  /** Weighted occurrences of every term; undefined if a phrase's grams are all there but not as one phrase. */
  private score(id: number, indexed: IndexedVersion, terms: readonly Term[]): number | undefined {
    let score = 0;
    for (const term of terms) {
      const counts =
        term.kind === 'word' ? this.words.get(term.key)?.get(id) : phraseCounts(indexed.folded, term.text);
      if (!counts || FIELDS.every((field) => counts[field] === 0)) return undefined;
      for (const field of FIELDS) score += FIELD_WEIGHT[field] * diminishing(counts[field]);
    }
    return score;
  }
}

function intersection(lists: readonly (readonly number[])[]): ReadonlySet<number> {
  const [shortest, ...others] = [...lists].sort((a, b) => a.length - b.length);
  return new Set(shortest?.filter((id) => others.every((list) => includesSorted(list, id))));
}

function includesSorted(list: readonly number[], id: number): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const found = list[middle]!;
    if (found === id) return true;
    if (found < id) low = middle + 1;
    else high = middle - 1;
  }
  return false;
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

/** Most relevant first; among equals newest first, then by slug so that pages never reshuffle. */
function byRelevance(a: Match, b: Match): number {
  return (
    b.score - a.score ||
    b.indexed.version.date.instant.getTime() - a.indexed.version.date.instant.getTime() ||
    a.indexed.version.slug.localeCompare(b.indexed.version.slug)
  );
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

function snippetOf(indexed: IndexedVersion, terms: readonly Term[]): SnippetPart[] {
  for (const field of SNIPPET_FIELDS) {
    const ranges = matchRanges(indexed.text[field], terms);
    if (ranges.length > 0) return excerpt(indexed.text[field], ranges);
  }
  return excerpt(indexed.text.body, []);
}

/** Where the terms occur in original text, sorted, overlaps merged. */
function matchRanges(original: string, terms: readonly Term[]): Range[] {
  const folded = foldKeepingOffsets(original);
  const toOriginal = (start: number, end: number): Range => ({
    start: folded.originalStart[start] ?? 0,
    end: folded.originalEnd[end - 1] ?? 0,
  });
  const ranges: Range[] = [];
  const wordKeys = new Set<string>();
  for (const term of terms) {
    if (term.kind === 'word') {
      wordKeys.add(term.key);
      continue;
    }
    const { text } = folded;
    for (let at = text.indexOf(term.text); at !== -1; at = text.indexOf(term.text, at + term.text.length)) {
      ranges.push(toOriginal(at, at + term.text.length));
    }
  }
  if (wordKeys.size > 0) {
    for (const token of tokensOf(folded.text)) {
      if (!token.cjk && wordKeys.has(wordKey(token.text))) ranges.push(toOriginal(token.start, token.end));
    }
  }
  return mergeRanges(ranges);
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
  start = wordStartAtOrAfter(text, Math.floor(start), first.start);
  end = wordEndAtOrBefore(text, Math.ceil(end), first.end);
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
function wordStartAtOrAfter(text: string, index: number, limit: number): number {
  let at = index;
  while (at > 0 && at < limit && isWordCharacterAt(text, at - 1) && isWordCharacterAt(text, at)) at++;
  return graphemeStartAtOrBefore(text, at);
}

function wordEndAtOrBefore(text: string, index: number, limit: number): number {
  let at = index;
  while (at < text.length && at > limit && isWordCharacterAt(text, at - 1) && isWordCharacterAt(text, at)) at--;
  return graphemeStartAtOrBefore(text, at);
}

function isWordCharacterAt(text: string, index: number): boolean {
  return IS_WORD_CHARACTER.test(text[index] ?? '');
}

const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

function graphemeStartAtOrBefore(text: string, index: number): number {
  if (index <= 0 || index >= text.length) return index;
  return graphemes.segment(text).containing(index)?.index ?? index;
}

// ---------------------------------------------------------------------------
// One index per language, per process
// ---------------------------------------------------------------------------

/** The latest moment a Date can hold: listing "public" versions as of then yields every non-draft. */
const FAR_FUTURE = new Date(8.64e15);
const indexes = new Map<Locale, SearchIndex>();

/** One SearchIndex per locale, built on first use and kept for the process, from the public content index. */
export function getSearchIndex(locale: Locale): SearchIndex {
  let index = indexes.get(locale);
  if (!index) {
    index = new SearchIndex(getReleaseIndex().list(locale, FAR_FUTURE));
    indexes.set(locale, index);
  }
  return index;
}
