import { formatDate, formatRocDate, type PublicationDate } from '@/content-layer/dates';
import type { Locale } from '@/i18n/routing';

/** A release date for the reader's locale; Chinese adds the Minguo (ROC) date, as official documents do. */
export function ReleaseDate({ date, locale }: { date: PublicationDate; locale: Locale }) {
  const text = formatDate(date.instant, locale);
  return (
    <time dateTime={date.machine}>
      {locale === 'zh-TW' ? `${text}（${formatRocDate(date.instant)}）` : text}
    </time>
  );
}
