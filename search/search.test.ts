import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { htmlToText } from '@/content-layer/plain-text';
import { makeContentTree } from '@/content-layer/test-tree';
import { getSearchIndex, lowerBound, SEARCH_RESULTS_PER_PAGE, SearchIndex } from './search';
import { find, indexOf, marked, NOW, releaseFile, slugs, snippetText, versionsOf } from './test-index';

// All releases below except the last suite's are made-up TEST DATA, not ministry content.

describe('searching Chinese releases (test data)', () => {
  const index = indexOf('zh-TW', {
    security: releaseFile({ title: '測試：資安演練成果發表', date: '2024-03-01' }, '本部今日舉辦跨部會資安演練，檢驗防護能力。'),
    'korea-phrase': releaseFile({ title: '測試：部長會見駐台北韓國代表', date: '2024-02-01' }, '雙方討論數位合作。'),
    'korea-apart': releaseFile({ title: '測試：友邦來訪', date: '2024-02-02' }, '韓國的朋友來訪，由本部代表接待。'),
    mixed: releaseFile({ title: '測試：前瞻科技', date: '2024-01-15' }, '運用AI等前瞻科技強化資安防護。'),
    compatibility: releaseFile(
      { title: '測試：法規公告', date: '2024-01-10' },
      // U+F9A8 is a compatibility form of 令, U+2F42 the Kangxi radical 文: both occur in the archive.
      '本部發布行政命\uF9A8，並推廣數位\u2F42化。',
    ),
    draft: releaseFile({ title: '測試：草稿獨有詞彙', date: '2024-01-01', draft: true }),
    scheduled: releaseFile({ title: '測試：排程發布', date: '2024-07-01T09:00' }),
  });

  test('finds a two-character word inside unspaced text', () => {
    assert.deepEqual(find(index, '資安'), ['security', 'mixed']);
  });

  test('finds a single character', () => {
    assert.deepEqual(find(index, '韓'), ['korea-phrase', 'korea-apart'], 'a title match first');
    assert.deepEqual(find(index, '檢'), ['security']);
  });

  test('a Chinese query is a phrase: its characters must appear together, in order', () => {
    assert.deepEqual(find(index, '韓國代表'), ['korea-phrase']);
    assert.deepEqual(find(index, '代表韓國'), []);
  });

  test('terms separated by spaces are all required, in any order', () => {
    assert.deepEqual(find(index, '韓國 代表'), ['korea-phrase', 'korea-apart']);
    assert.deepEqual(find(index, '代表 朋友'), ['korea-apart']);
  });

  test('mixed Latin and Chinese queries need every term', () => {
    assert.deepEqual(find(index, 'AI 資安'), ['mixed']);
    assert.deepEqual(find(index, 'ai資安'), ['mixed']);
    assert.deepEqual(find(index, 'ＡＩ'), ['mixed'], 'full-width Latin is folded by NFKC');
    assert.deepEqual(find(index, 'AI 韓國'), []);
  });

  test('compatibility ideographs and Kangxi radicals match their ordinary characters, both ways', () => {
    assert.deepEqual(find(index, '命令'), ['compatibility']);
    assert.deepEqual(find(index, '文化'), ['compatibility']);
    assert.deepEqual(find(index, '\u2F42化'), ['compatibility']);
  });

  test('the snippet marks the match in the text as published, compatibility characters and all', () => {
    const [hit] = index.search('命令 文化', { now: NOW }).hits;
    assert.deepEqual(marked(hit), ['命\uF9A8', '\u2F42化']);
    assert.equal(snippetText(hit), '本部發布行政命\uF9A8，並推廣數位\u2F42化。');
  });

  test('drafts are never found', () => {
    assert.deepEqual(find(index, '草稿獨有'), []);
    assert.equal(index.search('草稿', { now: new Date('2999-01-01') }).total, 0);
  });

  test('a scheduled release is found from its date on, with no rebuild', () => {
    assert.deepEqual(slugs(index.search('排程', { now: new Date('2024-07-01T08:59+08:00') })), []);
    assert.deepEqual(slugs(index.search('排程', { now: new Date('2024-07-01T09:00+08:00') })), ['scheduled']);
  });
});

