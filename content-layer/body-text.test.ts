import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { serialize } from 'node:v8';
import { bodyText, saveBodyTextCache, useBodyTextCache } from './body-text';

const folder = mkdtempSync(join(tmpdir(), 'body-text-test-'));
after(() => rmSync(folder, { recursive: true, force: true }));

test('a body is rendered to the text readers see, markup and entities gone', () => {
  assert.equal(bodyText('# 標題\n\n數位部 **今天** 宣布 [連結](https://example.org) &amp; more'), '標題 數位部 今天 宣布 連結 & more');
});

test('a build of the same code reuses the texts of unchanged bodies, and renders the others', () => {
  const file = join(folder, 'same-build.v8');
  assert.equal(useBodyTextCache(file, 'build-a'), 0, 'nothing to reuse the first time');
  bodyText('first *body*');
  bodyText('second body');
  assert.deepEqual(saveBodyTextCache(file, 'build-a'), { texts: 2, reused: 0 });

  assert.equal(useBodyTextCache(file, 'build-a'), 2);
  assert.equal(bodyText('first *body*'), 'first body');
  assert.equal(bodyText('a new body'), 'a new body');
  // Only the texts of this build are kept: the one no longer used is gone.
  assert.deepEqual(saveBodyTextCache(file, 'build-a'), { texts: 2, reused: 1 });
  assert.equal(useBodyTextCache(file, 'build-a'), 2);
});

test('a reused text is the stored one: what the cache holds is what the index gets', () => {
  const file = join(folder, 'stored.v8');
  const key = (body: string) => createHash('sha1').update(body).digest('base64');
  writeFileSync(file, serialize({ buildId: 'build-b', texts: new Map([[key('**bold**'), 'as stored']]) }));
  assert.equal(useBodyTextCache(file, 'build-b'), 1);
  assert.equal(bodyText('**bold**'), 'as stored');
});

test('another build id, or a file that cannot be read, and every body is rendered afresh', () => {
  const file = join(folder, 'other-build.v8');
  useBodyTextCache(file, 'build-c');
  bodyText('one body');
  saveBodyTextCache(file, 'build-c');
  assert.equal(useBodyTextCache(file, 'build-d'), 0, 'another compile may render differently');

  writeFileSync(file, 'not a cache');
  assert.equal(useBodyTextCache(file, 'build-c'), 0);
  assert.equal(bodyText('one *body*'), 'one body');
});
