/**
 * Tests of the archive importer. All data here is made up for the tests (the
 * "Ministry of Test Affairs"); none of it is the ministry's news.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { renderMarkdown } from '../../content-layer/markdown';
import { parseReleaseFile } from '../../content-layer/parse';
import { convertArchive, convertRecord, escapeLine, paragraphsToMarkdown, type Unmapped } from './moda';

type TestPage = Record<string, unknown>;

function testPage(overrides: TestPage = {}): TestPage {
  return {
    title: 'TEST DATA: Ministry of Test Affairs opens a sandbox: “phase 1”',
    createDate: '2099-01-15',
    updateDate: '2099-01-16',
    unit: 'Department of Test Data',
    paragraphs: ['A made-up first paragraph for the importer tests.'],
    images: [],
    attachments: [],
    links: [],
    videos: [],
    tags: [],
    url: 'https://example.test/en/press/press-releases/9001.html',
    source: { repository: 'example/test-site', path: 'en/press/press-releases/9001.html', commit: '0'.repeat(40) },
    ...overrides,
  };
}

const FULL_EN = testPage({
  paragraphs: [
    'TEST DATA. The Ministry of Test Affairs announced three imaginary measures:',
    '- first imaginary measure',
    '- second imaginary measure',
    '- third imaginary measure',
    '## A made-up subheading',
    'Closing paragraph of the test release.',
  ],
  images: [
    { src: 'https://example.test/img/one.jpg', alt: '', caption: 'Test photo (1/2)' },
    { src: 'https://example.test/img/two.jpg', alt: '', caption: null },
  ],
  attachments: [{ name: 'Test report', url: 'https://example.test/files/report', type: 'PDF' }],
  links: [{ name: 'Test transcript', url: 'https://example.test/transcript' }],
  videos: [
    { title: 'Test video', url: 'https://example.test/video', thumbnail: 'https://example.test/video.jpg' },
  ],
  tags: ['Testing imaginary things'],
});

const FULL_ZH = testPage({
  title: '測試資料：測試事務部開放沙盒',
  unit: '測試資料司',
  paragraphs: ['這是匯入程式測試用的虛構段落。'],
  url: 'https://example.test/press/press-releases/9001.html',
});

function convertOne(record: unknown) {
  const { release, unmapped } = convertRecord(record, 0);
  return { files: release?.files ?? [], unmapped };
}

function fileOf(record: unknown, locale: string): string {
  const file = convertOne(record).files.find((candidate) => candidate.locale === locale);
  assert.ok(file, `expected a ${locale} file`);
  return file.text;
}

const NAMED_REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/** The text of rendered HTML as a reader sees it: tags dropped, references decoded (in one pass, never twice). */
function visibleText(html: string): string {
  return html
    .replace(/<br>\n?/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot));/gi, (_, hex?: string, decimal?: string, name?: string) =>
      hex !== undefined
        ? String.fromCodePoint(parseInt(hex, 16))
        : decimal !== undefined
          ? String.fromCodePoint(Number(decimal))
          : NAMED_REFERENCES[name!.toLowerCase()]!,
    );
}

/** A single plain paragraph through the importer and the site's renderer. */
function renderParagraph(text: string): string {
  return renderMarkdown(paragraphsToMarkdown([text]));
}

