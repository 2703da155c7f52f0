import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseReleaseFile, type ParseResult } from './parse';

const PATH = 'content/press-releases/example/zh-TW.md';
const NOW = new Date('2026-02-01T00:00:00+08:00');
const file = (frontMatter: string) => `---\ntitle: 標題\ndate: 2025-12-01\nunit: 數位發展部\n${frontMatter}\n---\n\n正文。\n`;
const parse = (frontMatter: string) => parseReleaseFile(file(frontMatter), PATH, NOW);

function problemsOf(result: ParseResult) {
  assert.equal(result.ok, false, 'expected the file to be rejected');
  return result.ok ? [] : result.problems;
}

describe('change notes', () => {
  test('are read oldest first, and the newest one is the updated date', () => {
    const result = parse('changes:\n  - date: 2025-12-18T10:30+08:00\n    note: 更正得獎隊伍數量。\n  - date: 2026-01-05\n    note: 補充說明。');
    assert.ok(result.ok);
    assert.deepEqual(result.release.changes.map((change) => change.note), ['更正得獎隊伍數量。', '補充說明。']);
    assert.equal(result.release.changes[0]?.date.machine, '2025-12-18T10:30:00+08:00');
    assert.equal(result.release.updated?.machine, '2026-01-05');
  });

  test('without changes, the updated field is the updated date, as before', () => {
    const result = parse('updated: 2025-12-02');
    assert.ok(result.ok);
    assert.deepEqual(result.release.changes, []);
    assert.equal(result.release.updated?.machine, '2025-12-02');
  });

  test('an entry without a date or without a note is refused, at its line, saying what to write', () => {
    const problems = problemsOf(parse('changes:\n  - note: 更正。\n  - date: 2025-12-20'));
    const date = problems.find((problem) => problem.field === 'changes[0].date');
    const note = problems.find((problem) => problem.field === 'changes[1].note');
    assert.ok(date, JSON.stringify(problems));
    assert.equal(date.path, PATH);
    assert.equal(date.line, 6);
    assert.match(date.message, /expected an ISO date/);
    assert.ok(note, JSON.stringify(problems));
    assert.equal(note.line, 7);
    assert.match(note.message, /note: /);
  });

  test('a date before the release or in the future is refused', () => {
    const early = problemsOf(parse('changes:\n  - date: 2025-11-30\n    note: 更正。'));
    assert.equal(early[0]?.field, 'changes[0].date');
    assert.equal(early[0]?.line, 6);
    assert.match(early[0]!.message, /before the release's own date 2025-12-01/);
    const future = problemsOf(parse('changes:\n  - date: 2026-03-01\n    note: 更正。'));
    assert.match(future[0]!.message, /in the future/);
  });

  test('entries out of order are refused at the entry that breaks the order, with the fix', () => {
    const problems = problemsOf(
      parse('changes:\n  - date: 2025-12-20\n    note: 第二次。\n  - date: 2025-12-10\n    note: 第一次。'),
    );
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.field, 'changes[1].date');
    assert.equal(problems[0]?.line, 8);
    assert.match(problems[0]!.message, /out of order.*oldest first/);
  });

  test('updated beside changes is refused: the newest change is the updated date', () => {
    const problems = problemsOf(parse('updated: 2025-12-05\nchanges:\n  - date: 2025-12-18\n    note: 更正。'));
    assert.equal(problems[0]?.field, 'updated');
    assert.match(problems[0]!.message, /remove updated/);
  });

  test('a note with markup stays text', () => {
    const result = parse('changes:\n  - date: 2025-12-18\n    note: "<script>alert(1)</script> **粗體**"');
    assert.ok(result.ok);
    assert.equal(result.release.changes[0]?.note, '<script>alert(1)</script> **粗體**');
  });
});

describe('withdrawn and removed releases', () => {
  test('a withdrawal has a date and a reason', () => {
    const result = parse('withdrawn:\n  date: 2026-01-05T09:00+08:00\n  reason: 本案已由行政院另行公告。');
    assert.ok(result.ok);
    assert.equal(result.release.withdrawn?.reason, '本案已由行政院另行公告。');
    assert.equal(result.release.withdrawn?.date.machine, '2026-01-05T09:00:00+08:00');
    assert.equal(result.release.removed, undefined);
  });

  test('a withdrawal without a reason, or dated in the future, is refused', () => {
    assert.equal(problemsOf(parse('withdrawn:\n  date: 2026-01-05'))[0]?.field, 'withdrawn.reason');
    assert.match(problemsOf(parse('withdrawn:\n  date: 2026-05-05\n  reason: 理由。'))[0]!.message, /in the future/);
  });

  test('a removal may name its replacement, as a slug (a number is read as one)', () => {
    const result = parse('removed:\n  date: 2026-01-06T09:00+08:00\n  replacement: 18227');
    assert.ok(result.ok);
    assert.equal(result.release.removed?.replacement, '18227');
    const bad = problemsOf(parse('removed:\n  date: 2026-01-06\n  replacement: ../x'));
    assert.equal(bad[0]?.field, 'removed.replacement');
    assert.match(bad[0]!.message, /slug/);
  });

  test('withdrawn and removed together are refused', () => {
    const problems = problemsOf(parse('withdrawn:\n  date: 2026-01-05\n  reason: 理由。\nremoved:\n  date: 2026-01-06'));
    assert.equal(problems[0]?.field, 'removed');
  });

  test('an unknown field inside a change is named', () => {
    const problems = problemsOf(parse('changes:\n  - date: 2025-12-18\n    note: 更正。\n    by: 某人'));
    assert.equal(problems[0]?.field, 'changes[0].by');
  });
});
