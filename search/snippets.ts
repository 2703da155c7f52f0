/**
 * Snippets: a short excerpt of a hit's text around its first match, cut at
 * words, with every match marked, as parts React renders as text or in
 * `<mark>` (no HTML is built from a query). Reading a long body costs about
 * what its opening does: see `matchRanges`.
 */
import {
  APOSTROPHE,
  CJK_CHARACTER,
  IS_LETTER,
  IS_WORD_CHARACTER,
  LETTER_OR_DIGIT,
  WORD,
  foldKeepingOffsets,
  foldsTo,
  wordKey,
  type Field,
  type FoldedText,
  type Term,
} from './text';
import { sequencePattern } from './proximity';
import { stemsOf } from './stemmer';

/** A piece of a snippet: React renders it as text, or in `<mark>` when it matched, so no HTML is ever built from a query. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/** A release as snippets read it: the text readers see, and the same text folded. */
export interface SnippetSource {
  text: Record<Field, string>;
  folded: Record<Field, string>;
}

/** A snippet comes from the body, unless the query matched only the summary or title. */
const SNIPPET_FIELDS: readonly Field[] = ['body', 'summary', 'title'];

/** A stretch of original text, in UTF-16 units. */
interface Range {
  start: number;
  end: number;
}

/** About 80 CJK characters, or about 25 English words. */
const SNIPPET_LENGTH = { cjk: 80, latin: 160 };

/** What cutting snippets for one search needs, worked out once for all its hits. */
export interface SnippetQuery {
  phrases: string[];
  /** Names of several words (see synonyms.ts), marked only where their words stand side by side. */
  sequences: RegExp[];
  wordKeys: ReadonlySet<string>;
  /**
   * Where a word indexed under one of the keys may begin: a stem less its last
   * letter begins nearly every word with that stem (policies → polici, happy →
   * happi), with room for the apostrophe a word may hold (Taiwan's, o'clock);
   * a key of a word family (stemmer.ts) has each of its stems. Null without words.
   */
  wordBeginnings: RegExp | null;
}

export function snippetQueryOf(terms: readonly Term[]): SnippetQuery {
  // Every name a term of synonyms stands for is marked where the text writes it; one of several words, as a whole.
  const alternatives = terms.flatMap((term) => (term.kind === 'any' ? term.alternatives : [[term]]));
  const simple = alternatives.flatMap((alternative) => (alternative.length === 1 ? alternative : []));
  const sequences = alternatives.flatMap((alternative) => (alternative.length > 1 ? [sequencePattern(alternative)] : []));
  const phrases = [...new Set(simple.flatMap((term) => (term.kind === 'phrase' ? [term.text] : [])))];
  const keys = [...new Set(simple.flatMap((term) => (term.kind === 'word' ? [term.key] : [])))];
  // Keys hold letters and digits only, so they need no escaping; a key of one letter is never stemmed.
  const beginnings = keys.flatMap((key) =>
    stemsOf(key).map((stem) => {
      const letters = Array.from(stem);
      return (letters.length > 1 && /\D/.test(stem) ? letters.slice(0, -1) : letters).join(`${APOSTROPHE}?`);
    }),
  );
  return {
    phrases,
    sequences,
    wordKeys: new Set(keys),
    wordBeginnings: beginnings.length > 0 ? new RegExp(beginnings.join('|'), 'gu') : null,
  };
}

export function snippetOf(indexed: SnippetSource, query: SnippetQuery): SnippetPart[] {
  for (const field of SNIPPET_FIELDS) {
    // A quick look at the folded text first, so that a release found by its title
    // is not read through its whole body.
    if (!mayOccurIn(indexed.folded[field], query)) continue;
    const ranges = matchRanges(indexed.text[field], indexed.folded[field], query);
    if (ranges.length > 0) return excerpt(indexed.text[field], ranges);
  }
  return excerpt(indexed.text.body, []);
}