describe('a bilingual release', () => {
  const record = { id: '9001', 'zh-TW': FULL_ZH, en: FULL_EN };

  test('becomes one file per language, with nothing unmapped', () => {
    const { files, unmapped } = convertOne(record);
    assert.deepEqual(
      files.map((file) => file.locale),
      ['zh-TW', 'en'],
    );
    assert.deepEqual(unmapped, []);
  });

  test('writes the front matter fields in order, omitting empty lists', () => {
    const text = fileOf(record, 'en');
    const keys = [...text.split('\n---\n')[0]!.matchAll(/^([a-z]+):/gm)].map((match) => match[1]);
    assert.deepEqual(keys, ['title', 'date', 'updated', 'unit', 'tags', 'images', 'attachments', 'links', 'videos', 'source']);
    const zhKeys = [...fileOf(record, 'zh-TW').split('\n---\n')[0]!.matchAll(/^([a-z]+):/gm)].map((match) => match[1]);
    assert.deepEqual(zhKeys, ['title', 'date', 'updated', 'unit', 'source']);
  });

  test('keeps an empty alt as alt: "" and omits a null caption', () => {
    const text = fileOf(record, 'en');
    assert.match(text, /- src: https:\/\/example\.test\/img\/one\.jpg\n {4}alt: ""\n {4}caption: Test photo \(1\/2\)\n/);
    assert.match(text, /- src: https:\/\/example\.test\/img\/two\.jpg\n {4}alt: ""\n(?! {4}caption)/);
  });

  test('round-trips through the content layer with every field intact', () => {
    const result = parseReleaseFile(fileOf(record, 'en'), 'content/press-releases/9001/en.md');
    assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
    const release = result.release;
    assert.equal(release.title, FULL_EN.title);
    assert.equal(release.date.machine, '2099-01-15');
    assert.equal(release.updated?.machine, '2099-01-16');
    assert.equal(release.unit, 'Department of Test Data');
    assert.equal(release.summary, undefined, 'no summary is invented');
    assert.deepEqual(release.tags, ['Testing imaginary things']);
    assert.deepEqual(release.images, [
      { src: 'https://example.test/img/one.jpg', alt: '', caption: 'Test photo (1/2)' },
      { src: 'https://example.test/img/two.jpg', alt: '' },
    ]);
    assert.deepEqual(release.attachments, [{ name: 'Test report', url: 'https://example.test/files/report', type: 'PDF' }]);
    assert.deepEqual(release.links, [{ name: 'Test transcript', url: 'https://example.test/transcript' }]);
    assert.deepEqual(release.videos, [
      { title: 'Test video', url: 'https://example.test/video', thumbnail: 'https://example.test/video.jpg' },
    ]);
    assert.equal(release.source, 'https://example.test/en/press/press-releases/9001.html');
    assert.equal(release.draft, false);
    // Images with empty alt are work for staff, flagged as warnings, not errors.
    assert.equal(result.warnings.length, 2);
  });

  test('renders list items as one list and the subheading as a heading', () => {
    const result = parseReleaseFile(fileOf(record, 'en'), 'en.md');
    assert.ok(result.ok);
    const html = renderMarkdown(result.release.body);
    assert.equal(html.match(/<ul>/g)?.length, 1);
    assert.equal(html.match(/<li>/g)?.length, 3);
    assert.match(html, /<li>first imaginary measure<\/li>/);
    assert.match(html, /<h3>A made-up subheading<\/h3>/);
    assert.match(html, /<p>Closing paragraph of the test release\.<\/p>/);
  });

  test('separates blocks with blank lines but keeps list items together', () => {
    assert.equal(
      paragraphsToMarkdown(['intro', '- a', '- b', '## heading', 'end']),
      'intro\n\n- a\n- b\n\n## heading\n\nend',
    );
  });

  test('keeps an update date earlier than the create date, as published', () => {
    const text = fileOf({ id: '9002', 'zh-TW': testPage({ createDate: '2099-03-02', updateDate: '2099-03-01' }), en: null }, 'zh-TW');
    const result = parseReleaseFile(text, 'zh-TW.md');
    assert.ok(result.ok);
    assert.equal(result.release.date.machine, '2099-03-02');
    assert.equal(result.release.updated?.machine, '2099-03-01');
  });

  test('does not fold long titles and quotes YAML-significant text', () => {
    const title = `TEST DATA: "quoted" ‘curly’ #hash ${'very long '.repeat(20)}title`;
    const text = fileOf({ id: '9003', 'zh-TW': null, en: testPage({ title }) }, 'en');
    assert.equal(text.split('\n')[1]!.startsWith('title: '), true);
    const result = parseReleaseFile(text, 'en.md');
    assert.ok(result.ok);
    assert.equal(result.release.title, title);
  });

  test('is deterministic, so re-running the import changes nothing', () => {
    assert.deepEqual(convertArchive([record]), convertArchive([structuredClone(record)]));
  });
});

describe('a Chinese-only release', () => {
  test('produces only zh-TW.md and reports nothing', () => {
    const { files, unmapped } = convertOne({ id: '9004', 'zh-TW': FULL_ZH, en: null });
    assert.deepEqual(
      files.map((file) => file.locale),
      ['zh-TW'],
    );
    assert.deepEqual(unmapped, []);
  });

  test('an English-only release likewise produces only en.md', () => {
    const { files } = convertOne({ id: '9005', 'zh-TW': null, en: FULL_EN });
    assert.deepEqual(
      files.map((file) => file.locale),
      ['en'],
    );
  });
});

