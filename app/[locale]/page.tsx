import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageShell } from '@/components/PageShell';
import { ReleaseList } from '@/components/ReleaseList';
import { releaseIndexForRequest } from '@/content-layer/request';
import { currentLocale } from '@/i18n/current-locale';
import { otherLocale } from '@/i18n/languages';
import { LocalizedLink as Link } from '@/components/LocalizedLink';
import { routing } from '@/i18n/routing';
import { alternatesFor, localizedPath } from '@/i18n/urls';

// Only the site's locales exist: any other first segment (e.g. /api, /x.txt) is
// no route, and gets the bilingual global 404. (Set per page, not on the layout,
// where it would also stop release pages from rendering once a scheduled one is due.)
export const dynamicParams = false;

const LATEST_COUNT = 5;

// Regenerated at most every minute, so a scheduled release appears without a rebuild.
export const revalidate = 60;

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  return { alternates: await alternatesFor(locale, '/', routing.locales) };
}

export default async function HomePage() {
  const locale = await currentLocale();
  const t = await getTranslations();
  const latest = (await releaseIndexForRequest()).list(locale).slice(0, LATEST_COUNT);
  const other = otherLocale(locale);
  return (
    <PageShell section="home" path="/" languageSwitch={{ locale: other, href: localizedPath(other, '/') }}>
      <div className="page-width">
        <h1>{t('Site.ministry')}</h1>
        <section aria-labelledby="latest-heading">
          <h2 id="latest-heading">{t('Home.latest')}</h2>
          {latest.length > 0 ? (
            <ReleaseList releases={latest} locale={locale} headingLevel={3} />
          ) : (
            <p>{t('Press.empty')}</p>
          )}
          <p>
            <Link href="/press">{t('Home.all')}</Link>
          </p>
        </section>
      </div>
    </PageShell>
  );
}
