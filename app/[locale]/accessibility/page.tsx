import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/PageShell';
import { currentLocale } from '@/i18n/current-locale';
import { otherLocale } from '@/i18n/languages';
import { routing } from '@/i18n/routing';
import { alternatesFor, localizedPath } from '@/i18n/urls';

// Only the site's locales exist: any other first segment (e.g. /api, /x.txt) is
// no route, and gets the bilingual global 404. (Set per page, not on the layout,
// where it would also stop release pages from rendering once a scheduled one is due.)
export const dynamicParams = false;

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  const t = await getTranslations('Statement');
  return { title: t('title'), alternates: await alternatesFor(locale, '/accessibility', routing.locales) };
}

/** What the site promises, how it is checked, what is not yet right, and how to say so. */
export default async function AccessibilityStatementPage() {
  const locale = await currentLocale();
  const t = await getTranslations('Statement');
  const other = otherLocale(locale);
  return (
    <PageShell section="accessibility" path="/accessibility" languageSwitch={{ locale: other, href: localizedPath(other, '/accessibility') }}>
      <div className="page-width prose">
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>

        <h2>{t('standardHeading')}</h2>
        <p>{t('standard')}</p>

        <h2>{t('testingHeading')}</h2>
        <ul>
          <li>{t('testingAutomated')}</li>
          <li>{t('testingKeyboard')}</li>
          <li>{t('testingScreenReader')}</li>
          <li>{t('testingReflow')}</li>
        </ul>

        <h2>{t('limitationsHeading')}</h2>
        <ul>
          <li>{t('limitationsImages')}</li>
          <li>{t('limitationsAttachments')}</li>
          <li>{t('limitationsScript')}</li>
        </ul>

        <h2>{t('reportHeading')}</h2>
        <p>{t('report')}</p>
        <p>
          <a href="https://moda.gov.tw/">{t('reportLink')}</a>
        </p>
      </div>
    </PageShell>
  );
}
