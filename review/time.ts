import { getTranslations } from 'next-intl/server';
import { formatDate, TAIPEI_TIME_ZONE } from '@/content-layer/dates';
import type { Locale } from '@/i18n/routing';

const CLOCK = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TAIPEI_TIME_ZONE });

/**
 * `2026年12月8日 16:00` or `December 8, 2026, 16:00`, in Taipei time: the
 * site's long date (ICU joins a long date and a time as `2026/12/8` in Chinese) and a 24-hour clock.
 */
export function formatDateTime(instant: Date, locale: Locale): string {
  return `${formatDate(instant, locale)}${locale === 'en' ? ',' : ''} ${CLOCK.format(instant)}`;
}

/** A review link's moment (its expiry, an embargo) as a reader reads it, saying it is Taipei time, where the ministry sets every deadline. */
export async function taipeiTime(instant: Date, locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'Review' });
  return t('taipeiTime', { time: formatDateTime(instant, locale) });
}
