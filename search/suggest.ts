/**
 * A likely correction of a query that finds nothing: each word or run of
 * Chinese characters that the archive does not hold is replaced by the nearest
 * one it does (an English word one or two letters away; a Chinese phrase with
 * one character changed), written as a release writes it. Asked only when a
 * search finds nothing, so it may read the whole vocabulary.
 */
import type { SearchIndex, SearchOptions } from './search';
import { cleanQuery, fold, foldKeepingOffsets, tokenMatchesOf, wordKey } from './text';

export interface Correction {
  /** The query with its unknown words replaced, to show and to search. */
  query: string;
  total: number;
}

/** Shorter words are not corrected: too many words lie one letter from them. */
const SHORTEST_CORRECTED_WORD = 4;
/** How many Chinese candidates are tried, commonest first. */
const CJK_CANDIDATES = 12;

export function suggestCorrection(
  index: SearchIndex,
  rawQuery: string,
  now = new Date(),
  narrowing: Pick<SearchOptions, 'year' | 'unit'> = {},
): Correction | null {
  const query = cleanQuery(rawQuery);
  const folded = foldKeepingOffsets(query);
  // Words are corrected against the whole archive; the correction must find releases within the filter.
  const count = (text: string) => index.search(text, { now, limit: 0 }).total;
  let corrected = '';
  let from = 0;
  let changed = false;
  for (const token of tokenMatchesOf(folded.text)) {
    const start = folded.originalStart ? folded.originalStart[token.index]! : token.index;
    const end = folded.originalEnd ? folded.originalEnd[token.index + token.text.length - 1]! : token.index + token.text.length;
    corrected += query.slice(from, start);
    from = end;
    const original = query.slice(start, end);
    if (count(original) > 0) {
      corrected += original;
      continue;
    }
    const key = token.cjk ? nearestPhrase(index, token.text, count) : nearestWord(index, token.text);
    const written = key === null ? null : asWritten(index, key, token.cjk, token.text, now);
    if (written === null) return null;
    corrected += written;
    changed = true;
  }
  corrected += query.slice(from);
  if (!changed) return null;
  const total = index.search(corrected, { now, limit: 0, year: narrowing.year, unit: narrowing.unit }).total;
  return total > 0 ? { query: corrected, total } : null;
}

/**
 * How releases write what a key stands for: of the words or phrases their
 * snippets mark with that key (a search for it also marks synonyms), the one
 * nearest to what the reader typed (`goverment` → government, not governance).
 */
function asWritten(index: SearchIndex, key: string, cjk: boolean, typed: string, now: Date): string | null {
  let best: { text: string; distance: number } | null = null;
  for (const hit of index.search(key, { now, limit: 3 }).hits) {
    for (const part of hit.snippet) {
      if (!part.match) continue;
      const folded = fold(part.text);
      if (cjk ? folded !== key : wordKey(folded) !== key) continue;
      const distance = editDistance(folded, typed, Number.POSITIVE_INFINITY);
      if (!best || distance < best.distance) best = { text: part.text, distance };
    }
  }
  return best?.text ?? null;
}

/** The archive's word nearest to a folded word, as a key: one letter away for a short word, two for a long one. */
function nearestWord(index: SearchIndex, word: string): string | null {
  const key = wordKey(word);
  if (key.length < SHORTEST_CORRECTED_WORD || !/^[a-z]+$/.test(key)) return null;
  const allowed = key.length <= 5 ? 1 : 2;
  let best: { key: string; distance: number; count: number } | null = null;
  for (const [candidate, postings] of index.contents().words) {
    if (Math.abs(candidate.length - key.length) > allowed || !/^[a-z]+$/.test(candidate)) continue;
    const distance = editDistance(key, candidate, allowed);
    if (distance > allowed) continue;
    const count = postings.ids.length;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) best = { key: candidate, distance, count };
  }
  return best?.key ?? null;
}

/** The phrase of the archive, one character away from a folded Chinese phrase, that most releases hold. */
function nearestPhrase(index: SearchIndex, phrase: string, count: (text: string) => number): string | null {
  const characters = Array.from(phrase);
  if (characters.length < 2 || characters.length > 8) return null;
  // Every pair of characters in the archive that agrees with the phrase in one of its two places proposes the other.
  const proposals = new Map<string, number>();
  const propose = (candidate: string[], weight: number) => {
    const text = candidate.join('');
    proposals.set(text, (proposals.get(text) ?? 0) + weight);
  };
  for (const [gram, postings] of index.contents().grams) {
    const pair = Array.from(gram);
    if (pair.length !== 2) continue;
    const [first, second] = pair as [string, string];
    for (let i = 0; i + 1 < characters.length; i++) {
      if (first === characters[i] && second !== characters[i + 1]) {
        propose(characters.with(i + 1, second), postings.ids.length);
      } else if (second === characters[i + 1] && first !== characters[i]) {
        propose(characters.with(i, first), postings.ids.length);
      }
    }
  }
  let best: { text: string; total: number } | null = null;
  for (const [text] of [...proposals].sort((a, b) => b[1] - a[1]).slice(0, CJK_CANDIDATES)) {
    const total = count(text);
    if (total > 0 && (!best || total > best.total)) best = { text, total };
  }
  return best?.text ?? null;
}

/** Optimal string alignment distance (a swap of two letters counts one), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  const rows = a.length + 1;
  const columns = b.length + 1;
  let twoBack = new Array<number>(columns).fill(0);
  let previous = Array.from({ length: columns }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const current = new Array<number>(columns).fill(0);
    current[0] = i;
    let smallest = i;
    for (let j = 1; j < columns; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, twoBack[j - 2]! + 1);
      current[j] = value;
      smallest = Math.min(smallest, value);
    }
    if (smallest > limit) return limit + 1;
    twoBack = previous;
    previous = current;
  }
  return previous[columns - 1]!;
}
