/**
 * Release dates are written in Taipei time, the ministry's own. Taiwan has kept
 * UTC+8 without daylight saving since 1980, so a fixed offset is exact for every
 * date a release can carry.
 */
export const TAIPEI_TIME_ZONE = 'Asia/Taipei';
const TAIPEI_OFFSET = '+08:00';
const TAIPEI_OFFSET_MS = 8 * 60 * 60 * 1000;

export interface PublicationDate {
  /** The moment the release is published. */
  instant: Date;
  /** The value for `<time datetime>`: the date alone, or date and time with offset. */
  machine: string;
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Parses `2023-07-20`, `2023-07-20T09:30` (Taipei time) or a full ISO timestamp; null if impossible. */
export function parsePublicationDate(value: string): PublicationDate | null {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return null;
  const [, year, month, day, hour, minute, second = '00', zone] = match;
  // Reject dates such as 2023-02-30 that Date would silently roll over.
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (
    calendar.getUTCFullYear() !== Number(year) ||
    calendar.getUTCMonth() !== Number(month) - 1 ||
    calendar.getUTCDate() !== Number(day)
  ) {
    return null;
  }
  const date = `${year}-${month}-${day}`;
  if (hour === undefined) {
    return { instant: new Date(`${date}T00:00:00${TAIPEI_OFFSET}`), machine: date };
  }
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  const offset = zone === undefined ? TAIPEI_OFFSET : zone === 'Z' ? 'Z' : zone;
  const machine = `${date}T${hour}:${minute}:${second}${offset}`;
  const instant = new Date(machine);
  return Number.isNaN(instant.getTime()) ? null : { instant, machine };
}

/**
 * Building an Intl.DateTimeFormat costs far more than using one (a list page
 * formats dozens of dates), so each format is built once and kept.
 */
const TAIPEI_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: TAIPEI_TIME_ZONE });
const ROC_DATE = new Intl.DateTimeFormat('zh-TW-u-ca-roc', {
  era: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: TAIPEI_TIME_ZONE,
});
const longDateByLocale = new Map<string, Intl.DateTimeFormat>();

/** The year in Taipei: by the fixed offset, since the press list asks it of every release it filters. */
export function taipeiYear(instant: Date): number {
  return new Date(instant.getTime() + TAIPEI_OFFSET_MS).getUTCFullYear();
}

/** The calendar day in Taipei, e.g. `2023-07-20`: two dates on the same day are "the same date". */
export function taipeiDay(instant: Date): string {
  return TAIPEI_DAY.format(instant);
}

/** `2023年7月20日` or `July 20, 2023`, in Taipei time. */
export function formatDate(instant: Date, locale: string): string {
  let format = longDateByLocale.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: TAIPEI_TIME_ZONE });
    longDateByLocale.set(locale, format);
  }
  return format.format(instant);
}

/** `民國112年7月20日`: how Taiwanese readers read official dates (Minguo calendar). */
export function formatRocDate(instant: Date): string {
  return ROC_DATE.format(instant);
}

/** `2023-07-20T09:30:00+08:00`: ISO 8601 (RFC 3339) in Taipei time with its offset, for machine-readable outputs. */
export function isoTaipei(instant: Date): string {
  return `${new Date(instant.getTime() + TAIPEI_OFFSET_MS).toISOString().slice(0, 19)}${TAIPEI_OFFSET}`;
}
