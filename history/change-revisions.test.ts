import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { changeRevisions, WORKING_TREE } from './change-revisions';
import type { FileRevision } from './git-history';

// The tests' file texts are simply one change note per line after a title line, so the keys are those lines.
function keysOf(text: string): string[] {
  return text.split('\n').slice(1).filter((line) => line !== '');
}

function revision(commit: string, day: number, content: string): FileRevision {
  return { commit, date: new Date(Date.UTC(2025, 11, day)), content };
}

describe('changeRevisions', () => {
  test('each note maps to the commit that added it, compared with the revision before', () => {
    const revisions = [
      revision('c1', 1, 'title'),
      revision('c2', 2, 'title fixed'),
      revision('c3', 3, 'title fixed\nnote A'),
      revision('c4', 4, 'title fixed again\nnote A'),
      revision('c5', 5, 'title fixed again\nnote A\nnote B'),
    ];
    const result = changeRevisions(revisions, 'title fixed again\nnote A\nnote B', keysOf);

    assert.deepEqual([...result.keys()], ['note A', 'note B']);
    assert.deepEqual(result.get('note A'), {
      commit: 'c3', date: revisions[2]!.date, before: 'title fixed', after: 'title fixed\nnote A',
    });
    assert.equal(result.get('note B')?.commit, 'c5');
    assert.equal(result.get('note B')?.before, 'title fixed again\nnote A');
  });

  test('a note that came with the file has no text before', () => {
    const result = changeRevisions([revision('c1', 1, 'title\nnote A')], 'title\nnote A', keysOf);
    assert.deepEqual(result.get('note A'), { commit: 'c1', date: revision('c1', 1, '').date, before: null, after: 'title\nnote A' });
  });

  test('two notes added in one commit both map to it', () => {
    const revisions = [revision('c1', 1, 'title'), revision('c2', 2, 'title\nnote A\nnote B')];
    const result = changeRevisions(revisions, 'title\nnote A\nnote B', keysOf);
    assert.equal(result.get('note A')?.commit, 'c2');
    assert.equal(result.get('note B')?.commit, 'c2');
    assert.equal(result.get('note A')?.before, 'title');
  });

  test('a note added, removed and added again maps to the last time it was added', () => {
    const revisions = [
      revision('c1', 1, 'title'),
      revision('c2', 2, 'title\nnote A'),
      revision('c3', 3, 'title'),
      revision('c4', 4, 'title v2'),
      revision('c5', 5, 'title v2\nnote A'),
    ];
    const result = changeRevisions(revisions, 'title v2\nnote A', keysOf);
    assert.equal(result.get('note A')?.commit, 'c5');
    assert.equal(result.get('note A')?.before, 'title v2');
  });

  test('a note only in the working copy compares the last committed text with the current one', () => {
    const revisions = [revision('c1', 1, 'title\nnote A')];
    const startedAt = Date.now();
    const result = changeRevisions(revisions, 'title fixed\nnote A\nnote B', keysOf);

    assert.equal(result.get('note A')?.commit, 'c1');
    const uncommitted = result.get('note B');
    assert.equal(uncommitted?.commit, WORKING_TREE);
    assert.equal(uncommitted?.commit, 'working-tree');
    assert.equal(uncommitted?.before, 'title\nnote A');
    assert.equal(uncommitted?.after, 'title fixed\nnote A\nnote B');
    assert.ok(uncommitted.date.getTime() >= startedAt && uncommitted.date.getTime() <= Date.now());
  });

  test('a note removed at the last commit and restored in the working copy is a working-copy change', () => {
    const revisions = [revision('c1', 1, 'title'), revision('c2', 2, 'title\nnote A'), revision('c3', 3, 'title')];
    const result = changeRevisions(revisions, 'title\nnote A', keysOf);
    assert.equal(result.get('note A')?.commit, WORKING_TREE);
    assert.equal(result.get('note A')?.before, 'title');
  });

  test('a file with no history: every note is a working-copy change compared with nothing', () => {
    const result = changeRevisions([], 'title\nnote A', keysOf);
    assert.deepEqual({ ...result.get('note A'), date: null }, { commit: WORKING_TREE, date: null, before: null, after: 'title\nnote A' });
  });

  test('no notes now: nothing to compare, whatever the history held', () => {
    const revisions = [revision('c1', 1, 'title\nnote A')];
    assert.equal(changeRevisions(revisions, 'title', keysOf).size, 0);
  });

  test('an unparsable revision in between counts as having no notes', () => {
    const parse = (text: string): string[] => (text.startsWith('broken') ? [] : keysOf(text));
    const revisions = [revision('c1', 1, 'title\nnote A'), revision('c2', 2, 'broken\nnote A'), revision('c3', 3, 'title\nnote A')];
    const result = changeRevisions(revisions, 'title\nnote A', parse);
    assert.equal(result.get('note A')?.commit, 'c3');
    assert.equal(result.get('note A')?.before, 'broken\nnote A');
  });
});
