/**
 * How well and how fast search answers the judged query set
 * (bench/search-judgements.json) over the shipped archive: recall at 10 and
 * mean reciprocal rank (the figures search/judgements.test.ts holds to 0.95
 * and 0.8), and the p95 of those searches in-process: of those that find
 * releases, and of those answered with a correction. Prints one JSON object.
 * Run by bench/run.ts as
 *
 *   CONTENT_DIR=content node --import tsx bench/search-quality.ts
 */
import { getSearchIndex } from '@/search/search';
import { searchOrCorrect } from '@/search/help';
import { JUDGEMENTS, measureQuality } from '@/search/quality';
import { quantile } from './support/stats';

const quality = measureQuality(getSearchIndex);
// Searches that find releases, and those that find none and are answered with a correction (a rarer, dearer path).
const times = { found: [] as number[], corrected: [] as number[] };
for (let round = 0; round < 50; round++) {
  for (const { locale, query } of JUDGEMENTS) {
    const began = performance.now();
    const { corrected } = searchOrCorrect(getSearchIndex(locale), query, { limit: 10 });
    if (round > 0) times[corrected === undefined ? 'found' : 'corrected'].push(performance.now() - began);
  }
}
console.log(
  JSON.stringify({
    queries: quality.queries,
    recallAt10: quality.recallAt10,
    mrr: quality.mrr,
    byKind: quality.byKind,
    misses: quality.misses.map(({ locale, query, relevant, found }) => ({ locale, query, relevant, found })),
    p95Ms: quantile(times.found, 0.95),
    correctedP95Ms: quantile(times.corrected, 0.95),
  }),
);
