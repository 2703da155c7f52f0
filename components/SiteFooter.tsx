import { getTranslations } from 'next-intl/server';

export async function SiteFooter() {
  const t = await getTranslations();
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p className="site-footer__name">{t('Site.ministry')}</p>
        <p>{t('Footer.licence')}</p>
        {/* `#top` is the body: works without JavaScript, and the next Tab starts from the skip link. */}
        <p className="go-top">
          <a href="#top">{t('Site.goTop')}</a>
        </p>
      </div>
    </footer>
  );
}
