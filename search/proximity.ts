/**
 * How near a release's text holds a search's terms: 1 when some stretch of
 * one field (title, summary or body) holds every term close together, else 0.
 * Asked only of a search's best few matches (see search.ts), so it reads
 * text rather than keeping positions in the index, which would double its size.
 */
import { stemsOf } from './stemmer';
import { IS_LETTER, type Field, type SimpleTerm, type Term } from './text';

/** Terms "stand near" when the stretch holding them all has at most this many other characters (UTF-16 units). */
const NEAR = 12;
/** Occurrences of a term read per field: enough to find a close pair in any real release, bounded for a long one. */
const MOST_OCCURRENCES = 64;
/** How much of a long body is read. */
const READ_UP_TO = 20_000;

const FIELDS_READ: readonly Field[] = ['title', 'summary', 'body'];

export function nearness(folded: Record<Field, string>, terms: readonly Term[]): number {
  const probes = terms.map(probesOf);
  for (const field of FIELDS_READ) {
    if (holdsNear(folded[field], probes)) return 1;
  }
  return 0;
}

/** What is looked for in folded text for a term: a phrase as it is; a word by the start of its stems (as snippets.ts does). */
function probesOf(term: Term): string[] {
  if (term.kind === 'any') return term.alternatives.flatMap((terms) => terms.flatMap(simpleProbes));
  return simpleProbes(term);
}

function simpleProbes(term: SimpleTerm): string[] {
  if (term.kind === 'phrase') return [term.text];
  return stemsOf(term.key).map((stem) => (stem.length > 2 && /\D/.test(stem) ? stem.slice(0, -1) : stem));
}

interface Occurrence {
  start: number;
  end: number;
  term: number;
}

function holdsNear(text: string, probes: readonly string[][]): boolean {
  const occurrences: Occurrence[] = [];
  const limit = Math.min(text.length, READ_UP_TO);
  for (let term = 0; term < probes.length; term++) {
    let count = 0;
    for (const probe of probes[term]!) {
      for (let at = text.indexOf(probe); at !== -1 && at < limit && count < MOST_OCCURRENCES; at = text.indexOf(probe, at + 1)) {
        if (IS_LETTER.test(probe[0]!) && IS_LETTER.test(text[at - 1] ?? '')) continue;
        occurrences.push({ start: at, end: at + probe.length, term });
        count++;
      }
    }
    if (count === 0) return false;
  }
  occurrences.sort((a, b) => a.start - b.start);
  // The terms' own characters in a stretch holding them all: each term's shortest probe, once.
  const own = probes.reduce((sum, termProbes) => sum + Math.min(...termProbes.map((probe) => probe.length)), 0);
  // The shortest stretch holding every term: a window sliding over the occurrences in order.
  const inWindow: number[] = probes.map(() => 0);
  let held = 0;
  let from = 0;
  for (const occurrence of occurrences) {
    if (inWindow[occurrence.term]!++ === 0) held++;
    while (held === probes.length) {
      const first = occurrences[from]!;
      if (occurrence.end - first.start - own <= NEAR) return true;
      if (--inWindow[first.term]! === 0) held--;
      from++;
    }
  }
  return false;
}

/**
 * Where terms stand side by side in folded text, in order, with at most
 * spaces or punctuation between them: a word by the start of its stems, a
 * phrase as it is. For names of several words (see synonyms.ts).
 */
export function sequencePattern(terms: readonly SimpleTerm[]): RegExp {
  const parts = terms.map((term) => {
    if (term.kind === 'phrase') return escape(term.text);
    if (/^\d+$/.test(term.key)) return `(?<!\\p{N})${term.key}(?!\\p{N})`;
    return `(?<!\\p{L})(?:${simpleProbes(term).map(escape).join('|')})\\p{L}*`;
  });
  return new RegExp(parts.join('[^\\p{L}\\p{N}]*'), 'gu');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
