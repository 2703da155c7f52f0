import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { SignJWT, UnsecuredJWT } from 'jose';
import { deriveReviewKey } from '../review/key';
import { PRIVATE_TITLES, SERVER_REVIEW_KEY, signedToken } from './support/review';

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const b64 = (text: string) => Buffer.from(text).toString('base64url');

/** At least 500 paths under /review/ that must open nothing: changed, cut, forged, or not tokens at all. */
async function hostilePaths(): Promise<string[]> {
  const valid = await signedToken({ slug: 'fixture-draft' });
  const tokens: string[] = [];
  // Every character changed in turn, to another of the alphabet (~230).
  for (let at = 0; at < valid.length; at += 1) {
    if (valid[at] === '.') continue;
    const other = BASE64URL[(BASE64URL.indexOf(valid[at]!) + 1 + (at % 63)) % 64]!;
    tokens.push(valid.slice(0, at) + other + valid.slice(at + 1));
  }
  // Cut at 40 places, and grown by a character.
  for (let cut = 1; cut <= 40; cut += 1) tokens.push(valid.slice(0, Math.floor((valid.length * cut) / 41)));
  tokens.push(`${valid}A`, `${valid}.`, `.${valid}`, valid.replace(/\./g, '..'), valid.split('.').reverse().join('.'));
  // Parts swapped with another genuine token's: the signature is over the header and payload it came with.
  const other = await signedToken({ slug: 'fixture-scheduled' });
  const [h1, p1, s1] = valid.split('.');
  const [, p2, s2] = other.split('.');
  tokens.push(`${h1}.${p2}.${s1}`, `${h1}.${p1}.${s2}`);
  // Signed with guessed secrets (60), with no signature (alg none), with another algorithm, for another audience.
  for (let guess = 0; guess < 60; guess += 1) {
    tokens.push(await signedToken({ slug: guess % 2 ? 'fixture-draft' : 'fixture-scheduled' }, deriveReviewKey(`guess-${guess}`)));
  }
  const claims = { sub: 'fixture-draft', jti: 'A'.repeat(22), lng: ['zh-TW'], lbl: 'x', rk: '0'.repeat(16) };
  const now = Math.floor(Date.now() / 1000);
  tokens.push(
    new UnsecuredJWT(claims).setIssuer('moda-press-portal').setAudience('review-link').setIssuedAt(now).setExpirationTime(now + 60).encode(),
    `${b64('{"alg":"none","typ":"JWT"}')}.${p1}.`,
    `${b64('{"alg":"none"}')}.${p1}.${s1}`,
    `${b64('{"alg":"HS512"}')}.${p1}.${s1}`,
    `${b64('{"alg":"RS256"}')}.${p1}.${s1}`,
    await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setAudience('staff-session').setIssuer('moda-press-portal').setIssuedAt(now).setExpirationTime(now + 60).sign(SERVER_REVIEW_KEY),
    await new SignJWT(claims).setProtectedHeader({ alg: 'HS512' }).setAudience('review-link').setIssuer('moda-press-portal').setIssuedAt(now).setExpirationTime(now + 60).sign(SERVER_REVIEW_KEY),
  );
  // Random tokens of the right shape (100), and random bytes.
  for (let n = 0; n < 100; n += 1) {
    tokens.push([randomBytes(20 + n), randomBytes(40 + n), randomBytes(32)].map((part) => part.toString('base64url')).join('.'));
  }
  // Not tokens at all: JSON, traversal, encoded separators, control characters, the huge.
  const garbage = [
    '...', 'null', 'undefined', '{}', '[]', '{"sub":"fixture-draft"}', b64('{"sub":"fixture-draft"}'),
    '../press/fixture-draft', '..%2Fpress%2Ffixture-draft', '%2e%2e%2fpreview', '%00', '%0d%0aSet-Cookie:%20x=1',
    'fixture-draft', 'fixture-scheduled', '<script>alert(1)</script>', "' OR 1=1 --", '%E6%B8%AC', '%ZZ', '%',
    'a'.repeat(3000), `${'a'.repeat(100)}.${'b'.repeat(3000)}.${'c'.repeat(43)}`, '\u202e', 'eyJ', 'eyJhbGciOiJIUzI1NiJ9',
  ];
  const paths = tokens.map((token) => `/review/${token}`);
  for (const each of garbage) paths.push(`/review/${each.startsWith('%') || each.includes('%') ? each : encodeURIComponent(each)}`);
  // Under English too, with extra segments, and as the internal pages' addresses.
  for (const token of tokens.slice(0, 40)) paths.push(`/en/review/${token}`, `/review/${token}/side-by-side`);
  paths.push(`/review/${valid}/expired`, `/review/${valid}/revoked`, `/review/${valid}/x`, `/en/review/${valid}/side-by-side/x`);
  return paths;
}

test('at least 500 malformed or forged review links: no 5xx, nothing private, the same neutral page', async ({ request }) => {
  test.setTimeout(240_000);
  const paths = await hostilePaths();
  expect(paths.length).toBeGreaterThanOrEqual(500);
  const statuses = new Map<number, number>();
  let invalidPage: string | undefined;
  // A few at a time: the server is shared with other tests, and each answer is checked whole.
  for (let start = 0; start < paths.length; start += 8) {
    await Promise.all(
      paths.slice(start, start + 8).map(async (path) => {
        const response = await request.get(path, { maxRedirects: 0 });
        const status = response.status();
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        expect(status, path).toBe(404);
        const body = await response.text();
        for (const title of PRIVATE_TITLES) expect(body, `${path} shows ${title}`).not.toContain(title);
        expect(response.headers()['set-cookie'], path).toBeUndefined();
        if (/^\/review\/[^/]+$/.test(path) && /^[\w.-]+$/.test(path.slice(8))) {
          expect(response.headers()['cache-control'], path).toBe('private, no-store');
          // The neutral page, whatever the cause: its main text never varies with the token.
          const main = /<main[\s\S]*<\/main>/.exec(body)?.[0];
          expect(main, path).toBeDefined();
          invalidPage ??= main;
          expect(main, path).toBe(invalidPage);
        }
      }),
    );
  }
  expect([...statuses.keys()]).toEqual([404]);
});
