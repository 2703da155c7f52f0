import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import {
  activateRelease,
  currentRelease,
  KEEP_RELEASES,
  listReleases,
  pruneReleases,
  syncStaticFiles,
} from './releases';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'press-cluster-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A release folder as assembleRelease leaves it, with the given static files. */
function fakeRelease(name: string, staticFiles: Record<string, string>): void {
  const root = join(dir, 'releases', name);
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, 'server.js'), '');
  writeFileSync(join(root, 'RELEASE.json'), JSON.stringify({ name, buildId: name, builtAt: '', contentDir: '', distDir: '.next-x', reusedCompile: false }));
  for (const [path, text] of Object.entries(staticFiles)) {
    const file = join(root, '.next-x', 'static', path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
  }
}

const served = (path: string) => join(dir, 'static', '_next', 'static', path);

test('the static folder serves every kept release\'s files, so old pages load their scripts from new instances', () => {
  fakeRelease('20260101T000000Z', { 'chunks/old.js': 'old', 'css/shared.css': 'shared', 'build-a/_buildManifest.js': 'a' });
  fakeRelease('20260102T000000Z', { 'chunks/new.js': 'new', 'css/shared.css': 'shared', 'build-b/_buildManifest.js': 'b' });
  syncStaticFiles(dir);
  for (const path of ['chunks/old.js', 'chunks/new.js', 'css/shared.css', 'build-a/_buildManifest.js', 'build-b/_buildManifest.js']) {
    assert.ok(existsSync(served(path)), path);
  }
  assert.equal(readFileSync(served('chunks/old.js'), 'utf8'), 'old');
});

test('a file goes from the static folder only when no kept release has it', () => {
  for (let day = 1; day <= KEEP_RELEASES + 2; day++) {
    fakeRelease(`2026010${day}T000000Z`, { [`chunks/day-${day}.js`]: String(day), 'chunks/every.js': 'x' });
  }
  activateRelease(dir, listReleases(dir).at(-1)!);
  syncStaticFiles(dir);
  const removed = pruneReleases(dir);
  syncStaticFiles(dir);
  assert.deepEqual(removed, ['20260101T000000Z', '20260102T000000Z']);
  assert.equal(listReleases(dir).length, KEEP_RELEASES);
  assert.ok(!existsSync(served('chunks/day-1.js')));
  assert.ok(!existsSync(served('chunks/day-2.js')));
  assert.ok(existsSync(served('chunks/day-3.js')));
  assert.ok(existsSync(served('chunks/every.js')));
});

test('pruning never removes the current release, even after a rollback to the oldest', () => {
  for (let day = 1; day <= KEEP_RELEASES + 1; day++) fakeRelease(`2026010${day}T000000Z`, {});
  activateRelease(dir, '20260101T000000Z');
  pruneReleases(dir);
  assert.equal(currentRelease(dir), '20260101T000000Z');
  assert.ok(listReleases(dir).includes('20260101T000000Z'));
});

test('current is a relative symlink moved atomically', () => {
  fakeRelease('20260101T000000Z', {});
  fakeRelease('20260102T000000Z', {});
  assert.equal(currentRelease(dir), undefined);
  activateRelease(dir, '20260102T000000Z');
  assert.equal(readlinkSync(join(dir, 'current')), join('releases', '20260102T000000Z'));
  activateRelease(dir, '20260101T000000Z');
  assert.equal(currentRelease(dir), '20260101T000000Z');
  assert.throws(() => activateRelease(dir, 'no-such-release'), /no release "no-such-release"/);
  assert.ok(!existsSync(join(dir, 'current.next')));
});

test('a folder without RELEASE.json (a copy that failed half-way) is not a release', () => {
  fakeRelease('20260101T000000Z', {});
  mkdirSync(join(dir, 'releases', '20260102T000000Z.partial'), { recursive: true });
  assert.deepEqual(listReleases(dir), ['20260101T000000Z']);
});
