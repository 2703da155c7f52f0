import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Locale } from '@/i18n/routing';
import { compareParagraphs, words, type DiffBlock, type DiffPart } from './word-diff';

/** The paragraphs one side of the comparison shows: same parts plus that side's own parts. */
function side(blocks: readonly DiffBlock[], shown: 'removed' | 'added'): string[] {
  const hidden = shown === 'removed' ? 'added' : 'removed';
  return blocks.filter((block) => block.kind !== hidden).map((block) => block.parts.filter((part) => part.kind !== hidden).map((part) => part.text).join(''));
}

function parts(blocks: readonly DiffBlock[]): DiffPart[] {
  return blocks.flatMap((block) => block.parts);
}

function outputLength(blocks: readonly DiffBlock[]): number {
  return parts(blocks).reduce((length, part) => length + part.text.length, 0);
}

/** Deterministic pseudo-random text, so a failure can be reproduced. */
function randomText(seed: number, length: number, alphabet: string): string {
  let state = seed;
  let text = '';
  while (text.length < length) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    text += alphabet[state % alphabet.length];
  }
  return text;
}

describe('words', () => {
  test('Chinese is split into dictionary words, numbers and punctuation apart', () => {
    assert.deepEqual(words('共有12隊獲獎。', 'zh-TW'), ['共有', '12', '隊', '獲獎', '。']);
  });

  test('English words, spaces and punctuation are each their own token', () => {
    assert.deepEqual(words('Twelve teams, in total.', 'en'), ['Twelve', ' ', 'teams', ',', ' ', 'in', ' ', 'total', '.']);
  });
});