describe('searching English releases (test data)', () => {
  const index = indexOf('en', {
    cafe: releaseFile({ title: 'Test: Café opens', date: '2024-03-01' }, 'The CAFÉ at the ministry serves coffee.'),
    plurals: releaseFile(
      { title: 'Test: Annual report', date: '2024-02-01' },
      'New policies, two releases and boxes of matches. Business as usual.',
    ),
    possessive: releaseFile({ title: 'Test: Defence', date: '2024-01-01' }, "The nation's networks."),
  });

  test('is case- and accent-insensitive', () => {
    for (const query of ['cafe', 'CAFE', 'Café', 'cafe\u0301', 'ＣＡＦＥ']) {
      assert.deepEqual(find(index, query), ['cafe'], query);
    }
  });

  test('folds regular plurals in queries and text alike', () => {
    for (const query of ['policy', 'policies', 'release', 'releases', 'box', 'boxes', 'match']) {
      assert.deepEqual(find(index, query), ['plurals'], query);
    }
    for (const query of ['nation', 'nations', "nation's", 'network']) {
      assert.deepEqual(find(index, query), ['possessive'], query);
    }
  });

  test('does not clip words that only end in s', () => {
    assert.deepEqual(find(index, 'business'), ['plurals']);
    assert.deepEqual(find(index, 'busines'), []);
    assert.deepEqual(find(index, 'usual'), ['plurals']);
  });

  test('matches whole words, not parts of words', () => {
    assert.deepEqual(find(index, 'caf'), []);
    assert.deepEqual(find(index, 'port'), []);
  });
});

describe('ranking (test data)', () => {
  test('a title match outranks more matches in the body, even of a newer release', () => {
    const index = indexOf('en', {
      'in-body': releaseFile({ title: 'Test: Budget', date: '2024-05-01' }, 'Sandbox, sandbox and sandbox again.'),
      'in-title': releaseFile({ title: 'Test: Sandbox opens', date: '2024-01-01' }),
      'in-summary': releaseFile({ title: 'Test: Notice', summary: 'About the sandbox.', date: '2024-05-02' }),
    });
    assert.deepEqual(find(index, 'sandbox'), ['in-title', 'in-summary', 'in-body']);
  });

  test('more occurrences score higher, with diminishing returns', () => {
    const index = indexOf('en', {
      once: releaseFile({ date: '2024-05-01' }, 'One widget.'),
      thrice: releaseFile({ date: '2024-01-01' }, 'A widget, a widget, a widget.'),
    });
    const [thrice, once] = index.search('widget', { now: NOW }).hits;
    assert.equal(thrice?.release.slug, 'thrice');
    assert.ok(thrice.score > once!.score && thrice.score < 3 * once!.score);
  });

  test('equal scores: newest first, then by slug', () => {
    const index = indexOf('zh-TW', {
      older: releaseFile({ date: '2024-02-01' }, '量子'),
      'newer-b': releaseFile({ date: '2024-03-01' }, '量子'),
      'newer-a': releaseFile({ date: '2024-03-01' }, '量子'),
    });
    assert.deepEqual(find(index, '量子'), ['newer-a', 'newer-b', 'older']);
  });
});

describe('scoring from the index (test data)', () => {
  test('counts a repeated pair of characters as a search finds it, without overlap', () => {
    const index = indexOf('zh-TW', {
      two: releaseFile({ date: '2024-03-01' }, '好好'),
      three: releaseFile({ date: '2024-02-01' }, '好好好'),
      four: releaseFile({ date: '2024-01-01' }, '好好好好'),
    });
    const scores = Object.fromEntries(index.search('好好', { now: NOW }).hits.map((hit) => [hit.release.slug, hit.score]));
    assert.equal(scores.two, scores.three);
    assert.ok(scores.four! > scores.three!);
  });

  test('a single character, a pair and a longer phrase score alike for the same occurrences', () => {
    const index = indexOf('zh-TW', { a: releaseFile({}, '數位發展部推動數位韌性。') });
    const score = (query: string) => index.search(query, { now: NOW }).hits[0]?.score;
    // Twice each: a character and a pair, both answered from the index.
    assert.equal(score('數'), score('數位'));
    // Once each: a pair from the index, a three-character phrase from the text.
    assert.equal(score('韌性'), score('發展部'));
    assert.ok(score('韌性')! < score('數位')!);
  });

  test('the best matches of a page are those a full sort puts there', () => {
    const files = Object.fromEntries(
      Array.from({ length: 120 }, (_, i) => [
        `release-${String(i).padStart(3, '0')}`,
        releaseFile(
          { date: `2024-0${1 + (i % 5)}-${String(1 + (i % 27)).padStart(2, '0')}` },
          `${'widget '.repeat(1 + ((i * 7) % 5))}and ${i % 3 === 0 ? 'widget' : 'gadget'} in the title.`,
        ),
      ]),
    );
    const index = indexOf('en', files);
    const everything = slugs(index.search('widget', { now: NOW, limit: 1000 }));
    assert.equal(everything.length, 120);
    const paged = [0, 10, 20, 50, 110].flatMap((offset) => slugs(index.search('widget', { now: NOW, offset })));
    const expected = [0, 10, 20, 50, 110].flatMap((offset) => everything.slice(offset, offset + SEARCH_RESULTS_PER_PAGE));
    assert.deepEqual(paged, expected);
  });
});

