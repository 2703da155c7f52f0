import { getTranslations } from 'next-intl/server';
import type { Withdrawal } from '@/content-layer/record';
import type { Locale } from '@/i18n/routing';
import { ReleaseDate } from './ReleaseDate';

/**
 * The banner on a withdrawn release: a region with a heading, so that it is
 * announced and reachable, saying when and why (the reason in the release's
 * own language). The text stays below it as a record; it is printed with it.
 */
export async function WithdrawnNotice({ withdrawn, locale }: { withdrawn: Withdrawal; locale: Locale }) {
  const t = await getTranslations('Record');
  return (
    <section className="record-notice record-notice--withdrawn" aria-labelledby="withdrawn-heading">
      <h2 id="withdrawn-heading">{t('withdrawnHeading')}</h2>
      <p>
        {t.rich('withdrawnOn', { date: () => <ReleaseDate date={withdrawn.date} locale={locale} /> })}
      </p>
      <p>
        <strong>{t('withdrawnReason')}</strong>
        {withdrawn.reason}
      </p>
    </section>
  );
}

/** "Withdrawn" beside a release in a list, where a filter has asked for withdrawn releases too. */
export async function WithdrawnLabel() {
  const t = await getTranslations('Record');
  return <strong className="publication-label publication-label--withdrawn">{t('withdrawnLabel')}</strong>;
}
