/**
 * How Chinese characters are folded for search: variant forms (臺/台, 裡/裏)
 * and simplified characters (资/資) meet at one key, in the index and in
 * queries alike. Folding is one character to one key, so a match in folded
 * text maps back to the characters the release writes (snippets mark those).
 *
 * The key of a character is its simplified form, after three steps:
 *  1. OpenCC's Taiwan variant table (`opencc-js/dict/TWVariants`: 爲 → 為);
 *  2. the portal's own variant list, `data/variants.json` (衞 → 衛, 台 → 臺);
 *  3. OpenCC's traditional-to-simplified character table
 *     (`opencc-js/dict/TSCharacters`: 資 → 资, 臺 → 台).
 * Traditional-to-simplified is the direction that folds: it is many-to-one
 * (發 and 髮 both → 发), so a simplified query meets every traditional form
 * it may stand for, where simplified-to-traditional would have to guess one.
 * The price is that characters OpenCC merges meet too (後/后, 乾/幹/干): a
 * search for 皇后 also finds 皇後, which is rare in a ministry's releases.
 * Keys are never shown: readers see the release's own characters.
 */
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariants from 'opencc-js/dict/TWVariants';
import variantData from './data/variants.json';

export interface VariantEntry {
  /** The standard form first, then its variants. */
  forms: string;
  note: string;
}

export const VARIANTS: readonly VariantEntry[] = variantData.variants;

/** OpenCC's dictionary format: `a b|c d e`, each entry a character and what it converts to, first choice first. */
function parseDictionary(dictionary: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of dictionary.split('|')) {
    const [from, to] = entry.split(' ');
    if (from && to) map.set(from, to);
  }
  return map;
}

/** Character → key, for every character whose key is not itself. */
function buildKeys(): Map<string, string> {
  const twVariants = parseDictionary(TWVariants);
  const listed = new Map<string, string>();
  for (const { forms } of VARIANTS) {
    const [standard, ...others] = Array.from(forms);
    for (const other of others) listed.set(other, standard!);
  }
  const simplified = parseDictionary(TSCharacters);
  const keyOf = (character: string): string => {
    let key = twVariants.get(character) ?? character;
    key = listed.get(key) ?? key;
    // OpenCC's table maps a few characters to one it maps on again: follow it to the end.
    for (let step = 0; step < 3; step++) {
      const next = simplified.get(key);
      if (next === undefined || next === key) break;
      key = next;
    }
    return key;
  };
  const keys = new Map<string, string>();
  for (const character of new Set([...twVariants.keys(), ...listed.keys(), ...listed.values(), ...simplified.keys()])) {
    const key = keyOf(character);
    if (key !== character) keys.set(character, key);
  }
  return keys;
}

const KEYS = buildKeys();

/** The key a Chinese character is compared by: itself for most characters. */
export function characterKey(character: string): string {
  return KEYS.get(character) ?? character;
}

/**
 * The characters of the CJK Unified Ideographs block (U+3400–U+9FFF) whose key
 * differs from them, as the body of a regular-expression class: folding skips
 * the rest of the block (most Chinese text) without a lookup.
 */
export const FOLDED_IDEOGRAPHS: string = [...KEYS.keys()]
  .filter((character) => character.length === 1 && character >= '\u3400' && character <= '\u9fff')
  .join('');
