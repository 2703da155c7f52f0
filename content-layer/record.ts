/**
 * A release as a public record: its corrections (dated change notes), and
 * whether it was withdrawn or removed as published in error. The fields are
 * validated one by one by the schema; what needs more than one field (order,
 * dates against the release's own date and the clock) is checked here.
 */
import { parsePublicationDate, type PublicationDate } from './dates';

/** A correction: a major change, with a dated note in the file's own language. */
export interface ChangeNote {
  date: PublicationDate;
  note: string;
}

/** A release that no longer stands: it stays at its address with the reason. */
export interface Withdrawal {
  date: PublicationDate;
  reason: string;
}

/** A release published in error: its address answers 410 Gone, or redirects to the replacement. */
export interface Removal {
  date: PublicationDate;
  /** The slug of the release that replaces it. */
  replacement?: string;
}

/** A problem with one field of the record, before the file's path and line are added. */
export interface RecordFault {
  /** The field's path in the front matter, e.g. `['changes', 1, 'date']`. */
  at: (string | number)[];
  message: string;
}

interface RawRecord {
  date: string;
  updated?: string;
  changes?: { date: string; note: string }[];
  withdrawn?: { date: string; reason: string };
  removed?: { date: string; replacement?: string };
}

/** What the schema has already accepted, checked as a whole: order, and dates that could not be. */
export function recordFaults(data: RawRecord, now: Date): RecordFault[] {
  const faults: RecordFault[] = [];
  const published = parsePublicationDate(data.date)!;
  const notBefore = (at: (string | number)[], value: string, what: string) => {
    const date = parsePublicationDate(value)!;
    if (date.instant < published.instant) {
      faults.push({ at, message: `${what} ${value} is before the release's own date ${data.date}: give the date it happened, on or after ${data.date}` });
    } else if (date.instant > now) {
      faults.push({ at, message: `${what} ${value} is in the future: give the date it happened (changes and withdrawals are recorded once they are made)` });
    }
    return date;
  };
  const changes = data.changes ?? [];
  let previous: PublicationDate | undefined;
  changes.forEach((change, index) => {
    const date = notBefore(['changes', index, 'date'], change.date, 'the change dated');
    if (previous && date.instant <= previous.instant) {
      faults.push({
        at: ['changes', index, 'date'],
        message: `changes are out of order: ${change.date} is not after the change above it (${previous.machine}); list changes oldest first, each with its own time, and add a new one at the end`,
      });
    }
    previous = date;
  });
  if (changes.length > 0 && data.updated !== undefined) {
    faults.push({
      at: ['updated'],
      message: 'a file with changes takes its updated date from its newest change: remove updated (or make it a change with a note)',
    });
  }
  if (data.withdrawn) notBefore(['withdrawn', 'date'], data.withdrawn.date, 'the withdrawal dated');
  if (data.removed) notBefore(['removed', 'date'], data.removed.date, 'the removal dated');
  if (data.withdrawn && data.removed) {
    faults.push({ at: ['removed'], message: 'a release is either withdrawn (it stays up with the reason) or removed (published in error): keep one of them' });
  }
  return faults;
}

/** The record's fields as the release carries them; called once the file is valid. */
export function recordOf(data: RawRecord): { changes: ChangeNote[]; withdrawn?: Withdrawal; removed?: Removal; updated?: PublicationDate } {
  const changes = (data.changes ?? []).map((change) => ({ date: parsePublicationDate(change.date)!, note: change.note }));
  const updated = changes.at(-1)?.date ?? (data.updated === undefined ? undefined : parsePublicationDate(data.updated)!);
  return {
    changes,
    ...(data.withdrawn ? { withdrawn: { date: parsePublicationDate(data.withdrawn.date)!, reason: data.withdrawn.reason } } : {}),
    ...(data.removed
      ? { removed: { date: parsePublicationDate(data.removed.date)!, ...(data.removed.replacement ? { replacement: data.removed.replacement } : {}) } }
      : {}),
    updated,
  };
}