describe('a word in over a thousand releases (test data)', () => {
  // Long lists are read best-first; this checks that path against the order the rules give.
  const RELEASES = 1200;
  const day = (i: number) => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
  const widgets = (i: number) => 1 + ((i * 7) % 5);
  const slugOf = (i: number) => `release-${String(i).padStart(4, '0')}`;
  const index = indexOf(
    'en',
    Object.fromEntries(Array.from({ length: RELEASES }, (_, i) => [slugOf(i), releaseFile({ date: day(i) }, `${'widget '.repeat(widgets(i))}end.`)])),
  );
  // Releases dated after this moment are scheduled: indexed, not yet found.
  const now = new Date('2022-01-01T00:00:00+08:00');
  const expected = Array.from({ length: RELEASES }, (_, i) => i)
    .filter((i) => day(i) <= '2022-01-01')
    .sort((a, b) => widgets(b) - widgets(a) || b - a)
    .map(slugOf);

  test('is ranked by relevance, then newest first, page by page, and counted without scheduled releases', () => {
    for (const offset of [0, 10, 370, expected.length - 5]) {
      const results = index.search('widgets', { now, offset });
      assert.equal(results.total, expected.length);
      assert.deepEqual(slugs(results), expected.slice(offset, offset + SEARCH_RESULTS_PER_PAGE), `offset ${offset}`);
    }
    assert.equal(index.search('widget', { now: NOW }).total, RELEASES);
  });
});

describe('pagination (test data)', () => {
  const files = Object.fromEntries(
    Array.from({ length: 25 }, (_, i) => [
      `release-${String(i).padStart(2, '0')}`,
      releaseFile({ date: `2024-01-${String(i + 1).padStart(2, '0')}` }, 'Digital resilience.'),
    ]),
  );
  const index = indexOf('en', files);

  test('pages through all matches, newest first, without overlap', () => {
    const pages = [0, 10, 20, 30].map((offset) => index.search('resilience', { now: NOW, offset }));
    assert.deepEqual(pages.map((page) => page.total), [25, 25, 25, 25]);
    assert.deepEqual(pages.map((page) => page.hits.length), [SEARCH_RESULTS_PER_PAGE, 10, 5, 0]);
    const all = pages.flatMap(slugs);
    assert.equal(new Set(all).size, 25);
    assert.equal(all[0], 'release-24');
  });

  test('honours a limit, and ignores nonsense offsets and limits', () => {
    assert.deepEqual(slugs(index.search('resilience', { now: NOW, offset: 2, limit: 3 })), [
      'release-22',
      'release-21',
      'release-20',
    ]);
    assert.equal(index.search('resilience', { now: NOW, offset: -5, limit: Number.NaN }).hits.length, 10);
  });
});

