/**
 * How well search answers the judged query set (bench/search-judgements.json):
 * recall at 10 (of the releases a reader expects, the share on the first page;
 * a query expecting more than 10 counts 10) and mean reciprocal rank (1 over
 * the position of the first expected release, 0 when none is on the first
 * page), each averaged over the queries. Measured as a reader meets search:
 * through `searchOrCorrect`, which is what the search page shows.
 */
import type { Locale } from '@/i18n/routing';
import judgementData from '@/bench/search-judgements.json';
import { searchOrCorrect } from './help';
import type { SearchIndex } from './search';

export interface Judgement {
  query: string;
  locale: Locale;
  kind: string;
  relevant: string[];
}

export const JUDGEMENTS = judgementData.judgements as Judgement[];

export interface QueryQuality extends Judgement {
  recallAt10: number;
  reciprocalRank: number;
  found: string[];
}

export interface Quality {
  queries: number;
  recallAt10: number;
  mrr: number;
  /** The same two figures per kind of query (variant, simplified, alias, …). */
  byKind: Record<string, { queries: number; recallAt10: number; mrr: number }>;
  /** The queries that missed an expected release on the first page, worst first. */
  misses: QueryQuality[];
}

export function measureQuality(indexOf: (locale: Locale) => SearchIndex, judgements = JUDGEMENTS, now = new Date()): Quality {
  const measured = judgements.map((judgement): QueryQuality => {
    const found = searchOrCorrect(indexOf(judgement.locale), judgement.query, { now, limit: 10 }).results.hits.map(
      (hit) => hit.release.slug,
    );
    const expected = new Set(judgement.relevant);
    const firstRelevant = found.findIndex((slug) => expected.has(slug));
    return {
      ...judgement,
      found,
      recallAt10: found.filter((slug) => expected.has(slug)).length / Math.min(expected.size, 10),
      reciprocalRank: firstRelevant === -1 ? 0 : 1 / (firstRelevant + 1),
    };
  });
  const mean = (items: QueryQuality[], of: (item: QueryQuality) => number) =>
    items.reduce((sum, item) => sum + of(item), 0) / Math.max(1, items.length);
  const byKind: Quality['byKind'] = {};
  for (const kind of new Set(measured.map((item) => item.kind))) {
    const items = measured.filter((item) => item.kind === kind);
    byKind[kind] = { queries: items.length, recallAt10: mean(items, (item) => item.recallAt10), mrr: mean(items, (item) => item.reciprocalRank) };
  }
  return {
    queries: measured.length,
    recallAt10: mean(measured, (item) => item.recallAt10),
    mrr: mean(measured, (item) => item.reciprocalRank),
    byKind,
    misses: measured.filter((item) => item.recallAt10 < 1).sort((a, b) => a.recallAt10 - b.recallAt10),
  };
}
