import { getTranslations } from 'next-intl/server';
import { LocalizedLink as Link } from './LocalizedLink';
import { LanguageSwitch, type LanguageSwitchTarget } from './LanguageSwitch';
import { ThemeToggle } from './ThemeToggle';

export type Section = 'home' | 'press' | null;

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
      <div className="site-header__inner">
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
        <div className="site-header__tools">
          <LanguageSwitch target={languageSwitch} />
          <ThemeToggle label={t('Theme.toggle')} darkState={t('Theme.dark')} lightState={t('Theme.light')} />
        </div>
      </div>
    </header>
  );
}
