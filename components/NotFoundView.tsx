import { getTranslations } from 'next-intl/server';
import { currentLocale } from '@/i18n/current-locale';
import { otherLocale } from '@/i18n/languages';
import { feedAlternates, localizedPath } from '@/i18n/urls';
import { LocalizedLink as Link } from './LocalizedLink';
import { PageShell } from './PageShell';
import { SearchForm } from './SearchForm';

/**
 * The localized "page not found" page, with the site's full frame and ways on;
 * `search`, the words of an old address, fills a search form for them.
 */
export async function NotFoundView({ search = '' }: { search?: string } = {}) {
  const locale = await currentLocale();
  const t = await getTranslations('NotFound');
  const other = otherLocale(locale);
  return (
    <PageShell section={null} path="/" languageSwitch={{ locale: other, href: localizedPath(other, '/') }}>
      <div className="page-width">
        <h1>{t('title')}</h1>
        <p>{t('body')}</p>
        <ul>
          <li>
            <Link href="/">{t('home')}</Link>
          </li>
          <li>
            <Link href="/press">{t('press')}</Link>
          </li>
        </ul>
        {search !== '' && (
          <>
            <p>{t('searchFor', { words: search })}</p>
            <SearchForm id="not-found-search" query={search} />
          </>
        )}
      </div>
    </PageShell>
  );
}

export async function notFoundMetadata() {
  const t = await getTranslations('NotFound');
  return { title: t('title'), robots: { index: false }, alternates: await feedAlternates(await currentLocale()) };
}
