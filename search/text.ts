/**
 * What search compares: text folded character by character (NFKC, lower case,
 * no accents, Chinese variants and simplified characters to one key: see
 * variants.ts), split into tokens (a CJK run, or a word of any other script,
 * letters and digits apart), words keyed by their stem (stemmer.ts), and a
 * query cleaned and turned into terms, names widened to their synonyms (synonyms.ts).
 * Shared by the index (search.ts) and the snippets (snippets.ts), so that both
 * read text the same way.
 */

/** The fields of a release that are searched. */
export const FIELDS = ['title', 'summary', 'body'] as const;
export type Field = (typeof FIELDS)[number];

// ---------------------------------------------------------------------------
// Folding: how characters are compared
// ---------------------------------------------------------------------------

import { stemKey } from './stemmer';
import { characterKey, FOLDED_IDEOGRAPHS } from './variants';

/** Scripts written without spaces between words, so they are indexed by character rather than by word. */
const CJK_SCRIPTS = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}\\p{sc=Bopomofo}';
const WORD_CHARACTER = `(?:(?![${CJK_SCRIPTS}])[\\p{L}\\p{N}])`;
const LETTER = `(?:(?![${CJK_SCRIPTS}])\\p{L})`;
/** The apostrophes a word may hold (`nation's`, `nation’s`), as a character class. */
export const APOSTROPHE = "['’]";
/**
 * A word of a script written with spaces between words: letters, an apostrophe
 * inside keeping them whole, or digits. Letters and digits written together are
 * words apart, so 2025IMD is found by 2025 IMD and the other way round.
 */
export const WORD = `${LETTER}+(?:${APOSTROPHE}${LETTER}+)*|\\p{N}+`;
/** A run of CJK characters, or a word of any other script. */
const TOKEN = new RegExp(`([${CJK_SCRIPTS}]+)|(${WORD})`, 'gu');
export const IS_WORD_CHARACTER = new RegExp(`^${WORD_CHARACTER}$`, 'u');
export const IS_LETTER = new RegExp(`^${LETTER}$`, 'u');
export const CJK_CHARACTER = new RegExp(`[${CJK_SCRIPTS}]`, 'gu');
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/gu;

/**
 * Characters that folding leaves as they are: printable ASCII but capitals, and
 * the CJK Unified Ideographs that make up most of Chinese text, but those with
 * a variant or simplified key. Only the others go through `foldCharacter`,
 * which keeps folding fast.
 */
const NEEDS_FOLDING_CLASS = `[^\\u0020-\\u0040\\u005b-\\u007e\\u3400-\\u9fff]|[${FOLDED_IDEOGRAPHS}]`;
const NEEDS_FOLDING = new RegExp(NEEDS_FOLDING_CLASS, 'gu');
const NEEDS_FOLDING_ONE = new RegExp(`^(?:${NEEDS_FOLDING_CLASS})$`, 'u');

// Folding character by character is what lets a match in folded text be traced
// back to the characters readers see. The cache makes it cheap; its bound keeps
// odd queries from growing it without limit.
const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 1 << 16;

/**
 * One character as it is compared: NFKC (compatibility ideographs and Kangxi
 * radicals become ordinary characters, full-width Latin becomes ASCII),
 * lower-case and without accents (`É` → `e`), a Chinese character by its key
 * (臺 → 台, 資 → 资: see variants.ts).
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
  const folded = character.normalize('NFKD').toLowerCase().replace(/\p{M}/gu, '').normalize('NFKC');
  return Array.from(folded, characterKey).join('');
}

export function fold(text: string): string {
  return foldUnitByUnit(text) ?? text.replace(NEEDS_FOLDING, foldCharacter);
}

// Most characters fold to one UTF-16 unit (臺 → 台, A → a): in Chinese text,
// where nearly every other character has a key to look up, those are folded by
// a table, a unit at a time, which costs a tenth of a regular expression calling
// back for each of them. A unit's entry is worked out the first time it is seen.
const UNKNOWN = 0;
const ONE_UNIT = 1;
const OTHER = 2;
const unitKind = new Uint8Array(0x10000);
const unitFolded = new Uint16Array(0x10000);
const decoder = new TextDecoder('utf-16le');

/** Chinese text, where most characters have a key: text without any is folded faster by the regular expression. */
const HAS_IDEOGRAPH = /[\u3400-\u9fff]/;

