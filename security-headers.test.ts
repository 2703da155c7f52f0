/**
 * The security headers' rule in next.config.ts, matched as Next matches a
 * `headers()` source (server/lib/router-utils/filesystem.js): it must take
 * every path, and capture no parameter, or Next would compile the policy's
 * value afresh on every request.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { EVERY_PATH } from './security-headers';

const matchEveryPath = getPathMatch(EVERY_PATH, { strict: true, removeUnnamedParams: true });

test('the rule takes every path, pages, assets and files alike, and captures nothing', () => {
  for (const path of ['/', '/en', '/press/5763', '/en/press/5763.html', '/_next/static/chunks/a.js', '/api/v1/releases', '/healthz', '/media/5763/a/640/b.jpg', '/open-data/press-releases.en.csv', '/%E4%B8%AD']) {
    assert.deepEqual(matchEveryPath(path), {}, path);
  }
});
