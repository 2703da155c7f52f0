import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { stemKey, WORD_FAMILIES } from './stemmer';
import { SYNONYMS } from './synonyms';
import { fold } from './text';
import { find, indexOf, marked, NOW, releaseFile } from './test-index';
import { characterKey, VARIANTS } from './variants';

// The releases below are made-up TEST DATA, not ministry content.

describe('Chinese characters fold to one key', () => {
  test('every variant pair of data/variants.json, both ways', () => {
    for (const { forms } of VARIANTS) {
      const [first, ...others] = Array.from(forms);
      assert.ok(others.length > 0, `${forms}: an entry needs two forms`);
      for (const other of others) assert.equal(characterKey(other), characterKey(first!), forms);
    }
  });

  test('the pairs readers type most, as the issue lists them', () => {
    for (const pair of ['台臺', '裡裏', '為爲', '着著', '峰峯', '線綫', '衛衞', '污汙', '啟啓']) {
      const [a, b] = Array.from(pair);
      assert.equal(fold(a!), fold(b!), pair);
    }
  });

  test('simplified characters fold with their traditional forms (OpenCC)', () => {
    for (const [simplified, traditional] of [['资安', '資安'], ['诈骗', '詐騙'], ['唐凤', '唐鳳'], ['海缆', '海纜'], ['数字发展部', '數字發展部']]) {
      assert.equal(fold(simplified!), fold(traditional!));
    }
  });

  test('other characters are left as they are', () => {
    for (const character of ['部', '的', '一', 'a', '5']) assert.equal(characterKey(character), character);
  });
});

describe('searching across variants and scripts (test data)', () => {
  const index = indexOf('zh-TW', {
    formal: releaseFile({ title: '測試：臺灣資安週', date: '2024-03-01' }, '本部在臺北舉辦活動，詐騙防制為重點。'),
    everyday: releaseFile({ title: '測試：台灣海纜', date: '2024-02-01' }, '台北的海纜維護裡程碑。'),
  });

  test('台 and 臺 find each other, both ways', () => {
    assert.deepEqual(find(index, '台灣'), ['formal', 'everyday']);
    assert.deepEqual(find(index, '臺灣'), ['formal', 'everyday']);
    assert.deepEqual(find(index, '臺北'), ['formal', 'everyday']);
  });

  test('simplified queries find traditional releases', () => {
    assert.deepEqual(find(index, '资安'), ['formal']);
    assert.deepEqual(find(index, '诈骗'), ['formal']);
    assert.deepEqual(find(index, '海缆'), ['everyday']);
    assert.deepEqual(find(index, '台湾'), ['formal', 'everyday']);
  });

  test('snippets mark the characters as the release writes them', () => {
    const hits = index.search('台湾', { now: NOW }).hits;
    assert.deepEqual(marked(hits[0]), ['臺灣']);
    assert.deepEqual(marked(hits[1]), ['台灣']);
    assert.deepEqual(marked(index.search('裏程碑', { now: NOW }).hits[0]), ['裡程碑']);
  });
});

describe('English word forms (test data)', () => {
  const index = indexOf('en', {
    korea: releaseFile({ title: 'Test: Korean delegation visits', date: '2024-03-01' }, 'Talks on defence and resilient networks.'),
    imd: releaseFile({ title: 'Test: 2025 IMD ranking', date: '2024-02-01' }, 'Taiwan ranks high. 5G networks grow.'),
  });

  test('every family of data/word-forms.json meets at one key', () => {
    for (const family of WORD_FAMILIES) {
      for (const word of family) assert.equal(stemKey(word), stemKey(family[0]!), word);
    }
  });

  test('Korea/Korean, defend/defense/defence and resilience/resilient meet', () => {
    for (const query of ['Korea', 'Korean', 'koreans', 'defend', 'defense', 'defence', 'resilience', 'resilient']) {
      assert.deepEqual(find(index, query), ['korea'], query);
    }
  });

  test('letters and digits written together are words apart, both ways', () => {
    assert.deepEqual(find(index, '2025IMD'), ['imd']);
    assert.deepEqual(find(index, '2025 imd'), ['imd']);
    assert.deepEqual(find(index, '5G'), ['imd']);
    assert.deepEqual(marked(index.search('2025IMD', { now: NOW }).hits[0]), ['2025', 'IMD']);
  });

  test('the snippet marks family words as written', () => {
    assert.deepEqual(marked(index.search('defense', { now: NOW }).hits[0]), ['defence']);
  });
});

