import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { routing } from '@/i18n/routing';
import { snapshotLocation, type SnapshotLocation } from '@/content-layer/build-folder';
import { contentVersion } from '@/content-layer/images';
import { loadContentTree, type Release } from '@/content-layer/load';
import { getReleaseIndex, ReleaseIndex } from '@/content-layer/releases';
import { makeContentTree, pngHeader, releaseFile } from '@/content-layer/test-tree';
import { buildSearchIndex, getSearchIndex } from '@/search/search';
import { loadContentSnapshot, writeContentSnapshot, type ContentIndexes } from './snapshot';
import { contentIsReady, warmContentIndexes } from './warm';

// Made-up TEST DATA, not ministry content.

const NOW = new Date('2024-06-01T00:00:00+08:00');
/** After the scheduled release's time: it is public from then on, without a rebuild. */
const LATER = new Date('2024-08-01T00:00:00+08:00');

const BODY_ZH = '## 小標題\n\n本部今日舉辦**資安演練**，[Audrey Tang]{lang=en} 出席。\n\n- 第一點\n- 第二點\n\n詳見[網站](https://moda.gov.tw/)。';
const BODY_EN = "## Heading\n\nThe ministry held a *cybersecurity* drill today; the Minister's remarks follow.\n\n1. First\n2. Second";