/**
 * Text folded through the table, or null when it holds no ideograph (a regular
 * expression is faster where few characters change, as in English) or a
 * character that does not fold to one unit (then offsets move).
 */
function foldUnitByUnit(text: string): string | null {
  if (!HAS_IDEOGRAPH.test(text)) return null;
  const length = text.length;
  const out = new Uint16Array(length);
  let changed = false;
  for (let i = 0; i < length; i++) {
    const unit = text.charCodeAt(i);
    let kind = unitKind[unit]!;
    if (kind === UNKNOWN) {
      const character = String.fromCharCode(unit);
      const folded = unit >= 0xd800 && unit <= 0xdfff ? '' : NEEDS_FOLDING_ONE.test(character) ? foldCharacter(character) : character;
      kind = folded.length === 1 ? ONE_UNIT : OTHER;
      unitKind[unit] = kind;
      if (kind === ONE_UNIT) unitFolded[unit] = folded.charCodeAt(0);
    }
    if (kind === OTHER) return null;
    const folded = unitFolded[unit]!;
    if (folded !== unit) changed = true;
    out[i] = folded;
  }
  return changed ? decoder.decode(out) : text;
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

/** Whether `original` folds to `folded`: a unit at a time through the table where it can, with no string built. */
export function foldsTo(original: string, folded: string): boolean {
  if (original.length === folded.length) {
    let known = true;
    for (let i = 0; i < original.length && known; i++) {
      const unit = original.charCodeAt(i);
      if (unitKind[unit] !== ONE_UNIT) known = false;
      else if (unitFolded[unit] !== folded.charCodeAt(i)) return false;
    }
    if (known) return true;
  }
  return fold(original) === folded;
}

export function foldKeepingOffsets(original: string): FoldedText {
  const unitByUnit = foldUnitByUnit(original);
  if (unitByUnit !== null) return { text: unitByUnit, originalStart: null, originalEnd: null };
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

/** Tokens with where each starts in the folded text. */
export function* tokenMatchesOf(folded: string): Generator<Token & { index: number }> {
  for (const match of folded.matchAll(TOKEN)) yield { text: match[0], cjk: match[1] !== undefined, index: match.index };
}

const POSSESSIVE = new RegExp(`${APOSTROPHE}s$`);
const APOSTROPHES = new RegExp(APOSTROPHE, 'g');

/** The key a word is indexed under: `Nation's`, `nations` and `national` all become `nation` (see stemmer.ts). */
export function wordKey(foldedWord: string): string {
  return stemKey(foldedWord.replace(POSSESSIVE, '').replace(APOSTROPHES, ''));
}

/** A word or a phrase of folded text: what the index looks up. */
export type SimpleTerm = { kind: 'word'; key: string } | { kind: 'phrase'; text: string };

/**
 * What a query asks for; every term must occur in a hit. A term of synonyms
 * (see synonyms.ts) occurs where any of its alternatives does, an alternative
 * being terms that must all occur (`Ministry of Digital Affairs`).
 */
export type Term = SimpleTerm | { kind: 'any'; alternatives: readonly (readonly SimpleTerm[])[] };

/** The words and phrases of folded text, in order, repeats kept. */
export function simpleTermsOf(folded: string): SimpleTerm[] {
  // A CJK run is searched as a phrase: 韓國代表 must appear as written, not as 韓國 here and 代表 there.
  return Array.from(tokensOf(folded), (token): SimpleTerm =>
    token.cjk ? { kind: 'phrase', text: token.text } : { kind: 'word', key: wordKey(token.text) },
  );
}

/** A term as a string, the same for the same term: for removing repeats and keeping results. */
export function termKey(term: Term): string {
  if (term.kind === 'word') return `w:${term.key}`;
  if (term.kind === 'phrase') return `p:${term.text}`;
  return `any(${term.alternatives.map((terms) => terms.map(termKey).join('+')).join('|')})`;
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

