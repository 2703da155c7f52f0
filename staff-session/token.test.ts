import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SignJWT } from 'jose';
import { sessionKey } from './key';
import { DEFAULT_SESSION_HOURS, sessionLifetimeSeconds } from './settings';
import { issueSessionToken, sessionTokenIsValid } from './token';

const SECRET = 'a-long-random-preview-secret';
const START = new Date('2026-03-02T09:00:00+08:00');
const hoursLater = (hours: number) => new Date(START.getTime() + hours * 3600_000);

test('a session is valid under the secret it was opened with, until it expires', async () => {
  const token = await issueSessionToken(SECRET, 8 * 3600, START);
  assert.equal(await sessionTokenIsValid(token, SECRET, START), true);
  assert.equal(await sessionTokenIsValid(token, SECRET, hoursLater(7.99)), true);
  assert.equal(await sessionTokenIsValid(token, SECRET, hoursLater(8)), false);
  assert.equal(await sessionTokenIsValid(token, SECRET, hoursLater(30)), false);
});

test('a session opened with one secret is refused once the secret changes, or preview is switched off', async () => {
  const token = await issueSessionToken(SECRET, 8 * 3600, START);
  assert.equal(await sessionTokenIsValid(token, 'the-new-secret', START), false);
  assert.equal(await sessionTokenIsValid(token, undefined, START), false);
  assert.equal(await sessionTokenIsValid(token, '', START), false);
});

test('forged, tampered, unsigned and foreign tokens are refused', async () => {
  const token = await issueSessionToken(SECRET, 8 * 3600, START);
  const [header, payload, signature] = token.split('.');
  const longer = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), exp: 4102444800 }))
    .toString('base64url');
  const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`;
  // Signed with the secret itself rather than the derived key: not a session of this site.
  const rawKey = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setAudience('moda-press-portal/staff-preview')
    .setIssuedAt().setExpirationTime('8h').setJti('x').sign(new TextEncoder().encode(SECRET));
  // The right key, but for something else (no audience).
  const foreign = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime('8h').setJti('x')
    .sign(sessionKey(SECRET));
  for (const bad of [`${header}.${longer}.${signature}`, unsigned, rawKey, foreign, 'garbage', '', `${token}x`]) {
    assert.equal(await sessionTokenIsValid(bad, SECRET, new Date()), false, bad);
  }
  assert.equal(await sessionTokenIsValid(undefined, SECRET, START), false);
});

test('the key is derived from the secret, never the secret itself', () => {
  const key = sessionKey(SECRET);
  assert.equal(key.length, 32);
  assert.notDeepEqual(Buffer.from(key), Buffer.from(SECRET).subarray(0, 32));
  assert.notDeepEqual(key, sessionKey(`${SECRET}x`));
});

test('a session lasts a working day unless PREVIEW_SESSION_HOURS says otherwise, within a week', () => {
  assert.equal(DEFAULT_SESSION_HOURS, 8);
  assert.equal(sessionLifetimeSeconds({}), 8 * 3600);
  assert.equal(sessionLifetimeSeconds({ PREVIEW_SESSION_HOURS: '2' }), 2 * 3600);
  assert.equal(sessionLifetimeSeconds({ PREVIEW_SESSION_HOURS: '0.5' }), 1800);
  for (const bad of ['0', '-1', 'abc', '1000', '']) assert.equal(sessionLifetimeSeconds({ PREVIEW_SESSION_HOURS: bad }), 8 * 3600, bad);
});
