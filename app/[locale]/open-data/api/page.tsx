import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/PageShell';
import { currentLocale } from '@/i18n/current-locale';
import { otherLocale } from '@/i18n/languages';
import { routing } from '@/i18n/routing';
import { alternatesFor, localizedPath } from '@/i18n/urls';
import { PROBLEM_TYPES, type ProblemType } from '@/open-data/problem';

export const dynamicParams = false;

const PATH = '/open-data/api';

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  const t = await getTranslations('OpenData');
  return { title: t('apiTitle'), alternates: await alternatesFor(locale, PATH, routing.locales) };
}

const PARAMETERS = [
  ['lang', 'paramLang'],
  ['page', 'paramPage'],
  ['per_page', 'paramPerPage'],
  ['unit', 'paramUnit'],
  ['tag', 'paramTag'],
  ['year', 'paramYear'],
  ['updated_since', 'paramUpdatedSince'],
  ['q', 'paramQ'],
] as const;

/**
 * The API for people: what each endpoint gives, the list's parameters, the
 * errors (each problem type's `type` URI points to its entry here), caching
 * and limits. The machine-readable contract is /api/v1/openapi.json.
 */
export default async function OpenDataApiPage() {
  const locale = await currentLocale();
  const t = await getTranslations('OpenData');
  const other = otherLocale(locale);
  return (
    <PageShell section={null} path={PATH} languageSwitch={{ locale: other, href: localizedPath(other, PATH) }}>
      <div className="page-width prose">
        <h1>{t('apiTitle')}</h1>
        <p>{t('apiIntro')}</p>
        <p>
          {t('apiSpec')} <a href="/api/v1/openapi.json" type="application/json"><code>/api/v1/openapi.json</code></a>
        </p>

        <h2>{t('endpointsHeading')}</h2>
        <dl>
          <dt><code>GET /api/v1/releases?lang=zh-TW</code></dt>
          <dd>{t('endpointList')}</dd>
          <dt><code>GET /api/v1/releases/&#123;slug&#125;</code></dt>
          <dd>{t('endpointRelease')}</dd>
          <dt><code>GET /api/v1/units</code></dt>
          <dd>{t('endpointUnits')}</dd>
          <dt><code>GET /api/v1/tags</code></dt>
          <dd>{t('endpointTags')}</dd>
        </dl>
        <p>{t('datesNote')}</p>

        <h2>{t('parametersHeading')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('parameterName')}</th>
              <th scope="col">{t('parameterMeaning')}</th>
            </tr>
          </thead>
          <tbody>
            {PARAMETERS.map(([name, key]) => (
              <tr key={name}>
                <th scope="row"><code>{name}</code></th>
                <td>{t(key)}</td>
              </tr>
            ))}
          </tbody>
        </table>

        <h2>{t('errorsHeading')}</h2>
        <p>{t('errorsIntro')}</p>
        <ul>
          {(Object.keys(PROBLEM_TYPES) as ProblemType[]).map((type) => (
            <li key={type} id={type}>
              {t(`problem-${type}`)}
            </li>
          ))}
        </ul>

        <h2>{t('httpHeading')}</h2>
        <p>{t('httpCaching')}</p>
        <p>{t('httpCors')}</p>
        <p>{t('httpRateLimit')}</p>

        <h2>{t('licenceHeading')}</h2>
        <p>{t('licence')}</p>
      </div>
    </PageShell>
  );
}
