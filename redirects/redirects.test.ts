import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContentTree } from '@/content-layer/load';
import { makeContentTree, releaseFile } from '@/content-layer/test-tree';
import type { Locale } from '@/i18n/routing';
import { releaseRedirects } from './generate';
import { resolveOldAddress, wordsOf } from './resolve';
import { parseRedirectFile, REDIRECTS_FILE } from './table';
import { updateRedirectFile } from './update';

const PUBLIC = new Set(['zh-TW:5763', 'en:5763', 'zh-TW:digital-id']);
const isPublicRelease = (locale: Locale, slug: string) => PUBLIC.has(`${locale}:${slug}`);
const table = new Map([['/en/press/press-releases/1.html', '/en/press/digital-id']]);
const resolve = (locale: Locale, path: string) =>
  resolveOldAddress(table, { locale, path, searchParams: new URLSearchParams() }, isPublicRelease);

test('a path with a dot that clearly names a public release is a redirect to it, in its language', () => {
  assert.deepEqual(resolve('en', '/press/5763.html'), { kind: 'moved', location: '/en/press/5763' });
  assert.deepEqual(resolve('zh-TW', '/press/5763.htm'), { kind: 'moved', location: '/press/5763' });
  assert.deepEqual(resolve('zh-TW', '/press/press-releases/digital-id.html'), { kind: 'moved', location: '/press/digital-id' });
  assert.deepEqual(resolve('en', '/press/press-releases/1.html'), { kind: 'moved', location: '/en/press/digital-id' });
});

test('any other path with a dot is a 404 in its language; old-style pages offer a search for their words', () => {
  assert.deepEqual(resolve('en', '/press/digital-id.html'), { kind: 'not-found', search: 'digital id' });
  assert.deepEqual(resolve('zh-TW', '/press/x.y'), { kind: 'not-found', search: '' });
  assert.deepEqual(resolve('en', '/press/zzz.zz'), { kind: 'not-found', search: '' });
  assert.deepEqual(resolve('zh-TW', '/package.json'), { kind: 'not-found', search: '' });
  assert.deepEqual(resolve('en', '/search-results/q=x.y&page=999'), { kind: 'not-found', search: '' });
  assert.deepEqual(resolve('zh-TW', '/press/5763.html/extra'), null);
});

test('paths without a dot and not in the table are left to the page lookup', () => {
  assert.equal(resolve('zh-TW', '/press/5763'), null);
  assert.equal(resolve('en', '/'), null);
  assert.equal(resolve('zh-TW', '/press/press-releases'), null);
});

test('the words of an address: separators become spaces, "index" and the extension go, at most 80 characters', () => {
  assert.equal(wordsOf('digital-resilience_plan.html'), 'digital resilience plan');
  assert.equal(wordsOf('index.html'), '');
  assert.equal(wordsOf(`${'a'.repeat(200)}.html`).length, 80);
});

test("the importer's part: each version's source, or a ministry number's usual address; drafts and foreign sources left out", () => {
  const root = makeContentTree({
    '5763/zh-TW.md': releaseFile(),
    '5763/en.md': releaseFile(),
    'digital-id/zh-TW.md': releaseFile({ source: 'https://moda.gov.tw/press/press-releases/1.html' }),
    'digital-id/en.md': releaseFile({ source: 'https://moda.gov.tw/press/press-releases/1.html' }),
    'renamed/zh-TW.md': releaseFile({ source: 'https://moda.gov.tw/press/press-releases/2.html' }),
    'other/zh-TW.md': releaseFile({ source: 'https://moda.gov.tw/about/index.html' }),
    '77/zh-TW.md': releaseFile({ draft: true }),
    'staff-written/zh-TW.md': releaseFile(),
  });
  const { releases, problems } = releaseRedirects(loadContentTree(root).releases);
  assert.deepEqual(releases, {
    '/press/press-releases/5763.html': '/press/5763',
    '/en/press/press-releases/5763.html': '/en/press/5763',
    '/press/press-releases/1.html': '/press/digital-id',
    '/press/press-releases/2.html': '/press/renamed',
  });
  assert.equal(problems.length, 2);
  assert.match(problems.join('\n'), /digital-id.en\.md: source .* is the zh-TW address/);
  assert.match(problems.join('\n'), /about\/index\.html is no release address/);
});

test('updating the file keeps the hand-kept pages, rewrites the releases, and a second run changes nothing', () => {
  const root = makeContentTree({ '5763/zh-TW.md': releaseFile() });
  const first = updateRedirectFile(root);
  assert.equal(first.changed, true);
  const path = join(root, REDIRECTS_FILE);
  const file = JSON.parse(readFileSync(path, 'utf8')) as { pages: Record<string, string>; releases: Record<string, string> };
  assert.equal(file.pages['/press/press-releases/372.html'], '/press');
  file.pages['/about/ministry.html'] = '/site-map';
  file.releases['/press/press-releases/1.html'] = '/press/gone';
  writeFileSync(path, JSON.stringify(file));
  assert.equal(updateRedirectFile(root).changed, true);
  const updated = JSON.parse(readFileSync(path, 'utf8')) as typeof file;
  assert.equal(updated.pages['/about/ministry.html'], '/site-map');
  assert.deepEqual(updated.releases, { '/press/press-releases/5763.html': '/press/5763' });
  assert.equal(updateRedirectFile(root).changed, false);
});

test('a redirects file that cannot be read is refused with every problem, and never overwritten', () => {
  const broken = parseRedirectFile('{');
  assert.ok('problems' in broken && /^not JSON/.test(broken.problems[0]!));
  const bad = parseRedirectFile(JSON.stringify({ pages: { 'no-slash': '/', '/a/../b.html': '/' }, releases: {}, extra: 1 }));
  assert.ok('problems' in bad && bad.problems.length >= 3, JSON.stringify(bad));
  const twice = parseRedirectFile(JSON.stringify({ pages: { '/a.html': '/' }, releases: { '/a.html': '/press/a' } }));
  assert.ok('problems' in twice && /also in releases/.test(twice.problems[0]!));
  const root = makeContentTree({ '5763/zh-TW.md': releaseFile() });
  writeFileSync(join(root, REDIRECTS_FILE), '{ "pages": ');
  const update = updateRedirectFile(root);
  assert.equal(update.changed, false);
  assert.equal(readFileSync(join(root, REDIRECTS_FILE), 'utf8'), '{ "pages": ');
});
