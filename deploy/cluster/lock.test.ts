import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { acquireLock, ClusterBusyError, lockPath, readLock } from './lock';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'press-lock-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A pid that no process has: one that has just exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

test('a second command is refused while the first holds the lock, told which command, which process and since when', () => {
  const first = acquireLock(dir, 'publish');
  assert.throws(
    () => acquireLock(dir, 'rollback'),
    (error: unknown) => {
      assert.ok(error instanceof ClusterBusyError);
      assert.match(
        error.message,
        new RegExp(`another cluster command is running: publish \\(process ${process.pid} on ${hostname()}, since \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z, \\d+ s ago\\)`),
      );
      assert.match(error.message, /run `rollback` again once it has finished/);
      return true;
    },
  );
  first.release();
  const second = acquireLock(dir, 'rollback');
  assert.equal(readLock(dir)?.command, 'rollback');
  second.release();
  assert.equal(readLock(dir), undefined);
});

test('the lock is taken by exactly one of several processes started together', () => {
  // The one that takes it holds it until every other has been refused (or 30 s pass: then it is not one).
  const script = `
    const { readdirSync, writeFileSync } = require('node:fs');
    const { acquireLock } = require(${JSON.stringify(join(import.meta.dirname, 'lock.ts'))});
    const [dir, others] = process.argv.slice(1);
    let lock;
    try { lock = acquireLock(dir, 'publish'); } catch { writeFileSync(dir + '/refused-' + process.pid, ''); console.log('refused'); process.exit(0); }
    console.log('took it');
    const until = Date.now() + 30000;
    const wait = () => readdirSync(dir).filter((name) => name.startsWith('refused-')).length >= Number(others) || Date.now() > until ? lock.release() : setTimeout(wait, 50);
    wait();`;
  const count = 4;
  const shell = Array.from(
    { length: count },
    (_, at) => `${JSON.stringify(process.execPath)} --import tsx -e "$SCRIPT" "$DIR" ${count - 1} > "$DIR/out-${at}" &`,
  ).join('\n');
  execFileSync('sh', ['-c', `${shell}\nwait`], { env: { ...process.env, SCRIPT: script, DIR: dir } });
  const results = Array.from({ length: count }, (_, at) => readFileSync(join(dir, `out-${at}`), 'utf8').trim());
  assert.deepEqual(results.toSorted(), ['refused', 'refused', 'refused', 'took it']);
});

test('a lock left by a process that is gone is taken over, and its journal handed to the new holder to clean up after', () => {
  const pid = deadPid();
  writeFileSync(
    lockPath(dir),
    JSON.stringify({ command: 'publish', pid, host: hostname(), since: '2026-12-01T00:00:00.000Z', release: 'R2', from: 'R1', madeRelease: true }),
  );
  const lock = acquireLock(dir, 'rollback');
  assert.equal(lock.interrupted?.command, 'publish');
  assert.equal(lock.interrupted?.release, 'R2');
  assert.equal(lock.interrupted?.from, 'R1');
  assert.equal(readLock(dir)?.pid, process.pid);
  lock.release();
});

test('a live process whose pid matches but whose start time does not (a reused pid) does not hold the lock', () => {
  writeFileSync(
    lockPath(dir),
    JSON.stringify({ command: 'publish', pid: process.pid, host: hostname(), since: '2026-12-01T00:00:00.000Z', processStart: '1' }),
  );
  const lock = acquireLock(dir, 'stop');
  assert.equal(lock.interrupted?.command, 'publish');
  lock.release();
});

test('the journal is kept in the lock file as the command goes, and cleared', () => {
  const lock = acquireLock(dir, 'publish');
  lock.note({ release: 'R2', from: 'R1', madeRelease: true });
  assert.deepEqual([readLock(dir)?.release, readLock(dir)?.from, readLock(dir)?.madeRelease], ['R2', 'R1', true]);
  lock.note({ release: undefined, from: undefined, madeRelease: undefined });
  assert.equal(readLock(dir)?.release, undefined);
  lock.release();
});