describe('synonyms (test data)', () => {
  test('every name of data/synonyms.json finds a release holding any other', () => {
    for (const [entry, { names }] of SYNONYMS.entries()) {
      const files = Object.fromEntries(names.map((name, i) => [`name-${entry}-${i}`, releaseFile({ title: `Test ${i}` }, `本文 ${name} 本文。`)]));
      const zh = indexOf('zh-TW', files);
      for (const name of names) {
        assert.equal(zh.search(name, { now: NOW }).total, names.length, `${name} should find all of ${names.join(', ')}`);
      }
    }
  });

  test('the ministry by any of its names, and a Chinese name inside a longer phrase', () => {
    const index = indexOf('zh-TW', {
      full: releaseFile({ title: '測試：數位發展部公告', date: '2024-03-01' }, '數位發展部部長出席。'),
      short: releaseFile({ title: '測試：數位部說明', date: '2024-02-01' }, '數位部長出席。'),
      other: releaseFile({ title: '測試：發展部門', date: '2024-01-01' }, '數位轉型。'),
    });
    for (const query of ['數位發展部', '數位部', '數發部', 'MODA', 'Ministry of Digital Affairs', '数字发展部'.replace('数字', '数位')]) {
      assert.deepEqual(find(index, query), ['full', 'short'], query);
    }
    assert.deepEqual(find(index, '數發部長'), ['short']);
  });

  test('a name of several words counts only where they stand side by side', () => {
    const index = indexOf('en', {
      named: releaseFile({ title: 'Test: A notice', date: '2024-03-01' }, 'The Ministry of Digital Affairs said so.'),
      scattered: releaseFile({ title: 'Test: Another notice', date: '2024-02-01' }, 'A ministry of health report on digital state affairs.'),
    });
    assert.deepEqual(find(index, 'moda'), ['named']);
    assert.deepEqual(find(index, 'cyber security'), []);
  });
});

describe('ranking (test data)', () => {
  test('terms standing together outrank the same terms scattered, a title match still first', () => {
    const index = indexOf('en', {
      scattered: releaseFile({ date: '2024-05-01' }, 'Digital services grow. Many months later, resilience was tested by a storm.'),
      together: releaseFile({ date: '2024-01-01' }, 'Talks on digital resilience for the year.'),
      title: releaseFile({ title: 'Test: Resilience', date: '2023-01-01' }, 'Digital work.'),
    });
    assert.deepEqual(find(index, 'digital resilience'), ['title', 'together', 'scattered']);
  });

  test('the same in Chinese', () => {
    const index = indexOf('zh-TW', {
      scattered: releaseFile({ date: '2024-05-01' }, '韌性很重要。許多月以後，本部再談海纜的維護與備援。'),
      together: releaseFile({ date: '2024-01-01' }, '強化海纜韌性是今年重點。'),
    });
    assert.deepEqual(find(index, '海纜 韌性'), ['together', 'scattered']);
  });
});

describe('narrowing a search by year and unit (test data)', () => {
  const index = indexOf('en', {
    a: releaseFile({ title: 'Test: Data one', date: '2024-03-01', unit: 'Department of Data Innovation' }),
    b: releaseFile({ title: 'Test: Data two', date: '2023-03-01', unit: 'Department of Data Innovation' }),
    c: releaseFile({ title: 'Test: Data three', date: '2024-02-01', unit: 'Ministry of Digital Affairs' }),
  });
  const narrowed = (options: { year?: number; unit?: string }) =>
    index.search('data', { now: NOW, ...options }).hits.map((hit) => hit.release.slug);

  test('by year, by unit, by both', () => {
    assert.deepEqual(narrowed({}), ['a', 'c', 'b']);
    assert.deepEqual(narrowed({ year: 2024 }), ['a', 'c']);
    assert.deepEqual(narrowed({ unit: 'Department of Data Innovation' }), ['a', 'b']);
    assert.deepEqual(narrowed({ year: 2023, unit: 'Department of Data Innovation' }), ['b']);
    assert.equal(index.search('data', { now: NOW, year: 2024, limit: 0 }).total, 2);
  });

  test('a unit or year no release has finds nothing', () => {
    assert.deepEqual(narrowed({ unit: 'Nobody' }), []);
    assert.deepEqual(narrowed({ year: 1999 }), []);
  });
});
