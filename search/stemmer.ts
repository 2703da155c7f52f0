/**
 * The key an English word is indexed and searched under: its Snowball stem
 * (the Porter2 'english' algorithm of `snowball-stemmers`), so that releases,
 * release and released meet, and resilience meets resilient; then the stem
 * of its family's first word, for the families in `data/word-forms.json`
 * that the stemmer keeps apart (Korea/Korean, defend/defense/defence).
 */
import { newStemmer } from 'snowball-stemmers';
import wordForms from './data/word-forms.json';

const english = newStemmer('english');

export const WORD_FAMILIES: readonly (readonly string[])[] = wordForms.families;

/** Words of fewer letters are left as they are: `its`, `gas`, `ai`. */
const SHORTEST_STEMMED = 4;

function snowballStem(word: string): string {
  return word.length < SHORTEST_STEMMED || !/^[a-z]+$/.test(word) ? word : english.stem(word);
}

/** Stem → the stem of its family's first word, for stems of a family but not its first. */
const FAMILY_KEYS = new Map<string, string>();
/** Key → every stem that has it: what a snippet looks for to mark a word (see snippets.ts). */
const FAMILY_STEMS = new Map<string, string[]>();
for (const family of WORD_FAMILIES) {
  const key = snowballStem(family[0]!);
  for (const word of family) {
    const stem = snowballStem(word);
    if (stem !== key) FAMILY_KEYS.set(stem, key);
    const stems = FAMILY_STEMS.get(key) ?? [key];
    if (!stems.includes(stem)) stems.push(stem);
    FAMILY_STEMS.set(key, stems);
  }
}

// Stemming costs microseconds and an archive repeats its words: each is stemmed once.
const cache = new Map<string, string>();
const CACHE_LIMIT = 1 << 17;

/** A folded word (lower case, no accents, no apostrophes) → its key. */
export function stemKey(word: string): string {
  let key = cache.get(word);
  if (key === undefined) {
    const stem = snowballStem(word);
    key = FAMILY_KEYS.get(stem) ?? stem;
    if (cache.size < CACHE_LIMIT) cache.set(word, key);
  }
  return key;
}

/** The stems indexed under a key: the key itself, and its family's other stems. */
export function stemsOf(key: string): readonly string[] {
  return FAMILY_STEMS.get(key) ?? [key];
}
