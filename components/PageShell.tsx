import type { ReactNode } from 'react';
import { AccessKeyAnchor } from './AccessKeyAnchor';
import type { LanguageSwitchTarget } from './LanguageSwitch';
import { SiteFooter } from './SiteFooter';
import { SiteHeader, type Section } from './SiteHeader';
import { SkipLink } from './SkipLink';

/**
 * Every page's frame, in keyboard order: skip link, header (":::" U anchor,
 * name, navigation, site map, language switch, theme, text size), main content
 * (starting at the ":::" C anchor), footer (":::" Z anchor, links, Go Top).
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
      <main className="site-main">
        <div className="page-width">
          <AccessKeyAnchor area="C" />
        </div>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
