import type { ReactNode } from 'react';
import type { LanguageSwitchTarget } from './LanguageSwitch';
import { SiteFooter } from './SiteFooter';
import { SiteHeader, type Section } from './SiteHeader';
import { MAIN_CONTENT_ID, SkipLink } from './SkipLink';

/**
 * Every page's frame, in keyboard order: skip link, header (name, navigation,
 * language switch, theme toggle), main content, footer with "Go Top".
 * Pages render it themselves because only a page knows where its language
 * switch should lead.
 */
export function PageShell({
  section,
  languageSwitch,
  children,
}: {
  section: Section;
  languageSwitch: LanguageSwitchTarget;
  children: ReactNode;
}) {
  return (
    <>
      <SkipLink />
      <SiteHeader section={section} languageSwitch={languageSwitch} />
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="site-main">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