describe('plain text renders exactly as published', () => {
  const cases: [string, string][] = [
    ['ordered-list marker', '1. Test point one, not a list'],
    ['ordered-list marker with a parenthesis', '2) Test point two'],
    ['bullet markers', '+ plus, * star'],
    ['a hyphen first, without space', '-5 test degrees'],
    ['a heading marker', '# not a heading'],
    ['a block quote marker', '> not a quote'],
    ['emphasis', 'some *stars* and _underscores_ and **strong**'],
    ['HTML', 'a <b>bold</b> tag and <script>alert(1)</script>'],
    ['a link', '[x](y) and [ref] and ![img](z.png)'],
    ['an autolink', '<https://example.test>'],
    ['entities', 'R&D &amp; &#42; &copy;'],
    ['backslashes', 'C:\\test\\path and a trailing \\'],
    ['code spans', 'use `code` here'],
    ['table and strikethrough syntax', '| a | b | and ~~gone~~ and 10~50'],
    ['a thematic break', '***'],
    ['setext underline text', '==='],
    ['a fenced code opener', '```js'],
    ['four leading spaces', '    not an indented code block'],
    ['a leading tab', '\tnot code either'],
    ['ideographic spaces', '\u3000\u3000測試段落以全形空白開頭'],
    ['non-breaking spaces', 'test\u00a0\u00a0 \u00a0spaces kept'],
    ['parentheses and quotes', '(1)The “test” factor’s value, "quoted"'],
  ];
  for (const [name, text] of cases) {
    test(name, () => {
      const html = renderParagraph(text);
      assert.match(html, /^<p>[\s\S]*<\/p>$/, `expected a single paragraph, got ${html}`);
      assert.equal(visibleText(html), text);
    });
  }

  test('no list, emphasis, link or HTML elements are created', () => {
    const html = renderMarkdown(
      paragraphsToMarkdown(['1. one', '*stars*', '<b>bold</b>', '[x](y)', '`code`', '> quote', '# hash']),
    );
    assert.doesNotMatch(html, /<(ol|ul|li|em|strong|a|b|code|blockquote|h\d)\b/);
    assert.match(html, /\*stars\*/);
  });

  test('a line break inside a paragraph becomes a hard break', () => {
    const text = 'first test line\n2. second test line\n===\n  indented third line';
    const markdown = paragraphsToMarkdown([text]);
    assert.equal(markdown.split('\n').length, 4);
    assert.ok(markdown.split('\n').slice(0, 3).every((line) => line.endsWith('\\')), markdown);
    const html = renderMarkdown(markdown);
    assert.equal(html.match(/<br>/g)?.length, 3);
    // The site's renderer drops spaces after a <br>, as a browser would.
    assert.equal(visibleText(html), 'first test line\n2. second test line\n===\nindented third line');
  });

  test('a line break inside a list item stays in the item', () => {
    const html = renderMarkdown(paragraphsToMarkdown(['- item line one\nitem *line* two', '- next item']));
    assert.match(html, /<li>item line one<br>\nitem \*line\* two<\/li>/);
    assert.equal(html.match(/<li>/g)?.length, 2);
  });

  test('a subheading keeps # characters and special text', () => {
    const html = renderMarkdown(paragraphsToMarkdown(['## Test *heading* #1 #']));
    assert.equal(html, '<h3>Test *heading* #1 #</h3>');
  });

  test('a subheading with a line break stays one heading', () => {
    const html = renderMarkdown(paragraphsToMarkdown(['## Test heading\nsecond line']));
    assert.equal(html, '<h3>Test heading<br>\nsecond line</h3>');
  });

  test('ordinary text is not cluttered with escapes', () => {
    assert.equal(escapeLine('Taiwan ranked 18th (2099). R&D: “yes” - fine!'), 'Taiwan ranked 18th (2099). R&D: “yes” - fine!');
  });
});

