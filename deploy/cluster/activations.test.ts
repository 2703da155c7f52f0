import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { forgetReleases, readActivations, recordPublish, recordRollback, releasesToKeep, rollbackTarget } from './activations';
import { KEEP_RELEASES } from './releases';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'press-activations-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function fakeRelease(name: string): void {
  mkdirSync(join(dir, 'releases', name), { recursive: true });
  writeFileSync(join(dir, 'releases', name, 'server.js'), '');
  writeFileSync(join(dir, 'releases', name, 'RELEASE.json'), '{}');
}

test('publish R1, publish R2, roll back, publish R3, roll back: the second rollback lands on R1, not on R2, which was rolled back', () => {
  recordPublish(dir, 'R1', undefined);
  recordPublish(dir, 'R2', 'R1');
  assert.equal(rollbackTarget(dir, 'R2'), 'R1');
  recordRollback(dir, 'R1', 'R2');
  assert.equal(rollbackTarget(dir, 'R1'), undefined, 'nothing was live before R1');
  recordPublish(dir, 'R3', 'R1');
  assert.equal(rollbackTarget(dir, 'R3'), 'R1');
  recordRollback(dir, 'R1', 'R3');
  const { live, events } = readActivations(dir, 'R1');
  assert.deepEqual(live, ['R1']);
  assert.deepEqual(
    events.map(({ command, release, from }) => [command, release, from]),
    [
      ['publish', 'R1', null],
      ['publish', 'R2', 'R1'],
      ['rollback', 'R1', 'R2'],
      ['publish', 'R3', 'R1'],
      ['rollback', 'R1', 'R3'],
    ],
  );
  for (const event of events) assert.ok(!Number.isNaN(Date.parse(event.at)));
});

test('the history is written whole: a reader never meets a half-written file', () => {
  recordPublish(dir, 'R1', undefined);
  recordPublish(dir, 'R2', 'R1');
  assert.doesNotThrow(() => JSON.parse(readFileSync(join(dir, 'activations.json'), 'utf8')));
  assert.deepEqual(
    (JSON.parse(readFileSync(join(dir, 'activations.json'), 'utf8')) as { live: string[] }).live,
    ['R1', 'R2'],
  );
});

test('a cluster published before the history was kept rolls back to the release before the current one by name, as it used to', () => {
  for (const name of ['20260101T000000Z', '20260102T000000Z', '20260103T000000Z']) fakeRelease(name);
  assert.equal(rollbackTarget(dir, '20260103T000000Z'), '20260102T000000Z');
  assert.equal(rollbackTarget(dir, '20260101T000000Z'), undefined);
});

test('pruning keeps the live release and the ones rollback can reach, and forgets those it removes', () => {
  const names = Array.from({ length: KEEP_RELEASES + 3 }, (_, at) => `R${at + 1}`);
  let from: string | undefined;
  for (const name of names) {
    recordPublish(dir, name, from);
    from = name;
  }
  const keep = releasesToKeep(dir, from);
  assert.equal(keep.length, KEEP_RELEASES);
  assert.deepEqual(keep.toSorted(), names.slice(-KEEP_RELEASES).toSorted());
  forgetReleases(dir, names.slice(0, 3), from);
  assert.deepEqual(readActivations(dir, from).live, names.slice(3));
  // A release that was rolled back from is no longer reachable, so it is not kept.
  recordRollback(dir, names.at(-2)!, names.at(-1)!);
  assert.ok(!releasesToKeep(dir, names.at(-2)).includes(names.at(-1)!));
});
