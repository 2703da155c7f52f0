import { getTranslations } from 'next-intl/server';
import { AccessKeyAnchor } from './AccessKeyAnchor';
import { BrandMark } from './BrandMark';
import { LanguageSwitch, type LanguageSwitchTarget } from './LanguageSwitch';
import { LocalizedLink as Link } from './LocalizedLink';
import { MenuEnhancer } from './MenuEnhancer';
import { SearchForm } from './SearchForm';
import { TextSizeControl } from './TextSizeControl';
import { ThemeToggle } from './ThemeToggle';

export type Section = 'home' | 'press' | 'search' | 'site-map' | 'accessibility' | null;

const MENU_ID = 'site-menu';

/**
 * The header, phone first (see docs/design.md): the ":::" U anchor, the
 * wordmark and the language switch are always shown; the main navigation,
 * search, site map, theme and text size are in a native <details> "Menu",
 * which works without JavaScript. On wide screens the summary is hidden and
 * the menu's contents are laid out open (CSS `::details-content`), so the
 * keyboard order is the same at every width, the summary aside.
 */
export async function SiteHeader({
  section,
  languageSwitch,
}: {
  section: Section;
  languageSwitch: LanguageSwitchTarget;
}) {
  const t = await getTranslations();
  const navItems = [
    { key: 'home', href: '/', label: t('Nav.home') },
    { key: 'press', href: '/press', label: t('Nav.press') },
  ] as const;
  return (
    <header className="site-header">
      <noscript>
        <p className="noscript-notice">{t('NoScript.notice')}</p>
      </noscript>
      <div className="site-header__inner">
        <AccessKeyAnchor area="U" />
        <Link className="site-header__brand wordmark" href="/">
          <BrandMark />
          <span className="wordmark__text">
            <span className="wordmark__zh" lang="zh-Hant-TW">
              數位發展部
            </span>
            <span className="wordmark__en" lang="en">
              Ministry of Digital Affairs
            </span>
          </span>
        </Link>
        <LanguageSwitch target={languageSwitch} />
        <details className="site-menu" id={MENU_ID}>
          <summary className="site-menu__toggle">
            <span>{t('Nav.menu')}</span>
          </summary>
          <div className="site-menu__panel">
            <nav className="site-nav" aria-label={t('Nav.label')}>
              <ul>
                {navItems.map((item) => (
                  <li key={item.key}>
                    <Link href={item.href} aria-current={section === item.key ? 'page' : undefined}>
                      {item.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="site-header__search">
              <AccessKeyAnchor area="S" />
              <SearchForm id="header-search" />
            </div>
            <div className="site-header__tools">
              <Link href="/site-map" aria-current={section === 'site-map' ? 'page' : undefined}>
                {t('Nav.siteMap')}
              </Link>
              <ThemeToggle label={t('Theme.toggle')} darkState={t('Theme.dark')} lightState={t('Theme.light')} />
              <TextSizeControl
                label={t('TextSize.label')}
                names={{ small: t('TextSize.small'), medium: t('TextSize.medium'), large: t('TextSize.large') }}
              />
            </div>
          </div>
          <MenuEnhancer menuId={MENU_ID} />
        </details>
      </div>
    </header>
  );
}