describe('snippets (test data)', () => {
  const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
  const index = indexOf('en', {
    long: releaseFile({ date: '2024-01-01' }, `${filler(60)} Cybersecurity matters; cybersecurity is security. ${filler(60)}`),
    'title-only': releaseFile({ title: 'Test: Quarterly figures', date: '2024-01-02' }, 'Nothing to see.'),
    ligature: releaseFile({ date: '2024-01-03' }, 'The \uFB01nance team of \u3231 reported.'),
    entities: releaseFile({ date: '2024-01-04' }, 'AT&T and 1 < 2, *emphasised* zebra.'),
  });

  test('is a short excerpt around the first match, cut at words, with every occurrence marked as written', () => {
    const hit = index.search('CYBERSECURITY', { now: NOW }).hits[0];
    assert.deepEqual(marked(hit), ['Cybersecurity', 'cybersecurity']);
    const text = snippetText(hit);
    assert.match(text, /^…word\d+ .* word\d+…$/);
    const words = text.split(' ').length;
    assert.ok(words >= 15 && words <= 35, `${words} words`);
  });

  test('comes from the title when only the title matched', () => {
    const hit = index.search('quarterly', { now: NOW }).hits[0];
    assert.deepEqual(hit?.snippet, [
      { text: 'Test: ', match: false },
      { text: 'Quarterly', match: true },
      { text: ' figures', match: false },
    ]);
  });

  test('maps matches back across characters that NFKC lengthens', () => {
    assert.deepEqual(marked(index.search('finance', { now: NOW }).hits[0]), ['\uFB01nance']);
    assert.deepEqual(marked(index.search('株', { now: NOW }).hits[0]), ['\u3231']);
  });

  test('shows the text without markup and with entities decoded', () => {
    assert.equal(snippetText(index.search('zebra', { now: NOW }).hits[0]), 'AT&T and 1 < 2, emphasised zebra.');
  });

  test('keeps 60 to 100 characters of Chinese text', () => {
    const chinese = indexOf('zh-TW', {
      long: releaseFile(
        {},
        `${'本部持續推動數位轉型工作。'.repeat(10)}李代表期待資安聯防合作。${'各機關共同努力。'.repeat(10)}`,
      ),
    });
    const text = snippetText(chinese.search('資安聯防', { now: NOW }).hits[0]).replaceAll('…', '');
    assert.ok(text.length >= 60 && text.length <= 100, `${text.length} characters`);
  });

  test('finds and marks matches deep in a long body, where it is read a stretch at a time', () => {
    const deep = indexOf('en', {
      // The ligature before the match makes folding map units apart; the match is about 3,000 units in.
      deep: releaseFile({}, `\uFB01rst ${filler(400)} Zebra crossings, then zebras and a \uFB01nance zebra. ${filler(400)}`),
      // The second match lies just past where the first stretch of about 1,000 units ends.
      boundary: releaseFile({}, `${'aaaa '.repeat(198)}quagga ${'bbbb '.repeat(3)}quagga ${'cccc '.repeat(300)}`),
    });
    const zebra = deep.search('zebra', { now: NOW }).hits[0];
    assert.deepEqual(marked(zebra), ['Zebra', 'zebras', 'zebra']);
    assert.match(snippetText(zebra), /^…word\d+ .*Zebra crossings, then zebras and a \uFB01nance zebra\./);
    assert.deepEqual(marked(deep.search('finance', { now: NOW }).hits[0]), ['\uFB01nance']);
    assert.deepEqual(marked(deep.search('quagga', { now: NOW }).hits[0]), ['quagga', 'quagga']);
    const chinese = indexOf('zh-TW', {
      long: releaseFile({}, `${'本部持續推動數位轉型工作。'.repeat(100)}李代表期待資安聯防合作。${'各機關共同努力。'.repeat(100)}`),
    });
    assert.deepEqual(marked(chinese.search('資安聯防', { now: NOW }).hits[0]), ['資安聯防']);
  });

  test('marks whole words as they are indexed: plurals, apostrophes, never part of a word', () => {
    const words = indexOf('en', {
      words: releaseFile({}, 'O’Brien’s policies and a report; Brien and OBrien differ, as ports do.'),
    });
    const mark = (query: string) => marked(words.search(query, { now: NOW }).hits[0]);
    assert.deepEqual(mark('policy'), ['policies']);
    assert.deepEqual(mark("o'brien"), ['O’Brien’s', 'OBrien']);
    assert.deepEqual(mark('brien'), ['Brien']);
    assert.deepEqual(mark('port'), ['ports']);
  });

  test('never splits an emoji or a surrogate pair', () => {
    const emoji = indexOf('zh-TW', { emoji: releaseFile({}, `${'👩‍💻'.repeat(40)}資安${'🇹🇼'.repeat(40)}`) });
    const text = snippetText(emoji.search('資安', { now: NOW }).hits[0]);
    assert.match(text, /^…(?:👩‍💻)+資安(?:🇹🇼)+…$/u);
  });
});

describe('plain text of a body', () => {
  test('drops tags, decodes entities, keeps words of separate blocks apart', () => {
    assert.equal(
      htmlToText(
        '<p>AT&#x26;T &#x3C;b> &amp; &lt;x&gt; &#169; &#x1F600;</p>\n' +
          '<h3>Next</h3><p><a href="https://x" title="a > b">li<em>nk</em></a></p>',
      ),
      'AT&T <b> & <x> © 😀 Next link',
    );
  });
});

