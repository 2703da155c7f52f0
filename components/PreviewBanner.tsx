import { getTranslations } from 'next-intl/server';
import { isPreviewing } from '@/content-layer/request';
import { currentLocale } from '@/i18n/current-locale';
import { LocalizedLink as Link } from './LocalizedLink';

/**
 * Shown on every page while staff preview: a landmark with a heading, so it is
 * announced and can be reached, and a POST form to leave preview.
 * `path` is the page's path without the locale, to return to its public version.
 */
export async function PreviewBanner({ path }: { path: string }) {
  if (!(await isPreviewing())) return null;
  const locale = await currentLocale();
  const t = await getTranslations('Preview');
  return (
    <section className="preview-banner" aria-labelledby="preview-banner-heading">
      <div className="preview-banner__inner">
        <h2 id="preview-banner-heading">{t('bannerHeading')}</h2>
        <p>{t('bannerText')}</p>
        <p>
          <Link href="/preview">{t('overviewLink')}</Link>
        </p>
        <form method="post" action="/api/preview/exit">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="path" value={path} />
          <button type="submit">{t('exit')}</button>
        </form>
      </div>
    </section>
  );
}
