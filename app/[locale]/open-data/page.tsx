import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/PageShell';
import { formatDate } from '@/content-layer/dates';
import { currentLocale } from '@/i18n/current-locale';
import { otherLocale } from '@/i18n/languages';
import { routing } from '@/i18n/routing';
import { alternatesFor, feedPath, jsonFeedPath, localizedPath } from '@/i18n/urls';
import { DATASET_FIELDS } from '@/open-data/dataset-record';
import { DATASET_FORMATS, datasetPath, datasetState, LICENCE_URL } from '@/open-data/datasets';

export const dynamicParams = false;
// Counts and dates change when a scheduled release comes due: worked out per request (shared caches keep it a minute).
export const dynamic = 'force-dynamic';

const PATH = '/open-data';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  const t = await getTranslations('OpenData');
  return { title: t('title'), alternates: await alternatesFor(locale, PATH, routing.locales) };
}

/**
 * The datasets described as data.gov.tw asks of a dataset: description,
 * formats, encoding, licence, update frequency, record count, last update,
 * contact, and every field with its type and meaning.
 */
export default async function OpenDataPage() {
  const locale = await currentLocale();
  const t = await getTranslations('OpenData');
  const other = otherLocale(locale);
  return (
    <PageShell section={null} path={PATH} languageSwitch={{ locale: other, href: localizedPath(other, PATH) }}>
      <div className="page-width prose">
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>

        <h2>{t('datasetsHeading')}</h2>
        {routing.locales.map((lang) => {
          const { count, lastModified } = datasetState(lang);
          const language = t(`language-${lang}`);
          return (
            <section key={lang} aria-labelledby={`dataset-${lang}`}>
              <h3 id={`dataset-${lang}`}>{t('datasetTitle', { language })}</h3>
              <p>{t('datasetDescription', { language })}</p>
              <dl>
                <dt>{t('formats')}</dt>
                <dd>
                  <ul>
                    {DATASET_FORMATS.map((format) => (
                      <li key={format}>
                        <a href={datasetPath(lang, format)}>
                          {format.toUpperCase()} <code>{datasetPath(lang, format)}</code>
                        </a>
                      </li>
                    ))}
                  </ul>
                </dd>
                <dt>{t('encoding')}</dt>
                <dd>{t('encodingValue')}</dd>
                <dt>{t('licenceLabel')}</dt>
                <dd>
                  <a href={LICENCE_URL}>{t('licenceValue')}</a>
                </dd>
                <dt>{t('frequency')}</dt>
                <dd>{t('frequencyValue')}</dd>
                <dt>{t('count')}</dt>
                <dd data-record-count={count}>{count.toLocaleString(locale)}</dd>
                <dt>{t('lastUpdate')}</dt>
                <dd>
                  <time dateTime={lastModified.toISOString()}>{formatDate(lastModified, locale)}</time>
                </dd>
                <dt>{t('contact')}</dt>
                <dd>
                  <a href="https://moda.gov.tw/">{t('contactValue')}</a>
                </dd>
              </dl>
            </section>
          );
        })}

        <h2>{t('fieldsHeading')}</h2>
        <table>
          <caption>{t('fieldsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fieldName')}</th>
              <th scope="col">{t('fieldType')}</th>
              <th scope="col">{t('fieldMeaning')}</th>
            </tr>
          </thead>
          <tbody>
            {DATASET_FIELDS.map((field) => (
              <tr key={field.name}>
                <th scope="row">
                  <code>{field.name}</code>
                </th>
                <td>{field.type}</td>
                <td>{locale === 'en' ? field.en : field.zh}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <h2>{t('otherHeading')}</h2>
        <ul>
          <li>
            <a href={localizedPath(locale, '/open-data/api')}>{t('apiLink')}</a>
          </li>
          <li>
            <a href={feedPath(locale)} type="application/rss+xml">{t('rssLink')}</a>
          </li>
          <li>
            <a href={jsonFeedPath(locale)} type="application/feed+json">{t('jsonFeedLink')}</a>
          </li>
        </ul>
      </div>
    </PageShell>
  );
}