describe('hostile input (test data)', () => {
  const index = indexOf('zh-TW', {
    security: releaseFile({ title: '測試：資安', date: '2024-01-01' }, 'Security and 資安 for everyone.'),
  });

  test('an empty or blank query finds nothing', () => {
    for (const query of ['', '   ', '\t\n\u3000']) {
      assert.deepEqual(index.search(query, { now: NOW }), { query: '', total: 0, hits: [] });
    }
  });

  test('odd characters neither throw nor match', () => {
    const queries = [
      '.*+?^${}()|[]\\',
      '(a+)+$',
      '<script>alert(1)</script>',
      '🇹🇼',
      '👩‍💻',
      '\uD800',
      '\uDC00\uDC00',
      '\u0000',
      '\u202E\u200B',
      '!!!',
      '。，、「」',
      '&amp;',
    ];
    for (const query of queries) {
      assert.equal(index.search(query, { now: NOW }).total, 0, JSON.stringify(query));
    }
  });

  test('control characters and lone surrogates separate terms', () => {
    assert.deepEqual(slugs(index.search('\u0000資安\uD800security\u0007', { now: NOW })), ['security']);
  });

  test('a 2,000-character query is cut short and answered at once', () => {
    for (const query of ['資'.repeat(2000), 'a '.repeat(1000), 'security '.repeat(250), '🇹🇼'.repeat(1000)]) {
      const started = performance.now();
      const results = index.search(query, { now: NOW });
      assert.ok(performance.now() - started < 100, 'well under 100 ms');
      assert.ok(Array.from(results.query).length <= 100);
    }
    assert.equal(index.search('security '.repeat(250), { now: NOW }).total, 1);
  });
});

describe('one index per language for the process (test data)', () => {
  test('is built once from the content tree, with scheduled releases findable from their date', () => {
    const previous = process.env.CONTENT_DIR;
    process.env.CONTENT_DIR = makeContentTree({
      'public/zh-TW.md': releaseFile({ title: '測試：已發布', date: '2024-01-01' }),
      'scheduled/zh-TW.md': releaseFile({ title: '測試：未來發布', date: '2999-01-01' }),
      'draft/zh-TW.md': releaseFile({ title: '測試：草稿發布', date: '2024-01-01', draft: true }),
    });
    try {
      const index = getSearchIndex('zh-TW');
      assert.equal(getSearchIndex('zh-TW'), index);
      assert.deepEqual(slugs(index.search('發布', { now: NOW })), ['public']);
      assert.deepEqual(slugs(index.search('發布', { now: new Date('2999-01-02') })), ['scheduled', 'public']);
    } finally {
      if (previous === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = previous;
    }
  });
});

describe('the shipped content', () => {
  const root = 'content';

  test('release 5763 is found in Chinese and in English', () => {
    const chinese = new SearchIndex(versionsOf('zh-TW', root));
    for (const query of ['資安', '韓國代表']) assert.ok(find(chinese, query).includes('5763'), query);
    const english = new SearchIndex(versionsOf('en', root));
    for (const query of ['cybersecurity', 'Korea']) assert.ok(find(english, query).includes('5763'), query);
  });
});

test('lowerBound finds the first position at or after a start whose id is not below the one sought', () => {
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let round = 0; round < 200; round++) {
    const ids: number[] = [];
    for (let id = 0, length = Math.floor(random() * 60); ids.length < length; id += 1 + Math.floor(random() * 4)) ids.push(id);
    const list = Int32Array.from(ids);
    for (let sought = -1; sought <= (ids.at(-1) ?? 0) + 2; sought++) {
      for (let from = 0; from <= list.length; from++) {
        let expected = from;
        while (expected < list.length && list[expected]! < sought) expected++;
        assert.equal(lowerBound(list, sought, from), expected, `${ids} ${sought} from ${from}`);
      }
    }
  }
});

describe('withdrawn releases', () => {
  const withdrawn = `---\ntitle: "撤回的資安公告"\ndate: 2024-01-02\nunit: 測試單位\nwithdrawn:\n  date: 2024-02-01\n  reason: 另有公告。\n---\n\n資安演練說明。\n`;
  const index = indexOf('zh-TW', { standing: releaseFile({ title: '資安公告' }, '資安演練說明。'), withdrawn });

  test('a default search leaves them out, and counts without them', () => {
    const results = index.search('資安', { now: NOW });
    assert.deepEqual(slugs(results), ['standing']);
    assert.equal(results.total, 1);
    assert.equal(index.search('資安', { now: NOW, limit: 0 }).total, 1);
  });

  test('a search that asks for them finds them too, narrowed or not', () => {
    assert.deepEqual(slugs(index.search('資安', { now: NOW, withdrawn: true })).sort(), ['standing', 'withdrawn']);
    assert.deepEqual(slugs(index.search('資安', { now: NOW, withdrawn: true, year: 2024 })).sort(), ['standing', 'withdrawn']);
    assert.deepEqual(slugs(index.search('資安', { now: NOW, year: 2024 })), ['standing']);
  });
});
