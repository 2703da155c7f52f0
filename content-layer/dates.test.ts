import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatDate, formatRocDate, parsePublicationDate, taipeiDay, taipeiYear } from './dates';

describe('parsePublicationDate', () => {
  test('a date alone is midnight in Taipei', () => {
    const date = parsePublicationDate('2023-07-20');
    assert.equal(date?.machine, '2023-07-20');
    assert.equal(date?.instant.toISOString(), '2023-07-19T16:00:00.000Z');
  });

  test('a time without offset is Taipei time; an explicit offset is kept', () => {
    assert.equal(parsePublicationDate('2024-01-17T10:30')?.machine, '2024-01-17T10:30:00+08:00');
    assert.equal(parsePublicationDate('2024-01-17T10:30')?.instant.toISOString(), '2024-01-17T02:30:00.000Z');
    assert.equal(parsePublicationDate('2024-01-17T02:30:00Z')?.instant.toISOString(), '2024-01-17T02:30:00.000Z');
  });

  test('impossible and malformed dates are rejected', () => {
    for (const value of ['2023-02-30', '2023-13-01', '2023-00-10', '2024-01-17T24:00', '20.7.2023', '2023/07/20', '']) {
      assert.equal(parsePublicationDate(value), null, value);
    }
    assert.notEqual(parsePublicationDate('2024-02-29'), null);
  });
});

describe('formatting', () => {
  const date = parsePublicationDate('2023-07-20')!.instant;

  test('Chinese, English and the ROC (Minguo) calendar', () => {
    assert.equal(formatDate(date, 'zh-TW'), '2023年7月20日');
    assert.equal(formatDate(date, 'en'), 'July 20, 2023');
    assert.equal(formatRocDate(date), '民國112年7月20日');
  });

  test('dates are read in Taipei, not in the server time zone', () => {
    // 23:30 on the 19th in Taipei is the 19th, though it is the 19th 15:30 UTC.
    const lateEvening = parsePublicationDate('2023-07-19T23:30')!.instant;
    assert.equal(taipeiDay(lateEvening), '2023-07-19');
    assert.equal(formatDate(lateEvening, 'en'), 'July 19, 2023');
  });
});

test('taipeiYear is the year in Taipei, which starts eight hours before UTC\'s', () => {
  assert.equal(taipeiYear(new Date('2023-12-31T15:59:59Z')), 2023);
  assert.equal(taipeiYear(new Date('2023-12-31T16:00:00Z')), 2024);
  assert.equal(taipeiYear(parsePublicationDate('2024-01-01')!.instant), 2024);
  // The same answer as the time-zone database, across the years releases carry.
  for (let time = Date.UTC(1990, 0, 1); time < Date.UTC(2040, 0, 1); time += 97 * 24 * 3600 * 1000 + 3_599_000) {
    const instant = new Date(time);
    const zoned = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Taipei', year: 'numeric' }).format(instant);
    assert.equal(taipeiYear(instant), Number(zoned), instant.toISOString());
  }
});
