import type { ReactNode } from 'react';
import { AccessKeyAnchor } from './AccessKeyAnchor';
import type { LanguageSwitchTarget } from './LanguageSwitch';
import { PreviewBanner } from './PreviewBanner';
import { SiteFooter } from './SiteFooter';
import { SiteHeader, type Section } from './SiteHeader';
import { SkipLink } from './SkipLink';

/**
 * Every page's frame, in keyboard order: skip link, the staff preview banner
 * when previewing, header (":::" U anchor,
 * name, navigation, site map, language switch, theme, text size), main content
 * (starting at the ":::" C anchor), footer (":::" Z anchor, links, Go Top).
 * Pages render it themselves because only a page knows where its language
 * switch should lead.
 */
export function PageShell({
  section,
  path,
  languageSwitch,
  banner,
  children,
}: {
  section: Section;
  /** This page's path without the locale, e.g. `/press/5763`. */
  path: string;
  languageSwitch: LanguageSwitchTarget;
  /** A banner of the page's own before the header, as a review link's (components/ReviewBanner.tsx). */
  banner?: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      <SkipLink />
      <PreviewBanner path={path} />
      {banner}
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