/** Every folder the tests make, removed when they end. */
const made: string[] = [];
after(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

function kept(folder: string): string {
  made.push(folder);
  return folder;
}

function tree(): string {
  return kept(makeContentTree({
    'both/zh-TW.md': releaseFile(
      { title: '測試：資安演練成果發表', date: '2024-03-01T09:30', updated: '2024-03-02', summary: '演練摘要', tags: 'x' },
      BODY_ZH,
    ).replace('tags: "x"', 'tags: [資安, 國際合作]\nimages:\n  - src: /icon.svg\n    alt: ""'),
    'both/en.md': releaseFile({ title: 'Test: cybersecurity drill results', date: '2024-03-01T09:30' }, BODY_EN).replace(
      '---\n\n',
      'images:\n  - src: drill.png\n    alt: A test picture\n    caption: Its caption\n---\n\n',
    ),
    'both/drill.png': pngHeader(1200, 900),
    'scheduled/zh-TW.md': releaseFile({ title: '測試：排程公開的資安新聞', date: '2024-07-01' }, '資安演練將於七月舉行。'),
    'scheduled/en.md': releaseFile({ title: 'Test: a scheduled drill', date: '2024-07-01' }, 'A cybersecurity drill is scheduled.'),
    'draft-only/zh-TW.md': releaseFile({ title: '測試：草稿資安演練', date: '2024-01-01', draft: true }, '草稿中的資安演練。'),
    'half-draft/zh-TW.md': releaseFile({ title: '測試：只有中文公開', date: '2024-02-01' }, '中文版的資安演練已公開。'),
    'half-draft/en.md': releaseFile({ title: 'Test: English draft drill', date: '2024-02-01', draft: true }, 'A cybersecurity drill draft.'),
    'chinese-only/zh-TW.md': releaseFile({ title: '測試：數位韌性', date: '2023-12-01' }, '強化數位韌性與資安防護。'),
  }));
}

/** A build folder holding a Next build id, as `next build` leaves it. */
function buildFolder(buildId = 'build-1'): string {
  const folder = kept(mkdtempSync(join(tmpdir(), 'dist-')));
  writeFileSync(join(folder, 'BUILD_ID'), buildId);
  return folder;
}

function releasesOf(root: string): Release[] {
  const { releases, problems } = loadContentTree(root);
  assert.deepEqual(problems.filter((p) => p.severity === 'error'), []);
  return releases;
}

function snapshotOf(root: string, distDir = buildFolder()): SnapshotLocation {
  const location = snapshotLocation(distDir);
  writeContentSnapshot(location, { root, buildId: 'build-1', releases: releasesOf(root) });
  return location;
}

async function loaded(location: SnapshotLocation, root: string): Promise<ContentIndexes> {
  const outcome = await loadContentSnapshot(location, root);
  assert.ok(outcome.loaded, outcome.loaded ? '' : outcome.reason);
  return outcome.indexes;
}

const SLUGS = ['both', 'scheduled', 'draft-only', 'half-draft', 'chinese-only', 'never-existed'];
const QUERIES = ['資安', '資安演練', '演', '數位韌性', 'cybersecurity', "minister's drill", 'drills', 'tang', '國際合作', 'nothing-matches'];

describe('a content snapshot, loaded', () => {
  const root = tree();
  const fromTree = new ReleaseIndex(releasesOf(root));
  let fromSnapshot: ContentIndexes;
  before(async () => {
    fromSnapshot = await loaded(snapshotOf(root), root);
  });

  test('lists, finds and names languages as the tree read afresh does, before and after a scheduled release is due', async () => {
    for (const now of [NOW, LATER]) {
      for (const locale of routing.locales) {
        // deepEqual reads every field, `html` included: the rendered HTML is the same too.
        assert.deepEqual(fromSnapshot.releases.list(locale, now), fromTree.list(locale, now));
        for (const slug of SLUGS) {
          assert.deepEqual(fromSnapshot.releases.find(locale, slug, now), fromTree.find(locale, slug, now), `${locale} ${slug}`);
        }
      }
      for (const slug of SLUGS) assert.deepEqual(fromSnapshot.releases.localesOf(slug, now), fromTree.localesOf(slug, now), slug);
    }
  });

  test('makes a scheduled release public at its time, and never a draft', async () => {
    const releases = fromSnapshot.releases;
    assert.equal(releases.find('en', 'scheduled', NOW), undefined);
    assert.equal(releases.find('en', 'scheduled', LATER)?.title, 'Test: a scheduled drill');
    assert.deepEqual(releases.list('zh-TW', NOW).map((v) => v.slug), ['both', 'half-draft', 'chinese-only']);
    assert.deepEqual(releases.list('zh-TW', LATER).map((v) => v.slug), ['scheduled', 'both', 'half-draft', 'chinese-only']);
    assert.equal(releases.find('zh-TW', 'draft-only', LATER), undefined);
    assert.deepEqual(releases.localesOf('half-draft', LATER), ['zh-TW']);
  });

  test('keeps dates as Dates and every field as parsed', async () => {
    const version = fromSnapshot.releases.find('zh-TW', 'both', NOW)!;
    assert.ok(version.date.instant instanceof Date);
    assert.equal(version.date.instant.getTime(), fromTree.find('zh-TW', 'both', NOW)!.date.instant.getTime());
    assert.deepEqual(version.tags, ['資安', '國際合作']);
    assert.deepEqual(version.images, [{ src: '/icon.svg', alt: '' }]);
    // A local image keeps the size and version read from its file.
    assert.deepEqual(fromSnapshot.releases.find('en', 'both', NOW)!.images, [
      {
        src: 'drill.png',
        alt: 'A test picture',
        caption: 'Its caption',
        width: 1200,
        height: 900,
        local: { file: 'drill.png', version: contentVersion(pngHeader(1200, 900)), format: 'png' },
      },
    ]);
    assert.equal(version.updated?.machine, '2024-03-02');
    assert.equal(version.body.trim(), BODY_ZH);
  });

  test('renders HTML from the body when it is first read, as a version read from the tree does', async () => {
    const version = fromSnapshot.releases.find('zh-TW', 'both', NOW)!;
    assert.equal(typeof Object.getOwnPropertyDescriptor(version, 'html')?.get, 'function');
    assert.match(version.html, /<h3>小標題<\/h3>/);
    assert.match(version.html, /<span lang="en">Audrey Tang<\/span>/);
    assert.equal(version.html, fromTree.find('zh-TW', 'both', NOW)!.html);
  });

  test('finds what the search index built from the tree finds, with the same scores, totals and snippets', async () => {
    for (const locale of routing.locales) {
      const built = buildSearchIndex(fromTree, locale);
      const restored = fromSnapshot.search.get(locale)!;
      for (const query of QUERIES) {
        for (const now of [NOW, LATER]) {
          assert.deepEqual(restored.search(query, { now }), built.search(query, { now }), `${locale} "${query}"`);
        }
      }
    }
    const found = fromSnapshot.search.get('zh-TW')!.search('資安演練', { now: LATER });
    assert.deepEqual(found.hits.map((hit) => hit.release.slug).sort(), ['both', 'half-draft', 'scheduled']);
    // A hit is the release index's own version, not a copy of it.
    assert.equal(found.hits.find((hit) => hit.release.slug === 'both')?.release, fromSnapshot.releases.find('zh-TW', 'both', NOW));
  });

  test('holds what the search index built from the tree holds: text, folded text, postings', async () => {
    for (const locale of routing.locales) {
      assert.deepEqual(fromSnapshot.search.get(locale)!.contents(), buildSearchIndex(fromTree, locale).contents(), locale);
    }
  });

  test('a long posting list keeps its order of relevance', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 1100; i++) files[`r-${i}/en.md`] = releaseFile({ title: `Common ${i}`, date: '2024-01-01' }, `common word ${'x '.repeat(i % 7)}`);
    const bigRoot = kept(makeContentTree(files));
    const fromBig = new ReleaseIndex(releasesOf(bigRoot));
    const restored = (await loaded(snapshotOf(bigRoot), bigRoot)).search.get('en')!;
    const built = buildSearchIndex(fromBig, 'en');
    assert.ok(built.contents().words.get('common')?.byRelevance, 'a list this long has an order of relevance');
    assert.deepEqual(restored.contents().words, built.contents().words);
    for (const offset of [0, 500, 1090]) {
      assert.deepEqual(restored.search('common', { now: NOW, offset }), built.search('common', { now: NOW, offset }));
    }
  });
});

