import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getSearchIndex } from './search';
import { JUDGEMENTS, measureQuality } from './quality';

// The shipped archive (content/), as readers search it, against bench/search-judgements.json.

const RECALL_AT_10 = 0.95;
const MRR = 0.8;

test('the judged query set covers both languages and every kind of query the issue names', () => {
  assert.ok(JUDGEMENTS.length >= 60, `${JUDGEMENTS.length} queries`);
  for (const locale of ['zh-TW', 'en']) assert.ok(JUDGEMENTS.filter((j) => j.locale === locale).length >= 25, locale);
  const kinds = new Set(JUDGEMENTS.map((j) => j.kind));
  for (const kind of ['variant', 'simplified', 'alias', 'word-form', 'misspelled', 'letters-digits']) assert.ok(kinds.has(kind), kind);
  for (const judgement of JUDGEMENTS) {
    assert.ok(judgement.relevant.length > 0, judgement.query);
    for (const slug of judgement.relevant) {
      assert.ok(getSearchIndex(judgement.locale).contents().versions.some(({ version }) => version.slug === slug), `${judgement.query}: ${slug}`);
    }
  }
});

test(`search meets recall@10 ≥ ${RECALL_AT_10} and MRR ≥ ${MRR} on the judged query set`, () => {
  const quality = measureQuality(getSearchIndex);
  const report = [
    `recall@10 ${quality.recallAt10.toFixed(3)}, MRR ${quality.mrr.toFixed(3)} over ${quality.queries} queries`,
    ...Object.entries(quality.byKind).map(
      ([kind, figures]) => `  ${kind}: recall@10 ${figures.recallAt10.toFixed(3)}, MRR ${figures.mrr.toFixed(3)} (${figures.queries})`,
    ),
    ...quality.misses.map((miss) => `  missed: ${miss.locale} «${miss.query}» expected ${miss.relevant.join(' ')}, found ${miss.found.join(' ') || 'nothing'}`),
  ].join('\n');
  console.log(report);
  assert.ok(quality.recallAt10 >= RECALL_AT_10, report);
  assert.ok(quality.mrr >= MRR, report);
});
