import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { searchOrCorrect } from './help';
import { editDistance, suggestCorrection } from './suggest';
import { indexOf, NOW, releaseFile, slugs } from './test-index';

// The releases below are made-up TEST DATA, not ministry content.

test('edit distance counts a swap of two letters as one, and stops past its limit', () => {
  assert.equal(editDistance('resilience', 'resilience', 2), 0);
  assert.equal(editDistance('resilence', 'resilience', 2), 1);
  assert.equal(editDistance('goverment', 'government', 2), 1);
  assert.equal(editDistance('fraud', 'fruad', 2), 1);
  assert.equal(editDistance('korea', 'taiwan', 2), 3);
});

describe('a search that finds nothing (test data)', () => {
  const en = indexOf('en', {
    resilience: releaseFile({ title: 'Test: Network resilience drill', date: '2024-03-01' }, 'The government tested its networks.'),
    governance: releaseFile({ title: 'Test: Data governance', date: '2024-02-01' }, 'Rules for data.'),
  });
  const zh = indexOf('zh-TW', {
    tang: releaseFile({ title: '測試：唐鳳部長出席', date: '2024-03-01' }, '部長致詞。'),
    fraud: releaseFile({ title: '測試：打擊詐騙', date: '2024-02-01' }, '防制詐騙。'),
  });

  test('is answered with the results of a likely correction, written as releases write it', () => {
    const answer = searchOrCorrect(en, 'resilence', { now: NOW });
    assert.equal(answer.corrected, 'resilience');
    assert.deepEqual(slugs(answer.results), ['resilience']);
    assert.equal(suggestCorrection(en, 'goverment', NOW)?.query, 'government');
    assert.equal(suggestCorrection(en, 'network resilence', NOW)?.query, 'network resilience');
  });

  test('a Chinese phrase with one wrong character is corrected to the archive’s', () => {
    assert.equal(suggestCorrection(zh, '唐風', NOW)?.query, '唐鳳');
    assert.equal(suggestCorrection(zh, '詐編', NOW)?.query, '詐騙');
  });

  test('nothing is suggested for what is nowhere near the archive, or for short words', () => {
    assert.equal(suggestCorrection(en, 'xyzzy', NOW), null);
    assert.equal(suggestCorrection(en, 'dta', NOW), null);
    const answer = searchOrCorrect(en, 'xyzzy', { now: NOW });
    assert.equal(answer.corrected, undefined);
    assert.equal(answer.results.total, 0);
  });

  test('a search that finds releases is never corrected', () => {
    assert.equal(searchOrCorrect(en, 'data', { now: NOW }).corrected, undefined);
  });
});
