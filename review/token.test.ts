import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SignJWT, UnsecuredJWT } from 'jose';
import { deriveReviewKey, reviewKey, reviewSecret } from './key';
import {
  cleanLabel,
  cleanLocales,
  MAX_LIFETIME,
  newLinkId,
  signReviewToken,
  verifyReviewToken,
  type ReviewClaims,
} from './token';

const KEY = deriveReviewKey('a secret for the tests');
const NOW = new Date('2026-12-01T08:00:00Z');
const HOUR = 3600_000;

const claims = (overrides: Partial<ReviewClaims> = {}): ReviewClaims => ({
  id: newLinkId(),
  slug: 'fixture-draft',
  locales: ['zh-TW', 'en'],
  label: '行政院新聞傳播處',
  issuedAt: NOW,
  expiresAt: new Date(NOW.getTime() + 7 * 24 * HOUR),
  revision: '0123456789abcdef',
  ...overrides,
});

/** Flips one character of a base64url string, staying in its alphabet. */
const flip = (text: string, at: number) =>
  text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** The same base64url character but for its lowest bit. */
const lowBitFlipped = (char: string) => BASE64URL[BASE64URL.indexOf(char) ^ 1]!;

test('a signed token verifies, and gives back exactly its claims', async () => {
  const made = claims();
  const verified = await verifyReviewToken(await signReviewToken(made, KEY), KEY, NOW);
  assert.equal(verified.kind, 'valid');
  assert.deepEqual(verified.kind === 'valid' && verified.claims, { ...made, issuedAt: NOW, expiresAt: made.expiresAt });
});

test('past its expiry a token is expired, with its genuine claims; a second before, valid', async () => {
  const made = claims({ expiresAt: new Date(NOW.getTime() + HOUR) });
  const token = await signReviewToken(made, KEY);
  assert.equal((await verifyReviewToken(token, KEY, new Date(NOW.getTime() + HOUR - 1000))).kind, 'valid');
  const later = await verifyReviewToken(token, KEY, new Date(NOW.getTime() + HOUR + 1000));
  assert.equal(later.kind, 'expired');
  assert.equal(later.kind === 'expired' && later.claims.expiresAt.getTime(), made.expiresAt.getTime());
});

test('a change to any part of a token makes it invalid: header, payload, signature, or a cut', async () => {
  const token = await signReviewToken(claims(), KEY);
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const changed = [
    `${flip(header, 5)}.${payload}.${signature}`,
    `${header}.${flip(payload, 10)}.${signature}`,
    `${header}.${flip(payload, payload.length - 3)}.${signature}`,
    `${header}.${payload}.${flip(signature, 0)}`,
    `${header}.${payload}.${flip(signature, signature.length - 2)}`,
    // The signature's last character carries 2 unused bits: decoders ignore them, the check must not.
    `${header}.${payload}.${signature.slice(0, -1)}${lowBitFlipped(signature.at(-1)!)}`,
    `${header}.${payload}.${signature.slice(0, -1)}`,
    `${header}.${payload}.`,
    `${header}.${payload}`,
    token.slice(0, -10),
    `${token}x`,
    '',
    'not-a-token',
    'a.b.c',
    '..',
    'x'.repeat(5000),
  ];
  for (const each of changed) {
    assert.deepEqual(await verifyReviewToken(each, KEY, NOW), { kind: 'invalid' }, each.slice(0, 60));
  }
  assert.deepEqual(await verifyReviewToken(undefined, KEY, NOW), { kind: 'invalid' });
});

test('an expiry pushed back in the payload breaks the signature: an expired link cannot be revived', async () => {
  const token = await signReviewToken(claims({ expiresAt: new Date(NOW.getTime() + HOUR) }), KEY);
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  json.exp += 30 * 24 * 3600;
  const revived = `${header}.${Buffer.from(JSON.stringify(json)).toString('base64url')}.${signature}`;
  assert.deepEqual(await verifyReviewToken(revived, KEY, new Date(NOW.getTime() + 2 * HOUR)), { kind: 'invalid' });
});

test('a token signed with another secret (the old one, after a rotation) is invalid, even when expired', async () => {
  const oldKey = deriveReviewKey('the secret before the rotation');
  const token = await signReviewToken(claims(), oldKey);
  assert.equal((await verifyReviewToken(token, oldKey, NOW)).kind, 'valid');
  assert.deepEqual(await verifyReviewToken(token, KEY, NOW), { kind: 'invalid' });
  assert.deepEqual(await verifyReviewToken(token, KEY, new Date(NOW.getTime() + 60 * 24 * HOUR)), { kind: 'invalid' });
});

