import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseReleaseFile, type ParseResult } from './parse';

const PATH = 'content/press-releases/example/zh-TW.md';
const file = (frontMatter: string, body = '正文。') => `---\n${frontMatter}\n---\n\n${body}\n`;
const VALID = 'title: 標題\ndate: 2023-07-20\nunit: 數位發展部';

function problemsOf(result: ParseResult) {
  assert.equal(result.ok, false, 'expected the file to be rejected');
  return result.ok ? [] : result.problems;
}

describe('a valid release file', () => {
  test('parses every field', () => {
    const result = parseReleaseFile(
      file(
        `${VALID}\nupdated: 2023-07-21\nsummary: 摘要\ntags: [資安, 國際]\ndraft: true\nimages:\n  - src: https://moda.gov.tw/a.jpg\n    alt: 會面照片\n    caption: 圖說`,
      ),
      PATH,
    );
    assert.ok(result.ok);
    assert.equal(result.release.title, '標題');
    assert.equal(result.release.date.machine, '2023-07-20');
    assert.equal(result.release.updated?.machine, '2023-07-21');
    assert.deepEqual(result.release.tags, ['資安', '國際']);
    assert.equal(result.release.draft, true);
    assert.deepEqual(result.release.images, [{ src: 'https://moda.gov.tw/a.jpg', alt: '會面照片', caption: '圖說' }]);
    assert.equal(result.release.body.trim(), '正文。');
    assert.deepEqual(result.warnings, []);
  });

  test('attachments, related links, videos and the original page', () => {
    const result = parseReleaseFile(
      file(
        `${VALID}\nsource: https://moda.gov.tw/press/press-releases/1.html\nattachments:\n  - name: 報告\n    url: https://www-api.moda.gov.tw/File/Get/a\n    type: PDF\nlinks:\n  - name: 逐字稿\n    url: https://sayit.pdis.nat.gov.tw/x\nvideos:\n  - title: 影片\n    url: https://youtu.be/x\n    thumbnail: https://i.ytimg.com/vi/x/hqdefault.jpg`,
      ),
      PATH,
    );
    assert.ok(result.ok);
    assert.equal(result.release.source, 'https://moda.gov.tw/press/press-releases/1.html');
    assert.deepEqual(result.release.attachments, [{ name: '報告', url: 'https://www-api.moda.gov.tw/File/Get/a', type: 'PDF' }]);
    assert.deepEqual(result.release.links, [{ name: '逐字稿', url: 'https://sayit.pdis.nat.gov.tw/x' }]);
    assert.equal(result.release.videos[0]?.title, '影片');
  });

  test('defaults: not a draft, no tags, no images; a byte-order mark is ignored', () => {
    const result = parseReleaseFile(`\uFEFF${file(VALID)}`, PATH);
    assert.ok(result.ok);
    assert.equal(result.release.draft, false);
    assert.deepEqual(result.release.tags, []);
    assert.deepEqual(result.release.images, []);
  });

  test('an image with alt "" is accepted, and listed as work for staff', () => {
    const result = parseReleaseFile(file(`${VALID}\nimages:\n  - src: /a.jpg\n    alt: ""`), PATH);
    assert.ok(result.ok);
    assert.equal(result.warnings.length, 1);
    assert.equal(result.warnings[0]?.severity, 'warning');
    assert.equal(result.warnings[0]?.field, 'images[0].alt');
    assert.equal(result.warnings[0]?.line, 7);
  });
});

describe('each kind of bad file is refused with its path, line, field and the fix', () => {
  test('no front matter', () => {
    const [problem] = problemsOf(parseReleaseFile('# Just Markdown\n', PATH));
    assert.equal(problem?.path, PATH);
    assert.equal(problem?.line, 1);
    assert.match(problem!.message, /must start with a line "---"/);
  });

  test('invalid YAML', () => {
    const [problem] = problemsOf(parseReleaseFile(file('title: [unclosed\ndate: 2023-07-20\nunit: x'), PATH));
    assert.match(problem!.message, /^invalid YAML/);
    assert.ok(problem?.line && problem.line >= 2);
  });

  test('a missing title', () => {
    const [problem] = problemsOf(parseReleaseFile(file('date: 2023-07-20\nunit: 數位發展部'), PATH));
    assert.equal(problem?.field, 'title');
    assert.match(problem!.message, /expected the release title/);
  });

  test('an empty title', () => {
    const [problem] = problemsOf(parseReleaseFile(file('title: "  "\ndate: 2023-07-20\nunit: 數位發展部'), PATH));
    assert.equal(problem?.field, 'title');
    assert.equal(problem?.line, 2);
    assert.match(problem!.message, /must not be empty/);
  });

  test('an impossible date, and a date that is not a date', () => {
    const [impossible] = problemsOf(parseReleaseFile(file('title: t\ndate: 2023-02-30\nunit: u'), PATH));
    assert.equal(impossible?.field, 'date');
    assert.equal(impossible?.line, 3);
    assert.match(impossible!.message, /"2023-02-30" is not a real date.*e\.g\. date: 2023-07-20/);
    const [words] = problemsOf(parseReleaseFile(file('title: t\ndate: 2023-07-20\nupdated: next week\nunit: u'), PATH));
    assert.equal(words?.field, 'updated');
  });

  test('a wrong type', () => {
    const [problem] = problemsOf(parseReleaseFile(file(`${VALID}\ndraft: "yes"`), PATH));
    assert.equal(problem?.field, 'draft');
    assert.match(problem!.message, /expected true or false/);
  });

  test('an unknown field, such as a typo', () => {
    const [problem] = problemsOf(parseReleaseFile(file(`${VALID}\ntilte: 標題`), PATH));
    assert.equal(problem?.field, 'tilte');
    assert.equal(problem?.line, 5);
    assert.match(problem!.message, /unknown field: allowed are title, date/);
  });

  test('an image with no alt field', () => {
    const [problem] = problemsOf(parseReleaseFile(file(`${VALID}\nimages:\n  - src: /a.jpg`), PATH));
    assert.equal(problem?.field, 'images[0].alt');
    assert.match(problem!.message, /every image needs an alt field/);
  });

  test('an image with an unsafe source', () => {
    const [problem] = problemsOf(parseReleaseFile(file(`${VALID}\nimages:\n  - src: javascript:alert(1)\n    alt: x`), PATH));
    assert.equal(problem?.field, 'images[0].src');
  });

  test('an attachment that is not an https URL', () => {
    const [problem] = problemsOf(parseReleaseFile(file(`${VALID}\nattachments:\n  - name: x\n    url: http://insecure.example/x`), PATH));
    assert.equal(problem?.field, 'attachments[0].url');
    assert.match(problem!.message, /https:\/\/ URL/);
  });

  test('an empty body', () => {
    const [problem] = problemsOf(parseReleaseFile(file(VALID, '   '), PATH));
    assert.match(problem!.message, /the body is empty/);
  });

  test('all problems of a file are reported at once', () => {
    const problems = problemsOf(parseReleaseFile(file('date: 2023-02-30\nextra: 1', ''), PATH));
    assert.deepEqual(
      problems.map((p) => p.field ?? 'body').sort(),
      ['body', 'date', 'extra', 'title', 'unit'],
    );
  });
});
