import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { LocalizedLink as Link } from '@/components/LocalizedLink';
import { PageShell } from '@/components/PageShell';
import { currentLocale } from '@/i18n/current-locale';
import { otherLocale } from '@/i18n/languages';
import { routing } from '@/i18n/routing';
import { alternatesFor, feedPath, localizedPath } from '@/i18n/urls';

// Only the site's locales exist: any other first segment (e.g. /api, /x.txt) is
// no route, and gets the bilingual global 404. (Set per page, not on the layout,
// where it would also stop release pages from rendering once a scheduled one is due.)
export const dynamicParams = false;

export async function generateMetadata(): Promise<Metadata> {
  const locale = await currentLocale();
  const t = await getTranslations('SiteMap');
  return { title: t('title'), alternates: await alternatesFor(locale, '/site-map', routing.locales) };
}

/** 網站導覽: every section, the access keys and keyboard use, as Taiwan's government sites provide. */
export default async function SiteMapPage() {
  const locale = await currentLocale();
  const t = await getTranslations('SiteMap');
  const groups = await getTranslations('Groups');
  const other = otherLocale(locale);
  const sections = [
    { href: '/', label: t('sectionsHome') },
    { href: '/press', label: t('sectionsPress') },
    { href: '/units', label: groups('unitsTitle') },
    { href: '/tags', label: groups('tagsTitle') },
    { href: '/search', label: t('sectionsSearch') },
    { href: '/site-map', label: t('sectionsSiteMap') },
    { href: '/accessibility', label: t('sectionsAccessibility') },
  ];
  return (
    <PageShell section="site-map" path="/site-map" languageSwitch={{ locale: other, href: localizedPath(other, '/site-map') }}>
      <div className="page-width prose">
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>

        <h2>{t('sectionsHeading')}</h2>
        <ul>
          {sections.map((section) => (
            <li key={section.href}>
              <Link href={section.href}>{section.label}</Link>
            </li>
          ))}
          <li>
            <a href={feedPath(locale)} type="application/rss+xml">
              {t('sectionsFeed')}
            </a>
          </li>
        </ul>

        <h2>{t('accessKeysHeading')}</h2>
        <p>{t('accessKeysIntro')}</p>
        <ul>
          <li>{t('keyU')}</li>
          <li>{t('keyC')}</li>
          <li>{t('keyZ')}</li>
          <li>{t('keyS')}</li>
        </ul>
        <p>{t('keyBrowsers')}</p>

        <h2>{t('keyboardHeading')}</h2>
        <ul>
          <li>{t('keyboardTab')}</li>
          <li>{t('keyboardActivate')}</li>
          <li>{t('keyboardSkip')}</li>
          <li>{t('keyboardGoTop')}</li>
        </ul>

        <h2>{t('regionsHeading')}</h2>
        <p>{t('regionsIntro')}</p>
        <ul>
          <li>{t('regionsHeader')}</li>
          <li>{t('regionsNav')}</li>
          <li>{t('regionsMain')}</li>
          <li>{t('regionsFooter')}</li>
        </ul>
      </div>
    </PageShell>
  );
}
