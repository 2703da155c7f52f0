import { getTranslations } from 'next-intl/server';
import { AccessKeyAnchor } from './AccessKeyAnchor';
import { currentLocale } from '@/i18n/current-locale';
import { feedPath } from '@/i18n/urls';
import { LocalizedLink as Link } from './LocalizedLink';

export async function SiteFooter() {
  const t = await getTranslations();
  const locale = await currentLocale();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <AccessKeyAnchor area="Z" />
        <p className="site-footer__name">{t('Site.ministry')}</p>
        <ul className="site-footer__links">
          <li>
            <Link href="/site-map">{t('Nav.siteMap')}</Link>
          </li>
          <li>
            <Link href="/accessibility">{t('Nav.accessibility')}</Link>
          </li>
          <li>
            <Link href="/open-data">{t('OpenData.footerLink')}</Link>
          </li>
          <li>
            {/* A file, not a page: a plain link. */}
            <a href={feedPath(locale)} type="application/rss+xml">
              {t('Footer.feed')}
            </a>
          </li>
        </ul>
        <p>{t('Footer.licence')}</p>
        {/* `#top` is the body: works without JavaScript, and the next Tab starts from the skip link. */}
        <p className="go-top">
          <a href="#top">{t('Site.goTop')}</a>
        </p>
      </div>
    </footer>
  );
}
