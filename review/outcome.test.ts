import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadContentTree } from '@/content-layer/load';
import { ReleaseIndex } from '@/content-layer/releases';
import { makeContentTree, releaseFile } from '@/content-layer/test-tree';
import { auditLine } from './audit';
import { deriveReviewKey } from './key';
import { resolveReviewLink, type ReviewContext } from './outcome';
import { readReviewKey, revisionOf } from './revision';
import { newLinkId, signReviewToken, type ReviewClaims } from './token';

const NOW = new Date('2026-12-01T08:00:00Z');
const HOUR = 3600_000;
const KEY = deriveReviewKey('a secret for the tests');

const root = makeContentTree({
  'draft/zh-TW.md': releaseFile({ title: '草稿', draft: true }),
  'draft/en.md': releaseFile({ title: 'Draft', draft: true }),
  'other-draft/zh-TW.md': releaseFile({ title: '另一份草稿', draft: true }),
  'scheduled/en.md': releaseFile({ date: '2099-01-01' }),
  'half/zh-TW.md': releaseFile({ date: '2024-01-01' }),
  'half/en.md': releaseFile({ draft: true }),
  'public/zh-TW.md': releaseFile({ date: '2024-01-01' }),
});

const context = (overrides: Partial<ReviewContext> = {}): ReviewContext => ({
  key: KEY,
  staffIndex: () => new ReleaseIndex(loadContentTree(root).releases, 'staff'),
  reviewKeyOf: (slug) => readReviewKey(root, slug),
  now: NOW,
  ...overrides,
});

const link = (overrides: Partial<ReviewClaims> = {}, key = KEY) => {
  const slug = overrides.slug ?? 'draft';
  return signReviewToken(
    {
      id: newLinkId(),
      slug,
      locales: ['zh-TW', 'en'],
      label: 'Executive Yuan',
      issuedAt: NOW,
      expiresAt: new Date(NOW.getTime() + 24 * HOUR),
      revision: revisionOf(readReviewKey(root, slug)),
      ...overrides,
    },
    key,
  );
};

test('a valid link shows its release in the languages it opens, and only those', async () => {
  const both = await resolveReviewLink(await link(), context());
  assert.equal(both.kind, 'show');
  assert.deepEqual(both.kind === 'show' && both.versions.map((v) => `${v.slug} ${v.locale}`), ['draft zh-TW', 'draft en']);
  const english = await resolveReviewLink(await link({ locales: ['en'] }), context());
  assert.deepEqual(english.kind === 'show' && english.versions.map((v) => v.locale), ['en']);
  const scheduled = await resolveReviewLink(await link({ slug: 'scheduled' }), context());
  assert.deepEqual(scheduled.kind === 'show' && scheduled.versions.map((v) => v.locale), ['en']);
});

test('a link for one release opens no other: a changed slug breaks the signature, another release is never read', async () => {
  const token = await link({ slug: 'draft' });
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  const swapped = `${header}.${Buffer.from(JSON.stringify({ ...json, sub: 'other-draft' })).toString('base64url')}.${signature}`;
  assert.deepEqual(await resolveReviewLink(swapped, context()), { kind: 'invalid' });
  // A link for a release that does not exist (deleted since), or for a language it has not: nothing to show.
  assert.deepEqual(await resolveReviewLink(await link({ slug: 'gone' }), context()), { kind: 'invalid' });
  assert.deepEqual(await resolveReviewLink(await link({ slug: 'other-draft', locales: ['en'] }), context()), { kind: 'invalid' });
});

test('expired: 410 material, with when; published since: the public page, even after expiry', async () => {
  const later = new Date(NOW.getTime() + 25 * HOUR);
  const expired = await resolveReviewLink(await link(), context({ now: later }));
  assert.equal(expired.kind, 'expired');
  assert.equal(expired.kind === 'expired' && expired.claims.expiresAt.getTime(), NOW.getTime() + 24 * HOUR);
  const published = await resolveReviewLink(await link({ slug: 'public', locales: ['zh-TW'] }), context({ now: later }));
  assert.deepEqual(published.kind === 'published' && published.location, '/press/public');
  // Half public: the English draft is still to review, so the link still shows both.
  const half = await resolveReviewLink(await link({ slug: 'half' }), context());
  assert.deepEqual(half.kind === 'show' && half.versions.map((v) => v.locale), ['zh-TW', 'en']);
  const halfChinese = await resolveReviewLink(await link({ slug: 'half', locales: ['zh-TW'] }), context());
  assert.deepEqual(halfChinese.kind === 'published' && halfChinese.location, '/press/half');
});

test('a new review key revokes the links made before it, and only that release’s', async () => {
  const before = await link({ slug: 'draft' });
  const otherBefore = await link({ slug: 'other-draft', locales: ['zh-TW'] });
  writeFileSync(join(root, 'press-releases', 'draft', 'review-key'), 'b6c1f0e2a9\n');
  const revoked = await resolveReviewLink(before, context());
  assert.equal(revoked.kind, 'revoked');
  assert.equal((await resolveReviewLink(otherBefore, context())).kind, 'show');
  // A link made with the new key works; changing the key again ends it too.
  const after = await link({ slug: 'draft' });
  assert.equal((await resolveReviewLink(after, context())).kind, 'show');
  writeFileSync(join(root, 'press-releases', 'draft', 'review-key'), 'another\n');
  assert.equal((await resolveReviewLink(after, context())).kind, 'revoked');
});

test('a rotated secret ends every link of every release; no secret: no link works', async () => {
  const token = await link({ slug: 'other-draft', locales: ['zh-TW'] });
  assert.equal((await resolveReviewLink(token, context())).kind, 'show');
  assert.deepEqual(await resolveReviewLink(token, context({ key: deriveReviewKey('the new secret') })), { kind: 'invalid' });
  assert.deepEqual(await resolveReviewLink(token, context({ key: undefined })), { kind: 'invalid' });
});

test('an invalid token never reads the content', async () => {
  let reads = 0;
  const counting = context({ staffIndex: () => { reads += 1; return context().staffIndex(); } });
  for (const token of ['x', 'a.b.c', `${await link()}x`]) await resolveReviewLink(token, counting);
  assert.equal(reads, 0);
});

test('an audit line is one JSON line with time, id, slug, label and outcome; an invalid link logs no claims', async () => {
  const claims: ReviewClaims = {
    id: newLinkId(),
    slug: 'draft',
    locales: ['en'],
    label: 'Line\nbreak "quoted"',
    issuedAt: NOW,
    expiresAt: new Date(NOW.getTime() + HOUR),
    revision: revisionOf(''),
  };
  const line = auditLine('shown', claims, NOW);
  assert.doesNotMatch(line, /\n/);
  assert.deepEqual(JSON.parse(line), {
    log: 'review-link',
    time: NOW.toISOString(),
    outcome: 'shown',
    id: claims.id,
    slug: 'draft',
    label: claims.label,
    locales: ['en'],
    expires: new Date(NOW.getTime() + HOUR).toISOString(),
  });
  assert.deepEqual(JSON.parse(auditLine('invalid', undefined, NOW)), { log: 'review-link', time: NOW.toISOString(), outcome: 'invalid' });
});
