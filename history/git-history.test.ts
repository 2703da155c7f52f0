import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { readContentHistory, type ContentHistory, type FileRevision } from './git-history';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'git-history-test-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

let repoCount = 0;

/** A fresh directory under the scratch folder. */
function freshDirectory(name: string): string {
  const directory = path.join(scratch, `${++repoCount}-${name}`);
  mkdirSync(directory, { recursive: true });
  return directory;
}

// Commits are made with a fixed identity and dates so the tests do not depend on the machine's git config.
function git(cwd: string, args: string[], date = '2025-01-01T00:00:00+08:00'): string {
  return execFileSync('git', ['-C', cwd, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args], {
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
}

function initRepository(name: string): string {
  const directory = freshDirectory(name);
  git(directory, ['init', '-q', '-b', 'main']);
  return directory;
}

function writeFile(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function commitAll(repo: string, message: string, date: string): string {
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', message], date);
  return git(repo, ['rev-parse', 'HEAD']).trim();
}

function revisionsOf(history: ContentHistory, file: string): FileRevision[] {
  assert.ok(history.available, history.available ? '' : history.reason);
  return history.revisions(file);
}

describe('readContentHistory', () => {
  test('every commit touching a file, oldest first, with committer dates and texts', () => {
    const repo = initRepository('several-commits');
    const file = path.join(repo, 'press-releases', 'award', 'en.md');
    const other = path.join(repo, 'press-releases', 'other', 'en.md');
    writeFile(file, 'one\n');
    writeFile(other, 'other\n');
    const first = commitAll(repo, 'first', '2025-12-01T09:00:00+08:00');
    writeFile(file, 'two\n');
    const second = commitAll(repo, 'second', '2025-12-10T09:00:00+08:00');
    writeFile(other, 'other changed\n');
    commitAll(repo, 'touches only the other file', '2025-12-11T09:00:00+08:00');
    writeFile(file, 'three\n');
    const third = commitAll(repo, 'third', '2025-12-18T10:30:00+08:00');

    const revisions = revisionsOf(readContentHistory(repo, [file, other]), file);
    assert.deepEqual(
      revisions.map(({ commit, content }) => ({ commit, content })),
      [
        { commit: first, content: 'one\n' },
        { commit: second, content: 'two\n' },
        { commit: third, content: 'three\n' },
      ],
    );
    assert.equal(revisions[2]!.date.toISOString(), '2025-12-18T02:30:00.000Z');
  });

  test('a content folder inside a larger repository; files outside it and unrequested files are ignored', () => {
    const repo = initRepository('subfolder');
    const root = path.join(repo, 'content');
    const file = path.join(root, 'press-releases', 'award', 'zh-TW.md');
    const unrequested = path.join(root, 'press-releases', 'other', 'zh-TW.md');
    writeFile(file, 'a\n');
    writeFile(unrequested, 'b\n');
    writeFile(path.join(repo, 'app', 'page.tsx'), 'export {};\n');
    const commit = commitAll(repo, 'first', '2025-12-01T09:00:00+08:00');

    const history = readContentHistory(root, [file]);
    assert.deepEqual(revisionsOf(history, file).map((revision) => revision.commit), [commit]);
    assert.deepEqual(revisionsOf(history, unrequested), []);
  });

  test('a content folder that is its own repository inside another one', () => {
    const outer = initRepository('outer');
    writeFile(path.join(outer, 'README.md'), 'outer\n');
    commitAll(outer, 'outer', '2025-11-01T09:00:00+08:00');
    const root = path.join(outer, 'content');
    mkdirSync(root);
    git(root, ['init', '-q', '-b', 'main']);
    const file = path.join(root, 'press-releases', 'award', 'en.md');
    writeFile(file, 'inner\n');
    const commit = commitAll(root, 'inner', '2025-12-01T09:00:00+08:00');

    assert.deepEqual(
      revisionsOf(readContentHistory(root, [file]), file).map(({ commit, content }) => ({ commit, content })),
      [{ commit, content: 'inner\n' }],
    );
  });

  test('a folder outside any repository is unavailable, with a one-line reason', () => {
    const root = freshDirectory('not-a-repo');
    // Keep git from finding a repository above the scratch folder (os.tmpdir() could sit inside one).
    const previous = process.env.GIT_CEILING_DIRECTORIES;
    process.env.GIT_CEILING_DIRECTORIES = scratch;
    try {
      const history = readContentHistory(root, [path.join(root, 'press-releases', 'a', 'en.md')]);
      assert.equal(history.available, false);
      assert.equal(history.available ? '' : history.reason, `${root} is not in a git repository`);
      const missing = readContentHistory(path.join(root, 'missing'), []);
      assert.equal(missing.available, false);
      assert.doesNotMatch(missing.available ? '' : missing.reason, /\n/);
    } finally {
      if (previous === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
      else process.env.GIT_CEILING_DIRECTORIES = previous;
    }
  });

  test('without git installed the history is unavailable, not an error', () => {
    const root = freshDirectory('no-git');
    const previous = process.env.PATH;
    process.env.PATH = freshDirectory('empty-path');
    try {
      const history = readContentHistory(root, []);
      assert.deepEqual(history, { available: false, reason: 'git is not installed' });
    } finally {
      process.env.PATH = previous;
    }
  });

  test('a shallow clone is unavailable: its oldest commit would seem to add every note', () => {
    const origin = initRepository('origin');
    const file = path.join(origin, 'press-releases', 'a', 'en.md');
    writeFile(file, 'one\n');
    commitAll(origin, 'first', '2025-12-01T09:00:00+08:00');
    writeFile(file, 'two\n');
    commitAll(origin, 'second', '2025-12-02T09:00:00+08:00');
    const clone = path.join(freshDirectory('shallow'), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, clone]);

    const history = readContentHistory(clone, [path.join(clone, 'press-releases', 'a', 'en.md')]);
    assert.equal(history.available, false);
    assert.match(history.available ? '' : history.reason, /shallow/);
    assert.doesNotMatch(history.available ? '' : history.reason, /\n/);
  });

  test('a repository without commits is unavailable', () => {
    const repo = initRepository('empty');
    const history = readContentHistory(repo, [path.join(repo, 'a.md')]);
    assert.equal(history.available, false);
    assert.match(history.available ? '' : history.reason, /no commits/);
  });

  test('Chinese text and a non-ASCII path with spaces round-trip byte for byte', () => {
    const repo = initRepository('unicode');
    const file = path.join(repo, 'press-releases', '數位 發展部 獎項', 'zh-TW.md');
    const first = '---\ntitle: 數位發展部公布得獎名單\n---\n\n共有12隊獲獎。😀\n';
    const second = `${first.replace('12', '15')}\r\n結尾沒有換行`;
    writeFile(file, first);
    commitAll(repo, '第一版', '2025-12-01T09:00:00+08:00');
    writeFile(file, second);
    commitAll(repo, '更正', '2025-12-18T10:30:00+08:00');

    assert.deepEqual(revisionsOf(readContentHistory(repo, [file]), file).map((revision) => revision.content), [first, second]);
  });

  test('a file deleted and added again keeps only the commits where it has a text', () => {
    const repo = initRepository('deleted');
    const file = path.join(repo, 'press-releases', 'a', 'en.md');
    writeFile(file, 'one\n');
    const first = commitAll(repo, 'add', '2025-12-01T09:00:00+08:00');
    rmSync(file);
    commitAll(repo, 'delete', '2025-12-02T09:00:00+08:00');
    writeFile(file, 'again\n');
    const third = commitAll(repo, 'add again', '2025-12-03T09:00:00+08:00');

    assert.deepEqual(revisionsOf(readContentHistory(repo, [file]), file).map((revision) => revision.commit), [first, third]);
  });

  test('a file never committed (only in the working copy) has no revisions', () => {
    const repo = initRepository('uncommitted');
    writeFile(path.join(repo, 'press-releases', 'a', 'en.md'), 'committed\n');
    commitAll(repo, 'first', '2025-12-01T09:00:00+08:00');
    const fresh = path.join(repo, 'press-releases', 'b', 'en.md');
    writeFile(fresh, 'not committed\n');

    assert.deepEqual(revisionsOf(readContentHistory(repo, [fresh]), fresh), []);
  });

  test('a change merged from a branch is dated by the merge on the main line', () => {
    const repo = initRepository('merge');
    const file = path.join(repo, 'press-releases', 'a', 'en.md');
    writeFile(file, 'one\n');
    const first = commitAll(repo, 'first', '2025-12-01T09:00:00+08:00');
    git(repo, ['checkout', '-q', '-b', 'correction']);
    writeFile(file, 'two\n');
    commitAll(repo, 'on a branch', '2025-12-02T09:00:00+08:00');
    git(repo, ['checkout', '-q', 'main']);
    writeFile(path.join(repo, 'press-releases', 'b', 'en.md'), 'b\n');
    commitAll(repo, 'meanwhile', '2025-12-03T09:00:00+08:00');
    git(repo, ['merge', '-q', '--no-ff', '-m', 'merge', 'correction'], '2025-12-04T09:00:00+08:00');
    const merge = git(repo, ['rev-parse', 'HEAD']).trim();

    const revisions = revisionsOf(readContentHistory(repo, [file]), file);
    assert.deepEqual(
      revisions.map(({ commit, content }) => ({ commit, content })),
      [
        { commit: first, content: 'one\n' },
        { commit: merge, content: 'two\n' },
      ],
    );
    assert.equal(revisions[1]!.date.toISOString(), '2025-12-04T01:00:00.000Z');
  });
});