describe('what cannot be mapped is reported', () => {
  const messagesOf = (unmapped: Unmapped[]) => unmapped.map((item) => `${item.locale ?? ''} ${item.field}: ${item.message}`);

  test('unknown fields at every level', () => {
    const { files, unmapped } = convertOne({
      id: '9006',
      extra: 'record-level test field',
      'zh-TW': null,
      en: testPage({
        subtitle: 'page-level test field',
        images: [{ src: 'https://example.test/a.jpg', alt: '', caption: null, credit: 'image-level test field' }],
        source: { repository: 'example/test-site', path: 'x.html', commit: 'abc', branch: 'main' },
      }),
    });
    assert.equal(files.length, 1, 'the known parts are still written');
    const messages = messagesOf(unmapped);
    assert.equal(unmapped.length, 4, messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith(' extra: unknown field')));
    assert.ok(messages.some((m) => m.startsWith('en subtitle: unknown field')));
    assert.ok(messages.some((m) => m.startsWith('en images[0].credit: unknown field')));
    assert.ok(messages.some((m) => m.startsWith('en source.branch: unknown field')));
    assert.ok(unmapped.every((item) => item.id === '9006'));
  });

  test('unexpected value types', () => {
    const { files, unmapped } = convertOne({
      id: '9007',
      'zh-TW': testPage({
        tags: 'not a list',
        images: [{ src: 'https://example.test/a.jpg', alt: null, caption: 42 }],
        attachments: [{ name: 'Test file', url: 'https://example.test/f', type: null }],
        paragraphs: ['text', 7],
      }),
      en: null,
    });
    assert.equal(files.length, 1);
    const messages = messagesOf(unmapped);
    for (const field of ['tags', 'images[0].alt', 'images[0].caption', 'attachments[0].type', 'paragraphs[1]']) {
      assert.ok(
        messages.some((m) => m.startsWith(`zh-TW ${field}: `)),
        `expected ${field} to be reported in:\n${messages.join('\n')}`,
      );
    }
    const result = parseReleaseFile(files[0]!.text, 'zh-TW.md');
    assert.ok(result.ok);
    assert.deepEqual(result.release.images, [{ src: 'https://example.test/a.jpg', alt: '' }]);
    assert.deepEqual(result.release.attachments, [{ name: 'Test file', url: 'https://example.test/f' }]);
  });

  test('items the content layer would reject are left out and reported', () => {
    const { files, unmapped } = convertOne({
      id: '9008',
      'zh-TW': testPage({
        links: [
          { name: 'Insecure test link', url: 'http://example.test/' },
          { name: 'Good test link', url: 'https://example.test/' },
        ],
        url: 'http://example.test/page',
      }),
      en: null,
    });
    const result = parseReleaseFile(files[0]!.text, 'zh-TW.md');
    assert.ok(result.ok);
    assert.deepEqual(result.release.links, [{ name: 'Good test link', url: 'https://example.test/' }]);
    assert.equal(result.release.source, undefined);
    const fields = unmapped.map((item) => item.field);
    assert.ok(fields.includes('links[0].url'), fields.join(', '));
    assert.ok(fields.includes('url'), fields.join(', '));
  });

  test('a version without its required fields is not written', () => {
    const { files, unmapped } = convertOne({
      id: '9009',
      'zh-TW': testPage({ createDate: '2099-02-30' }),
      en: testPage({ title: undefined }),
    });
    assert.deepEqual(files, []);
    const messages = messagesOf(unmapped);
    assert.ok(messages.some((m) => m.startsWith('zh-TW createDate: ')));
    assert.ok(messages.some((m) => m.startsWith('en title: missing')));
    assert.ok(messages.some((m) => m.includes('release not imported')));
  });

  test('text the site would read as a language span is written but flagged', () => {
    const { files, unmapped } = convertOne({ id: '9010', 'zh-TW': null, en: testPage({ paragraphs: ['see [Test]{lang=en}'] }) });
    assert.equal(files.length, 1);
    assert.deepEqual(
      unmapped.map((item) => item.field),
      ['paragraphs[0]'],
    );
  });

  test('bad records: not an object, bad or repeated ids, no archive list', () => {
    const { releases, unmapped } = convertArchive([
      'not a record',
      { id: 9011, 'zh-TW': FULL_ZH, en: null },
      { id: '../escape', 'zh-TW': FULL_ZH, en: null },
      { id: '9012', 'zh-TW': FULL_ZH, en: null },
      { id: '9012', 'zh-TW': FULL_ZH, en: null },
    ]);
    assert.deepEqual(
      releases.map((release) => release.id),
      ['9012'],
    );
    assert.deepEqual(
      unmapped.map((item) => item.id),
      ['record #1', 'record #2', 'record #3', '9012'],
    );
    assert.equal(convertArchive({ not: 'a list' }).unmapped.length, 1);
  });
});
