/** A query as the index searches it: folded, split into terms, names widened to their synonyms, repeats removed. */
import { withSynonyms } from './synonyms';
import { fold, simpleTermsOf, termKey, type Term } from './text';

export function termsOf(cleanedQuery: string): Term[] {
  const terms = new Map<string, Term>();
  for (const term of withSynonyms(simpleTermsOf(fold(cleanedQuery)))) terms.set(termKey(term), term);
  return [...terms.values()];
}
