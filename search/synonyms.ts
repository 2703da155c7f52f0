/**
 * Names readers write in several ways (數位發展部, 數位部, 數發部, moda,
 * Ministry of Digital Affairs): a query naming one also finds releases naming
 * another. The list is `data/synonyms.json`; it widens queries only, so adding
 * a name needs no rebuild of the index.
 */
import synonymData from './data/synonyms.json';
import { fold, simpleTermsOf, type SimpleTerm, type Term } from './text';

export interface SynonymEntry {
  names: readonly string[];
  note: string;
}

export const SYNONYMS: readonly SynonymEntry[] = synonymData.synonyms;

interface Name {
  entry: number;
  /** The name's words and phrases, folded, in order. */
  terms: SimpleTerm[];
}

interface Prepared {
  /** Every name, longest first, so that 資安署 wins over 資安. */
  names: Name[];
  /** By entry: each name's terms, repeats removed. */
  alternatives: SimpleTerm[][][];
  /** By entry: the names that are one run of Chinese characters, folded. */
  chineseNames: string[][];
}

let prepared: Prepared | undefined;

function prepare(): Prepared {
  const names: Name[] = [];
  const alternatives: SimpleTerm[][][] = [];
  const chineseNames: string[][] = [];
  SYNONYMS.forEach((synonym, entry) => {
    alternatives[entry] = [];
    chineseNames[entry] = [];
    for (const name of synonym.names) {
      const terms = simpleTermsOf(fold(name.normalize('NFKC')));
      if (terms.length === 0) continue;
      names.push({ entry, terms });
      alternatives[entry]!.push(unique(terms));
      const [only] = terms;
      if (terms.length === 1 && only?.kind === 'phrase') chineseNames[entry]!.push(only.text);
    }
  });
  const length = (name: Name) => name.terms.reduce((sum, term) => sum + (term.kind === 'phrase' ? term.text.length : 1), 0);
  names.sort((a, b) => length(b) - length(a));
  return { names, alternatives, chineseNames };
}

/**
 * A query's words and phrases with every name in them widened to its synonyms:
 * - words or phrases that are a whole name become a term of all the entry's names;
 * - a phrase holding a Chinese name inside it (數發部長) becomes a term of the
 *   phrase with each of the entry's Chinese names in its place (數位部長, 數位發展部長),
 *   so a phrase is still found only where its characters stand together.
 */
export function withSynonyms(terms: readonly SimpleTerm[]): Term[] {
  const { names, alternatives, chineseNames } = (prepared ??= prepare());
  const result: Term[] = [];
  for (let i = 0; i < terms.length; ) {
    const whole = names.find((name) => name.terms.every((term, at) => sameTerm(term, terms[i + at])));
    if (whole) {
      result.push({ kind: 'any', alternatives: alternatives[whole.entry]! });
      i += whole.terms.length;
      continue;
    }
    const term = terms[i]!;
    i++;
    const inside = term.kind === 'phrase' ? nameInside(term.text, names) : undefined;
    if (!inside || term.kind !== 'phrase') {
      result.push(term);
      continue;
    }
    const before = term.text.slice(0, inside.at);
    const after = term.text.slice(inside.at + inside.text.length);
    const phrases = [...new Set([inside.text, ...chineseNames[inside.entry]!])].map((name) => `${before}${name}${after}`);
    result.push({ kind: 'any', alternatives: phrases.map((text) => [{ kind: 'phrase', text }]) });
  }
  return result;
}

/** The first, longest Chinese name inside a phrase. */
function nameInside(phrase: string, names: readonly Name[]): { entry: number; text: string; at: number } | undefined {
  let found: { entry: number; text: string; at: number } | undefined;
  for (const name of names) {
    const only = name.terms.length === 1 ? name.terms[0]! : undefined;
    if (only?.kind !== 'phrase') continue;
    const at = phrase.indexOf(only.text);
    if (at !== -1 && (!found || at < found.at)) found = { entry: name.entry, text: only.text, at };
  }
  return found;
}

function sameTerm(a: SimpleTerm, b: SimpleTerm | undefined): boolean {
  if (!b || a.kind !== b.kind) return false;
  return a.kind === 'word' ? a.key === (b as { key: string }).key : a.text === (b as { text: string }).text;
}

function unique(terms: readonly SimpleTerm[]): SimpleTerm[] {
  const seen = new Set<string>();
  return terms.filter((term) => {
    const key = term.kind === 'word' ? `w:${term.key}` : `p:${term.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
