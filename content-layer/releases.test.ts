import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContentTree, type ContentFileCache } from './load';
import { ReleaseIndex } from './releases';
import { makeContentTree, releaseFile } from './test-tree';

const NOW = new Date('2024-06-01T00:00:00+08:00');

function indexOf(files: Record<string, string | Buffer>) {
  const { releases, problems } = loadContentTree(makeContentTree(files));
  assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
  return new ReleaseIndex(releases);
}

describe('loading a content tree', () => {
  test('pairs the language versions of each release by folder', () => {
    const { releases } = loadContentTree(
      makeContentTree({
        'both/zh-TW.md': releaseFile({ title: '中文標題' }),
        'both/en.md': releaseFile({ title: 'English title' }),
        'chinese-only/zh-TW.md': releaseFile(),
      }),
    );
    const both = releases.find((r) => r.slug === 'both');
    assert.equal(both?.versions['zh-TW']?.title, '中文標題');
    assert.equal(both?.versions.en?.title, 'English title');
    assert.deepEqual(Object.keys(releases.find((r) => r.slug === 'chinese-only')!.versions), ['zh-TW']);
  });

  test('reports every problem in the tree at once, with paths', () => {
    const { problems } = loadContentTree(
      makeContentTree({
        'good/zh-TW.md': releaseFile(),
        'bad-locale/fr.md': releaseFile(),
        'Bad_Slug/zh-TW.md': releaseFile(),
        'bad-date/en.md': releaseFile({ date: '2024-02-31' }),
        'not-utf8/zh-TW.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]),
        'empty-folder/notes.txt': 'no release here',
      }),
    );
    const byFolder = (folder: string) => problems.filter((p) => p.path.includes(`/${folder}`));
    assert.match(byFolder('bad-locale')[0]!.message, /unknown locale "fr"/);
    assert.match(byFolder('Bad_Slug')[0]!.message, /not a valid slug/);
    assert.equal(byFolder('bad-date')[0]?.field, 'date');
    assert.match(byFolder('not-utf8')[0]!.message, /not valid UTF-8/);
    assert.match(byFolder('empty-folder')[0]!.message, /no language file/);
    assert.equal(byFolder('good').length, 0);
    assert.equal(problems.length, 5);
  });

  test('with a file cache, a reload parses only what changed and forgets what was deleted', () => {
    const root = makeContentTree({
      'kept/en.md': releaseFile({ title: 'Kept' }),
      'edited/en.md': releaseFile({ title: 'Before' }),
      'deleted/en.md': releaseFile({ title: 'Deleted' }),
    });
    const cache: ContentFileCache = new Map();
    const first = loadContentTree(root, cache);
    const version = (content: typeof first, slug: string) => content.releases.find((r) => r.slug === slug)?.versions.en;
    writeFileSync(join(root, 'press-releases/edited/en.md'), releaseFile({ title: 'After, and longer' }));
    rmSync(join(root, 'press-releases/deleted'), { recursive: true });
    const second = loadContentTree(root, cache);
    // The same object: the unchanged file was not parsed again.
    assert.equal(version(second, 'kept'), version(first, 'kept'));
    assert.equal(version(second, 'edited')?.title, 'After, and longer');
    assert.equal(version(second, 'deleted'), undefined);
    assert.deepEqual([...cache.keys()].map((path) => path.split('/').at(-2)).sort(), ['edited', 'kept']);
  });

  test('a folder or file that vanishes while the tree is read is left out with a warning, read cached or not', () => {
    // A dangling link is what a release deleted between listing and reading looks like.
    const root = makeContentTree({ 'kept/en.md': releaseFile(), 'half/zh-TW.md': releaseFile() });
    symlinkSync(join(root, 'no-such-folder'), join(root, 'press-releases/gone'));
    symlinkSync(join(root, 'no-such-file.md'), join(root, 'press-releases/half/en.md'));
    for (const cache of [undefined, new Map() as ContentFileCache]) {
      const { releases, problems } = loadContentTree(root, cache);
      assert.deepEqual(releases.map((release) => release.slug), ['half', 'kept']);
      assert.deepEqual(Object.keys(releases[0]!.versions), ['zh-TW']);
      assert.deepEqual(
        problems.map((problem) => [problem.severity, problem.path.split('/').slice(-2).join('/')]),
        [['warning', 'press-releases/gone'], ['warning', 'half/en.md']],
      );
      assert.ok(problems.every((problem) => /disappeared while the content was being read/.test(problem.message)));
    }
  });

  test('a missing releases folder is one clear error', () => {
    const { problems } = loadContentTree('/nonexistent/content');
    assert.equal(problems.length, 1);
    assert.match(problems[0]!.message, /no such folder/);
  });

  test('the body is rendered to sanitized HTML when first shown', () => {
    const index = indexOf({ 'a/en.md': releaseFile({}, 'Hello <script>x()</script> *world*') });
    // The tags are dropped; what stood between them is left as harmless text.
    assert.equal(index.find('en', 'a', NOW)?.html, '<p>Hello x() <em>world</em></p>');
  });
});