describe('compareParagraphs', () => {
  test('a changed number in Chinese is marked as a whole word, the words around it kept', () => {
    assert.deepEqual(compareParagraphs(['共有12隊獲獎'], ['共有15隊獲獎'], 'zh-TW'), [
      {
        kind: 'changed',
        parts: [
          { kind: 'same', text: '共有' },
          { kind: 'removed', text: '12' },
          { kind: 'added', text: '15' },
          { kind: 'same', text: '隊獲獎' },
        ],
      },
    ]);
  });

  test('a renamed ministry in Chinese is marked by the words the segmenter finds', () => {
    // Intl.Segmenter reads 數位發展部 as 數位|發展|部 and 數位部 as 數位|部, so only 發展 goes.
    assert.deepEqual(compareParagraphs(['數位發展部今日宣布得獎名單'], ['數位部今日宣布得獎名單'], 'zh-TW'), [
      {
        kind: 'changed',
        parts: [
          { kind: 'same', text: '數位' },
          { kind: 'removed', text: '發展' },
          { kind: 'same', text: '部今日宣布得獎名單' },
        ],
      },
    ]);
  });

  test('an English word replaced by another, never part of a word', () => {
    assert.deepEqual(compareParagraphs(['In all, twelve teams won a prize.'], ['In all, fifteen teams won a prize.'], 'en'), [
      {
        kind: 'changed',
        parts: [
          { kind: 'same', text: 'In all, ' },
          { kind: 'removed', text: 'twelve' },
          { kind: 'added', text: 'fifteen' },
          { kind: 'same', text: ' teams won a prize.' },
        ],
      },
    ]);
  });

  test('two neighbouring replacements read as one, not word, space, word', () => {
    const [block] = compareParagraphs(['The twelve big teams won.'], ['The fifteen small teams won.'], 'en');
    assert.deepEqual(block?.parts, [
      { kind: 'same', text: 'The ' },
      { kind: 'removed', text: 'twelve big' },
      { kind: 'added', text: 'fifteen small' },
      { kind: 'same', text: ' teams won.' },
    ]);
  });

  test('a paragraph added between two kept ones', () => {
    assert.deepEqual(compareParagraphs(['第一段。', '第三段。'], ['第一段。', '新增的第二段。', '第三段。'], 'zh-TW'), [
      { kind: 'same', parts: [{ kind: 'same', text: '第一段。' }] },
      { kind: 'added', parts: [{ kind: 'added', text: '新增的第二段。' }] },
      { kind: 'same', parts: [{ kind: 'same', text: '第三段。' }] },
    ]);
  });

  test('a paragraph removed', () => {
    assert.deepEqual(compareParagraphs(['One.', 'Two.', 'Three.'], ['One.', 'Three.'], 'en'), [
      { kind: 'same', parts: [{ kind: 'same', text: 'One.' }] },
      { kind: 'removed', parts: [{ kind: 'removed', text: 'Two.' }] },
      { kind: 'same', parts: [{ kind: 'same', text: 'Three.' }] },
    ]);
  });

  test('an unchanged text is all same', () => {
    const text = ['數位發展部公布得獎名單。', '共有12隊獲獎。'];
    assert.deepEqual(compareParagraphs(text, text, 'zh-TW'), text.map((paragraph) => ({ kind: 'same', parts: [{ kind: 'same', text: paragraph }] })));
  });

  test('nothing before: every paragraph is added', () => {
    assert.deepEqual(compareParagraphs([], ['New.', 'Also new.'], 'en'), [
      { kind: 'added', parts: [{ kind: 'added', text: 'New.' }] },
      { kind: 'added', parts: [{ kind: 'added', text: 'Also new.' }] },
    ]);
  });

  test('a paragraph rewritten beyond recognition is shown removed whole, then added whole', () => {
    assert.deepEqual(compareParagraphs(['The ceremony is on Monday.'], ['Prizes will be sent by post instead.'], 'en'), [
      { kind: 'removed', parts: [{ kind: 'removed', text: 'The ceremony is on Monday.' }] },
      { kind: 'added', parts: [{ kind: 'added', text: 'Prizes will be sent by post instead.' }] },
    ]);
  });

  test('each side of the comparison reads back as its own text', () => {
    const cases: { before: string[]; after: string[]; locale: Locale }[] = [
      { before: ['共有12隊獲獎。', '頒獎典禮於週一舉行。'], after: ['共有15隊獲獎。', '頒獎典禮於週二舉行。', '詳情請洽數位部。'], locale: 'zh-TW' },
      { before: ['數位發展部今日宣布', '第二段', '第三段'], after: ['數位部今日宣布', '第三段'], locale: 'zh-TW' },
      { before: ['The twelve big teams won.', 'Gone.'], after: ['New first.', 'The fifteen small teams  won!'], locale: 'en' },
      { before: ['a b c d e f'], after: ['a x c y e z'], locale: 'en' },
      { before: ['', 'Same.'], after: ['Same.', ''], locale: 'en' },
      { before: ['Mixed 中文 and English, 12 teams.'], after: ['Mixed 中文 and English, 15 隊.'], locale: 'zh-TW' },
      { before: [], after: [], locale: 'en' },
    ];
    for (const { before, after, locale } of cases) {
      const blocks = compareParagraphs(before, after, locale);
      assert.deepEqual(side(blocks, 'removed'), before, JSON.stringify(before));
      assert.deepEqual(side(blocks, 'added'), after, JSON.stringify(after));
      assert.ok(outputLength(blocks) <= before.join('').length + after.join('').length);
      for (const block of blocks) {
        block.parts.forEach((part, index) => {
          assert.notEqual(part.text, '', 'no empty parts');
          assert.notEqual(part.kind, block.parts[index + 1]?.kind, 'neighbouring parts of one kind are merged');
        });
      }
    }
  });

  test('two unrelated 20,000-character texts: bounded output (its time is for the bench, not a test)', () => {
    const chinese = '的一是不了人我在有他這中大來上國個到說們為子和你地出道也時年得就那要下以生會自着去之過家學對可她裡後小么心多天而能好都然沒日於起還發成事只作當想看文無開手十用主行方又如前所本見經頭面公同三已老從動兩長知民樣現分將外但身些與高意進把法此實回二理美點月明其種聲全工己話兒者向情部正名定女問力機給等幾很業最間新什打便位因重被走電四第門相次東政海口使教西再平真聽世氣信北少關並內加化由卻代軍產入先山五太水萬市眼體別處總才場師書比住員九笑性通目華報立馬命張活難神數件安表原車白應路期叫死常提感金何更反合放做系計或司利受光王果親界及今京務制解各任至清物台象記邊共風戰干接它許八特覺望直服毛林題建南度統色字請交愛讓認算論百吃義科怎元社術結六功指思非流每青管夫連遠資隊跟帶花快條院變聯言權往展該領傳近留紅治決周保達辦運武半候七必城父強步完革深區即求品士轉量空甚眾技輕程告江語英基派滿式李息寫呢識極令黃德收臉錢黨倒未持取設始版雙歷越史商千片容研像找友孩站廣改議形委早房音火際則首單據導影失拿網香似斯專石若兵弟誰校讀志飛觀爭究包組造落視濟喜離雖壞兄';
    const before = [randomText(7, 20_000, chinese)];
    const after = [randomText(11, 20_000, 'abcdefghij klmnopqrst uvwxyz,.')];
    const manyBefore = randomText(13, 20_000, chinese).match(/.{1,40}/g)!;
    const manyAfter = randomText(17, 20_000, chinese).match(/.{1,40}/g)!;
    const single = compareParagraphs(before, after, 'zh-TW');
    const many = compareParagraphs(manyBefore, manyAfter, 'zh-TW');
    assert.ok(outputLength(single) <= 40_000);
    assert.ok(outputLength(many) <= 40_000);
    assert.deepEqual(side(single, 'removed'), before);
    assert.deepEqual(side(many, 'added'), manyAfter);
  });

  test('a long paragraph with more edits than the cap is shown whole, one with fewer word by word', () => {
    const numbered = Array.from({ length: 3000 }, (_, index) => `word${index}`);
    const before = numbered.join(' ');
    // Every other word changes: over half the text stays, but 3,000 word edits is past the cap.
    const everyOther = numbered.map((word, index) => (index % 2 === 0 ? `${word}x` : word)).join(' ');
    const fewer = numbered.map((word, index) => (index % 50 === 0 ? `${word}x` : word)).join(' ');
    const capped = compareParagraphs([before], [everyOther], 'en');
    const detailed = compareParagraphs([before], [fewer], 'en');

    assert.deepEqual(capped.map((block) => block.kind), ['removed', 'added']);
    assert.deepEqual(side(capped, 'added'), [everyOther]);
    assert.deepEqual(detailed.map((block) => block.kind), ['changed']);
    assert.equal(parts(detailed).filter((part) => part.kind === 'added').length, 60);
    assert.deepEqual(side(detailed, 'removed'), [before]);
    assert.deepEqual(side(detailed, 'added'), [fewer]);
  });
  test('the edits of a whole comparison are capped too: once spent, further edited paragraphs are shown whole', () => {
    // Three long paragraphs, each with 400 word edits (every fourth of 800 words changed): under the
    // per-paragraph cap, but together past the comparison's.
    const paragraph = (name: string, edited: boolean): string =>
      Array.from({ length: 800 }, (_, index) => (edited && index % 4 === 0 ? `${name}${index}x` : `${name}${index}`)).join(' ');
    const names = ['alpha', 'beta', 'gamma'];
    const before = names.map((name) => paragraph(name, false));
    const after = names.map((name) => paragraph(name, true));
    const blocks = compareParagraphs(before, after, 'en');
    assert.deepEqual(blocks.map((block) => block.kind), ['changed', 'changed', 'removed', 'added']);
    assert.deepEqual(side(blocks, 'removed'), before);
    assert.deepEqual(side(blocks, 'added'), after);
  });
});
