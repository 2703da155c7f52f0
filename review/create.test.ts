import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadContentTree } from '@/content-layer/load';
import { ReleaseIndex } from '@/content-layer/releases';
import { makeContentTree, releaseFile } from '@/content-layer/test-tree';
import { claimsFromForm } from './create';
import { revisionOf } from './revision';
import { DEFAULT_LIFETIME } from './token';

const NOW = new Date('2026-12-01T08:00:00.750Z');
const index = new ReleaseIndex(
  loadContentTree(
    makeContentTree({
      'draft/zh-TW.md': releaseFile({ draft: true }),
      'draft/en.md': releaseFile({ draft: true }),
      'public/zh-TW.md': releaseFile(),
      'half/zh-TW.md': releaseFile(),
      'half/en.md': releaseFile({ draft: true }),
    }),
  ).releases,
  'staff',
);

const form = (fields: Record<string, string | readonly string[]>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const each of [value].flat()) data.append(name, each);
  return data;
};
const valid = { slug: 'draft', locale: ['zh-TW', 'en'], lifetime: String(DEFAULT_LIFETIME), label: ' 行政院新聞傳播處 ', ui: 'en' };
const make = (fields: Record<string, string | readonly string[]>) => claimsFromForm(form(fields), index, () => 'key-1', NOW);

test("the staff form becomes a link's claims: whole seconds, the lifetime chosen, the label cleaned, the release's key", () => {
  const made = make(valid);
  assert.ok('claims' in made);
  assert.equal(made.ui, 'en');
  assert.equal(made.claims.slug, 'draft');
  assert.deepEqual(made.claims.locales, ['zh-TW', 'en']);
  assert.equal(made.claims.label, '行政院新聞傳播處');
  assert.equal(made.claims.issuedAt.toISOString(), '2026-12-01T08:00:00.000Z');
  assert.equal(made.claims.expiresAt.getTime() - made.claims.issuedAt.getTime(), DEFAULT_LIFETIME * 1000);
  assert.equal(made.claims.revision, revisionOf('key-1'));
  assert.match(made.claims.id, /^[\w-]{22}$/);
  assert.notEqual((make(valid) as { claims: { id: string } }).claims.id, made.claims.id);
  // The half-public release: its English draft may be sent.
  assert.ok('claims' in make({ ...valid, slug: 'half', locale: 'en' }));
});

test('a form that does not describe a link staff may send is refused', () => {
  for (const [fields, status] of [
    [{ slug: 'nothing' }, 404],
    [{ slug: 'public', locale: 'zh-TW' }, 400],
    [{ slug: 'half', locale: 'zh-TW' }, 400],
    [{ slug: 'public', locale: 'en' }, 400],
    [{ locale: [] }, 400],
    [{ locale: ['en', 'en'] }, 400],
    [{ locale: 'fr' }, 400],
    [{ lifetime: '3599' }, 400],
    [{ lifetime: String(30 * 86400 + 1) }, 400],
    [{ lifetime: '3600.5' }, 400],
    [{ lifetime: 'week' }, 400],
    [{ label: '' }, 400],
    [{ label: 'x'.repeat(81) }, 400],
  ] as const) {
    const made = make({ ...valid, ...fields });
    assert.ok('error' in made, JSON.stringify(fields));
    assert.equal(made.status, status, JSON.stringify(fields));
  }
});