/** Never false where a term occurs in folded text; now and then true where none does. */
function mayOccurIn(folded: string, query: SnippetQuery): boolean {
  if (query.phrases.some((phrase) => folded.includes(phrase))) return true;
  if (query.sequences.some((sequence) => ((sequence.lastIndex = 0), sequence.test(folded)))) return true;
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
function matchRanges(original: string, folded: string, query: SnippetQuery): Range[] {
  const ranges: Range[] = [];
  let enough = Number.POSITIVE_INFINITY;
  // Folding kept every character's place in nearly all text (Chinese folds one unit to one):
  // then the index's folded text is read as it is, rather than folded again (see matchRangesIn).
  const aligned = folded.length === original.length;
  for (let from = 0; from < original.length && from < enough; ) {
    const to = stretchEnd(original, from);
    const stretch = original.slice(from, to);
    const found =
      (aligned ? alignedMatchRanges(stretch, folded.slice(from, to), from, query) : null) ?? matchRangesIn(stretch, from, query);
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

/**
 * Where the terms occur in a stretch whose folded text is as long as it: each
 * match is checked to fold from the characters at its place, or null when one
 * does not (folding moved a character somewhere; then the stretch is folded again).
 */
function alignedMatchRanges(stretch: string, foldedStretch: string, offset: number, query: SnippetQuery): Range[] | null {
  const ranges = matchRangesIn(stretch, offset, query, { text: foldedStretch, originalStart: null, originalEnd: null });
  for (const { start, end } of ranges) {
    if (!foldsTo(stretch.slice(start - offset, end - offset), foldedStretch.slice(start - offset, end - offset))) return null;
  }
  return ranges;
}

/** Where the terms occur in `stretch`, a piece of original text starting at `offset`, in the whole text's units. */
function matchRangesIn(stretch: string, offset: number, query: SnippetQuery, alreadyFolded?: FoldedText): Range[] {
  const folded = alreadyFolded ?? foldKeepingOffsets(stretch);
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
  for (const sequence of query.sequences) {
    sequence.lastIndex = 0;
    for (let found = sequence.exec(text); found; found = sequence.exec(text)) {
      if (found[0] === '') {
        sequence.lastIndex++;
        continue;
      }
      ranges.push(toOriginal(found.index, found.index + found[0].length));
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

/** A word, as the index reads words, from a given position. */
const WORD_AT = new RegExp(WORD, 'uy');
const IS_APOSTROPHE = new RegExp(`^${APOSTROPHE}$`);

/**
 * Whether a word, as the index splits text into words, begins at `index`, given
 * that a word character is there: not when a character of its kind (a letter, or
 * a digit) comes before it, directly or, for a letter, across an apostrophe
 * (`b` in `o'brien`); `imd` in `2025imd` is a word of its own.
 */
function wordStartsAt(text: string, index: number): boolean {
  const before = codePointBefore(text, index);
  if (before === '') return true;
  const letter = IS_LETTER.test(String.fromCodePoint(text.codePointAt(index)!));
  if (!letter) return !IS_WORD_CHARACTER.test(before) || IS_LETTER.test(before);
  if (IS_LETTER.test(before)) return false;
  if (!IS_APOSTROPHE.test(before)) return true;
  return !IS_LETTER.test(codePointBefore(text, index - 1));
}

/** The character ending just before `index`, a surrogate pair kept whole; empty at the start. */
function codePointBefore(text: string, index: number): string {
  if (index <= 0) return '';
  const low = text.charCodeAt(index - 1);
  const high = text.charCodeAt(index - 2);
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
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
  let cjk = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let kind = unitKinds[unit]!;
    if (kind === 0) {
      // An astral character is read whole, at its high surrogate; its low one counts for nothing.
      kind = unit >= 0xdc00 && unit <= 0xdfff ? NEITHER : kindOf(String.fromCharCode(unit));
      if (unit < 0xd800 || unit > 0xdbff) unitKinds[unit] = kind;
      else kind = kindOf(String.fromCodePoint(text.codePointAt(i)!));
    }
    if (kind === CJK) cjk++;
    if (kind !== NEITHER) letters++;
  }
  return cjk * 3 > letters;
}

// Characters as isMostlyCjk counts them, worked out once per UTF-16 unit: counting with
// regular expressions built an array of every character of every snippet.
const CJK = 1;
const LETTER = 2;
const NEITHER = 3;
const unitKinds = new Uint8Array(0x10000);
const IS_CJK = new RegExp(`^${CJK_CHARACTER.source}$`, 'u');
const IS_LETTER_OR_DIGIT = new RegExp(`^${LETTER_OR_DIGIT.source}$`, 'u');

function kindOf(character: string): number {
  if (IS_CJK.test(character)) return CJK;
  return IS_LETTER_OR_DIGIT.test(character) ? LETTER : NEITHER;
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
