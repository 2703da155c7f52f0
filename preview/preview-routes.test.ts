import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadContentTree } from '@/content-layer/load';
import { ReleaseIndex } from '@/content-layer/releases';
import { makeContentTree, releaseFile } from '@/content-layer/test-tree';
import { problemsPagePath, releaseProblems, resolveStaffRoute } from './preview-routes';

const NOW = new Date('2024-06-01T00:00:00+08:00');
const { releases, problems } = loadContentTree(
  makeContentTree({
    'public/zh-TW.md': releaseFile(),
    'public/en.md': releaseFile(),
    'draft/zh-TW.md': releaseFile({ draft: true }),
    'scheduled/en.md': releaseFile({ date: '2099-01-01' }),
    // Chinese fine, English broken: the date does not exist.
    'half-broken/zh-TW.md': releaseFile({ draft: true }),
    'half-broken/en.md': releaseFile({ date: '2024-02-30' }),
    // Only a broken English file, and a warning-only Chinese one elsewhere.
    'broken/en.md': releaseFile({ title: '' }),
    'warned/zh-TW.md': '---\ntitle: A title\ndate: 2024-01-01\nunit: A unit\nimages:\n  - src: /photo.jpg\n    alt: ""\n---\n\nBody.\n',
    'broken-too/en.md': releaseFile({ date: 'soon' }),
  }),
);
const index = new ReleaseIndex(releases, 'staff');
const route = (locale: 'zh-TW' | 'en', path: string, query = '') =>
  resolveStaffRoute(index, problems, locale, path, new URLSearchParams(query), NOW);

test('drafts, scheduled releases and the staff pages exist for staff', () => {
  for (const [locale, path] of [
    ['zh-TW', '/'],
    ['en', '/site-map'],
    ['zh-TW', '/press'],
    ['zh-TW', '/press/public'],
    ['zh-TW', '/press/draft'],
    ['en', '/press/scheduled'],
    ['zh-TW', '/press/half-broken'],
    ['zh-TW', '/preview'],
    ['en', '/preview/draft'],
    ['zh-TW', '/preview/scheduled'],
  ] as const) {
    assert.deepEqual(route(locale, path), { kind: 'page' }, `${locale} ${path}`);
  }
});

test('what does not exist for staff either is a 404, decided before rendering', () => {
  for (const [locale, path, query] of [
    ['en', '/press/draft', ''],
    ['zh-TW', '/press/scheduled', ''],
    ['zh-TW', '/press/no-such-release', ''],
    ['zh-TW', '/press/public/extra', ''],
    ['en', '/no/such/page', ''],
    ['zh-TW', '/press', 'page=99'],
    ['zh-TW', '/press', 'page=abc'],
    ['en', '/preview/no-such-release', ''],
    ['en', '/preview/draft/problems', ''],
    ['en', '/preview/broken/problems', ''],
    ['zh-TW', '/page-not-found', ''],
    ['zh-TW', '/press-list/x', ''],
    // Broken in English only: no Chinese file to show problems for.
    ['zh-TW', '/press/broken', ''],
  ] as const) {
    assert.deepEqual(route(locale, path, query), { kind: 'not-found' }, `${locale} ${path}?${query}`);
  }
});

test("a release whose file in the page's language has errors gets its problems page", () => {
  assert.deepEqual(route('en', '/press/half-broken'), { kind: 'problems', slug: 'half-broken' });
  assert.deepEqual(route('en', '/press/broken'), { kind: 'problems', slug: 'broken' });
  // Side by side shows both languages, so an error in either shows instead.
  assert.deepEqual(route('zh-TW', '/preview/half-broken'), { kind: 'problems', slug: 'half-broken' });
  assert.deepEqual(route('en', '/preview/broken'), { kind: 'problems', slug: 'broken' });
  // Warnings alone leave the release showable.
  assert.deepEqual(route('zh-TW', '/press/warned'), { kind: 'page' });
  assert.deepEqual(route('zh-TW', '/preview/warned'), { kind: 'page' });
});

test('the fixture has the problems the tests rely on', () => {
  assert.deepEqual(
    problems.map((problem) => `${problem.severity} ${problem.path.split(/[\\/]/).slice(-2).join('/')}`),
    ['error broken/en.md', 'error broken-too/en.md', 'error half-broken/en.md', 'warning warned/zh-TW.md'],
  );
});

test("a release's problems are those of its folder and files, and no other release's", () => {
  const broken = releaseProblems(problems, 'half-broken');
  assert.equal(broken.length, 1);
  assert.match(broken[0]!.path, /press-releases[\\/]half-broken[\\/]en\.md$/);
  assert.equal(broken[0]!.line, 3);
  assert.equal(broken[0]!.field, 'date');
  assert.deepEqual(releaseProblems(problems, 'half-broken', 'zh-TW'), []);
  assert.deepEqual(releaseProblems(problems, 'half-broken', 'en'), broken);
  // "broken" is not a prefix match for "broken-too".
  assert.ok(releaseProblems(problems, 'broken').every((problem) => /[\\/]broken[\\/]en\.md$/.test(problem.path)));
  assert.deepEqual(releaseProblems(problems, 'public'), []);
  // Folder problems (here an invalid slug) belong to the release in every language.
  const folder = [{ severity: 'error' as const, path: 'content/press-releases/Bad_Slug', message: 'not a valid slug' }];
  assert.deepEqual(releaseProblems(folder, 'Bad_Slug', 'en'), folder);
  assert.deepEqual(releaseProblems(folder, 'Bad', 'en'), []);
  assert.deepEqual(releaseProblems([{ severity: 'error', path: 'content/press-releases', message: 'no such folder' }], 'press-releases'), []);
});

test('the problems page path is one path segment per slug', () => {
  assert.equal(problemsPagePath('half-broken'), '/preview/half-broken/problems');
  assert.equal(problemsPagePath('a b/c'), '/preview/a%20b%2Fc/problems');
});
