/**
 * What search compares: text folded character by character (NFKC, lower case,
 * no accents), split into tokens (a CJK run, or a word of any other script),
 * words keyed by a tiny stemmer, and a query cleaned and turned into terms.
 * Shared by the index (search.ts) and the snippets (snippets.ts), so that both
 * read text the same way.
 */

/** The fields of a release that are searched. */
export const FIELDS = ['title', 'summary', 'body'] as const;
export type Field = (typeof FIELDS)[number];

// ---------------------------------------------------------------------------
// Folding: how characters are compared
// ---------------------------------------------------------------------------

/** Scripts written without spaces between words, so they are indexed by character rather than by word. */
const CJK_SCRIPTS = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}\\p{sc=Bopomofo}';
const WORD_CHARACTER = `(?:(?![${CJK_SCRIPTS}])[\\p{L}\\p{N}])`;
/** The apostrophes a word may hold (`nation's`, `nation’s`), as a character class. */
export const APOSTROPHE = "['’]";
/** A word of a script written with spaces between words: an apostrophe inside it keeps it whole. */
export const WORD = `${WORD_CHARACTER}+(?:${APOSTROPHE}${WORD_CHARACTER}+)*`;
/** A run of CJK characters, or a word of any other script. */
const TOKEN = new RegExp(`([${CJK_SCRIPTS}]+)|(${WORD})`, 'gu');
export const IS_WORD_CHARACTER = new RegExp(`^${WORD_CHARACTER}$`, 'u');
export const CJK_CHARACTER = new RegExp(`[${CJK_SCRIPTS}]`, 'gu');
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;

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
export interface FoldedText {
  text: string;
  originalStart: number[] | null;
  originalEnd: number[] | null;
}

export function foldKeepingOffsets(original: string): FoldedText {
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
export function foldOnce(text: string): string {
  const folded = fold(text);
  return folded === text ? text : folded;
}

// ---------------------------------------------------------------------------
// Tokens and terms
// ---------------------------------------------------------------------------

interface Token {
  text: string;
  cjk: boolean;
}

export function* tokensOf(folded: string): Generator<Token> {
  for (const match of folded.matchAll(TOKEN)) yield { text: match[0], cjk: match[1] !== undefined };
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

const POSSESSIVE = new RegExp(`${APOSTROPHE}s$`);
const APOSTROPHES = new RegExp(APOSTROPHE, 'g');

/** The key a word is indexed under: `Nation's` and `nations` both become `nation`. */
export function wordKey(foldedWord: string): string {
  return stem(foldedWord.replace(POSSESSIVE, '').replace(APOSTROPHES, ''));
}

/** What a query asks for; every term must occur in a hit. */
export type Term = { kind: 'word'; key: string } | { kind: 'phrase'; text: string };

export function termsOf(query: string): Term[] {
  const terms = new Map<string, Term>();
  for (const token of tokensOf(fold(query))) {
    // A CJK run is searched as a phrase: 韓國代表 must appear as written, not as 韓國 here and 代表 there.
    const term: Term = token.cjk ? { kind: 'phrase', text: token.text } : { kind: 'word', key: wordKey(token.text) };
    terms.set(term.kind === 'phrase' ? `phrase:${term.text}` : `word:${term.key}`, term);
  }
  return [...terms.values()];
}

/** The grams a phrase is looked up by: its pairs of adjacent characters, or its one character. */
export function lookupGrams(phrase: string): string[] {
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
export function cleanQuery(raw: string): string {
  // Two units per character is enough to keep 100 characters, even astral ones.
  const head = raw.slice(0, MAX_QUERY_CHARACTERS * 2).replace(/[\p{Cc}\p{Cs}]/gu, ' ');
  const characters = Array.from(head.normalize('NFKC').replace(/\s+/g, ' ').trim());
  const kept = characters.slice(0, MAX_QUERY_CHARACTERS).join('');
  // A word cut in two would be searched as a word of its own: drop its stump.
  const cutInsideWord = /\S$/.test(kept) && /^\S/.test(characters[MAX_QUERY_CHARACTERS] ?? '');
  const lastSpace = kept.lastIndexOf(' ');
  return (cutInsideWord && lastSpace > 0 ? kept.slice(0, lastSpace) : kept).trim();
}

