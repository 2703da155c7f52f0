import { getTranslations } from 'next-intl/server';
import { AccessKeyAnchor } from './AccessKeyAnchor';
import { LanguageSwitch, type LanguageSwitchTarget } from './LanguageSwitch';
import { LocalizedLink as Link } from './LocalizedLink';
import { SearchForm } from './SearchForm';
import { TextSizeControl } from './TextSizeControl';
import { ThemeToggle } from './ThemeToggle';

export type Section = 'home' | 'press' | 'search' | 'site-map' | 'accessibility' | null;

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
        <Link className="site-header__brand" href="/">
          {t('Site.ministry')}
        </Link>
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
          <LanguageSwitch target={languageSwitch} />
          <ThemeToggle label={t('Theme.toggle')} darkState={t('Theme.dark')} lightState={t('Theme.light')} />
          <TextSizeControl
            label={t('TextSize.label')}
            names={{ small: t('TextSize.small'), medium: t('TextSize.medium'), large: t('TextSize.large') }}
          />
        </div>
      </div>
    </header>
  );
}