describe('a content snapshot that does not apply', () => {
  test('one built from another content root is ignored', async () => {
    const root = tree();
    const other = tree();
    const outcome = await loadContentSnapshot(snapshotOf(root), other);
    assert.equal(outcome.loaded, false);
    assert.match(outcome.loaded ? '' : outcome.reason, new RegExp(`was built from ${root}, not ${other}`));
  });

  test('one of another build is ignored', async () => {
    const root = tree();
    const distDir = buildFolder();
    const location = snapshotOf(root, distDir);
    writeFileSync(join(distDir, 'BUILD_ID'), 'build-2');
    const outcome = await loadContentSnapshot(location, root);
    assert.equal(outcome.loaded, false);
    assert.match(outcome.loaded ? '' : outcome.reason, /belongs to build build-1, not to build-2/);
  });

  test('a missing one, or one that is not a snapshot, is reported, not thrown', async () => {
    const root = tree();
    const location = snapshotLocation(buildFolder());
    const missing = await loadContentSnapshot(location, root);
    assert.match(missing.loaded ? '' : missing.reason, /there is none at/);
    mkdirSync(dirname(location.file), { recursive: true });
    writeFileSync(location.file, 'not a snapshot');
    const garbage = await loadContentSnapshot(location, root);
    assert.match(garbage.loaded ? '' : garbage.reason, /could not be read/);
  });

  test('a cut-short one is reported, not thrown', async () => {
    const root = tree();
    const location = snapshotOf(root);
    const bytes = readFileSync(location.file);
    writeFileSync(location.file, bytes.subarray(0, bytes.length - 100));
    const outcome = await loadContentSnapshot(location, root);
    assert.match(outcome.loaded ? '' : outcome.reason, /could not be read/);
  });
});

describe('warming a server', () => {
  test('loads the snapshot when it applies, and says so', async () => {
    const root = tree();
    const location = snapshotOf(root);
    // Edited after the build: a server serves its build's content, as its prerendered pages do.
    writeFileSync(join(root, 'press-releases', 'both', 'en.md'), releaseFile({ title: 'Edited after the build' }));
    process.env.CONTENT_DIR = root;
    const log = await warmContentIndexes({ location });
    assert.match(log, /^\[content\] \d+ zh-TW, \d+ en public releases loaded from the snapshot .*content\.snapshot \(built .*\) in \d+ ms$/);
    assert.ok(contentIsReady());
    assert.equal(getReleaseIndex().find('en', 'both', NOW)?.title, 'Test: cybersecurity drill results');
    assert.equal(getSearchIndex('en').search('edited', { now: NOW }).total, 0);
  });

  test('reads the tree when the snapshot is of another content root, and says why', async () => {
    const root = tree();
    const other = tree();
    writeFileSync(join(other, 'press-releases', 'both', 'en.md'), releaseFile({ title: 'Only in the other tree', date: '2024-03-01' }));
    process.env.CONTENT_DIR = other;
    const log = await warmContentIndexes({ location: snapshotOf(root) });
    assert.match(log, new RegExp(`read and indexed from the content tree ${other} \\(no snapshot: .* was built from ${root}, not ${other}\\)`));
    assert.ok(contentIsReady());
    assert.equal(getReleaseIndex().find('en', 'both', NOW)?.title, 'Only in the other tree');
    assert.equal(getSearchIndex('en').search('other tree', { now: NOW }).total, 1);
  });

  test('reads the tree when there is no snapshot, and says so', async () => {
    const root = tree();
    const location = snapshotLocation(buildFolder());
    rmSync(dirname(location.file), { recursive: true, force: true });
    process.env.CONTENT_DIR = root;
    const log = await warmContentIndexes({ location });
    assert.match(log, /read and indexed from the content tree .* \(no snapshot: there is none at .*content\.snapshot\)/);
    assert.equal(getReleaseIndex().list('zh-TW', NOW).length, 3);
    assert.equal(getSearchIndex('zh-TW').search('資安', { now: NOW }).total, 3);
  });

  test('reads the tree when told not to use a snapshot', async () => {
    process.env.CONTENT_DIR = tree();
    const log = await warmContentIndexes({ location: null, reason: 'a development server reads the tree' });
    assert.match(log, /read and indexed from the content tree .* \(no snapshot: a development server reads the tree\)/);
  });
});