describe('the release index', () => {
  const index = indexOf({
    'older/zh-TW.md': releaseFile({ date: '2024-01-01' }),
    'older/en.md': releaseFile({ date: '2024-01-01' }),
    'newer/zh-TW.md': releaseFile({ date: '2024-03-01T09:00' }),
    'same-day-b/zh-TW.md': releaseFile({ date: '2024-02-01' }),
    'same-day-a/zh-TW.md': releaseFile({ date: '2024-02-01' }),
    'draft/zh-TW.md': releaseFile({ date: '2024-01-02', draft: true }),
    'draft/en.md': releaseFile({ date: '2024-01-02' }),
    'scheduled/zh-TW.md': releaseFile({ date: '2024-06-01T09:00' }),
  });

  test('lists public releases newest first, ties in slug order', () => {
    assert.deepEqual(
      index.list('zh-TW', NOW).map((r) => r.slug),
      ['newer', 'same-day-a', 'same-day-b', 'older'],
    );
    assert.deepEqual(
      index.list('en', NOW).map((r) => r.slug),
      ['draft', 'older'],
    );
  });

  test('drafts and scheduled releases are not found, exactly like missing slugs', () => {
    assert.equal(index.find('zh-TW', 'draft', NOW), undefined);
    assert.equal(index.find('zh-TW', 'scheduled', NOW), undefined);
    assert.equal(index.find('zh-TW', 'never-existed', NOW), undefined);
    assert.equal(index.find('en', 'draft', NOW)?.slug, 'draft');
  });

  test('a scheduled release becomes public at its date', () => {
    assert.equal(index.find('zh-TW', 'scheduled', new Date('2024-06-01T09:00:00+08:00'))?.slug, 'scheduled');
  });

  test('gives the same list until a scheduled release comes due, so what is derived from it can be cached', () => {
    const list = index.list('zh-TW', NOW);
    assert.equal(index.list('zh-TW', new Date('2024-06-01T08:59:59+08:00')), list);
    const later = index.list('zh-TW', new Date('2024-06-01T09:00:00+08:00'));
    assert.notEqual(later, list);
    assert.deepEqual(later.map((r) => r.slug), ['scheduled', ...list.map((r) => r.slug)]);
  });

  test('knows when the next scheduled release comes due, so an answer is cached no longer', () => {
    assert.deepEqual(index.nextDue('zh-TW', NOW), new Date('2024-06-01T09:00:00+08:00'));
    assert.equal(index.nextDue('zh-TW', new Date('2024-06-01T09:00:00+08:00')), undefined);
    // A draft is never due: the English draft's Chinese side is a draft, the English one is public.
    assert.equal(index.nextDue('en', NOW), undefined);
  });

  test('lists every version, drafts and scheduled ones too, for staff only', () => {
    const { releases } = loadContentTree(
      makeContentTree({
        'draft/zh-TW.md': releaseFile({ date: '2024-01-02', draft: true }),
        'scheduled/zh-TW.md': releaseFile({ date: '2030-06-01' }),
        'public/zh-TW.md': releaseFile({ date: '2024-01-01' }),
      }),
    );
    assert.deepEqual(new ReleaseIndex(releases, 'staff').list('zh-TW', NOW).map((r) => r.slug), ['scheduled', 'draft', 'public']);
    assert.deepEqual(new ReleaseIndex(releases).list('zh-TW', NOW).map((r) => r.slug), ['public']);
  });

  test('knows which languages a release is public in', () => {
    assert.deepEqual(index.localesOf('older', NOW).sort(), ['en', 'zh-TW']);
    assert.deepEqual(index.localesOf('draft', NOW), ['en']);
    assert.deepEqual(index.localesOf('never-existed', NOW), []);
  });
});

test('a removal counts, from its date, as a change to its language\'s lists', () => {
  const { releases } = loadContentTree(
    makeContentTree({
      'kept/zh-TW.md': releaseFile({ date: '2024-01-01' }),
      'gone/zh-TW.md': releaseFile({ date: '2024-01-02' }).replace('---\n\n', 'removed:\n  date: 2024-01-05T09:00+08:00\n---\n\n'),
    }),
  );
  const index = new ReleaseIndex(releases);
  assert.deepEqual(index.list('zh-TW', NOW).map((r) => r.slug), ['kept']);
  assert.deepEqual(index.lastRemoval('zh-TW', NOW), new Date('2024-01-05T09:00:00+08:00'));
  assert.equal(index.lastRemoval('zh-TW', new Date('2024-01-04T00:00:00+08:00')), undefined);
  assert.equal(index.lastRemoval('en', NOW), undefined);
});

test('the shipped content is valid, and the seed release exists in both languages', () => {
  const { releases, problems } = loadContentTree('content');
  assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
  const seed = releases.find((r) => r.slug === '5763');
  assert.equal(seed?.versions['zh-TW']?.title, '唐鳳部長與駐台北韓國代表李殷鎬會面 期許臺韓攜手強化資安聯防');
  assert.match(seed?.versions.en?.title ?? '', /^Minister Audrey Tang Met with Representative Eun-ho Lee/);
  assert.equal(seed?.versions.en?.updated?.machine, '2023-07-21');
});
