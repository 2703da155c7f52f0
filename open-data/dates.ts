/**
 * Dates as the open data gives them: ISO 8601 in Taipei time with its offset
 * (the ministry's own clock, as releases are written), to the second, so that
 * a reader never has to guess the zone.
 */
export { isoTaipei } from '@/content-layer/dates';

/** An HTTP date (RFC 9110), whole seconds. */
export function httpDate(instant: Date): string {
  return instant.toUTCString();
}