test('forgeries are invalid: alg none, another algorithm, a token of another kind, claims this portal never signs', async () => {
  const payload = { sub: 'fixture-draft', jti: newLinkId(), lng: ['en'], lbl: 'x', rk: '0123456789abcdef' };
  const unsecured = new UnsecuredJWT(payload)
    .setIssuer('moda-press-portal')
    .setAudience('review-link')
    .setIssuedAt(NOW.getTime() / 1000)
    .setExpirationTime(NOW.getTime() / 1000 + 3600)
    .encode();
  assert.deepEqual(await verifyReviewToken(unsecured, KEY, NOW), { kind: 'invalid' });

  const signed = (alg: string, body: Record<string, unknown>, audience = 'review-link', lifetime = 3600) =>
    new SignJWT(body)
      .setProtectedHeader({ alg })
      .setIssuer('moda-press-portal')
      .setAudience(audience)
      .setIssuedAt(NOW.getTime() / 1000)
      .setExpirationTime(NOW.getTime() / 1000 + lifetime)
      .sign(KEY);
  // The right key, but HS512, another audience (say, a staff session's), or a lifetime past the longest.
  assert.deepEqual(await verifyReviewToken(await signed('HS512', payload), KEY, NOW), { kind: 'invalid' });
  assert.deepEqual(await verifyReviewToken(await signed('HS256', payload, 'staff-session'), KEY, NOW), { kind: 'invalid' });
  assert.deepEqual(await verifyReviewToken(await signed('HS256', payload, 'review-link', MAX_LIFETIME + 60), KEY, NOW), {
    kind: 'invalid',
  });
  assert.equal((await verifyReviewToken(await signed('HS256', payload), KEY, NOW)).kind, 'valid');
  // Claims of the wrong shape, even correctly signed, are refused.
  for (const bad of [
    { ...payload, sub: '../etc' },
    { ...payload, sub: undefined },
    { ...payload, jti: 'short' },
    { ...payload, lng: [] },
    { ...payload, lng: ['fr'] },
    { ...payload, lng: ['en', 'en'] },
    { ...payload, lng: 'en' },
    { ...payload, lbl: '' },
    { ...payload, lbl: 'two\nlines' },
    { ...payload, lbl: 'x'.repeat(200) },
    { ...payload, rk: 'nothex' },
  ]) {
    assert.deepEqual(await verifyReviewToken(await signed('HS256', bad), KEY, NOW), { kind: 'invalid' }, JSON.stringify(bad));
  }
});

test('the key is derived from REVIEW_SECRET, else PREVIEW_SECRET, and is never the secret nor another label', () => {
  assert.equal(reviewSecret({ REVIEW_SECRET: 'r', PREVIEW_SECRET: 'p' }), 'r');
  assert.equal(reviewSecret({ PREVIEW_SECRET: 'p' }), 'p');
  assert.equal(reviewSecret({}), undefined);
  assert.equal(reviewKey({}), undefined);
  const key = reviewKey({ PREVIEW_SECRET: 'p' });
  assert.deepEqual(key, deriveReviewKey('p'));
  assert.equal(key?.length, 32);
  assert.notDeepEqual(Buffer.from(key!), Buffer.from('p'.padEnd(32, '\0')));
  assert.notDeepEqual(deriveReviewKey('p'), deriveReviewKey('q'));
});

test('labels and languages are cleaned before they go into a token', () => {
  assert.equal(cleanLabel('  行政院新聞傳播處 \n'), '行政院新聞傳播處');
  assert.equal(cleanLabel('a\u202eb'), 'a b');
  assert.equal(cleanLabel('   '), undefined);
  assert.equal(cleanLabel('字'.repeat(80)), '字'.repeat(80));
  assert.equal(cleanLabel('字'.repeat(81)), undefined);
  assert.deepEqual(cleanLocales(['en', 'zh-TW']), ['zh-TW', 'en']);
  assert.equal(cleanLocales([]), undefined);
  assert.equal(cleanLocales(['en', 'fr']), undefined);
  assert.equal(cleanLocales(['en', 'en']), undefined);
});
