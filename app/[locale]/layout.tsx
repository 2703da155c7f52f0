import type { Metadata, Viewport } from 'next';
import { getTranslations } from 'next-intl/server';
import { ThemeProvider } from 'next-themes';
import type { ReactNode } from 'react';
import { currentLocale } from '@/i18n/current-locale';
import { languageTag } from '@/i18n/languages';
import { routing } from '@/i18n/routing';
import { siteUrl } from '@/i18n/urls';
import { APPLY_SAVED_TEXT_SIZE } from '@/components/text-size';
import { PAGE_BACKGROUND } from '@/components/theme-colors';
import '../globals.css';

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Site');
  return {
    metadataBase: siteUrl(),
    title: { template: `%s | ${t('ministry')}`, default: t('ministry') },
    description: t('description'),
    icons: { icon: '/icon.svg' },
  };
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: PAGE_BACKGROUND.light },
    { media: '(prefers-color-scheme: dark)', color: PAGE_BACKGROUND.dark },
  ],
};

export default async function LocaleLayout({ children }: { children: ReactNode }) {
  const locale = await currentLocale();
  return (
    // next-themes sets data-theme on <html> before hydration; React must not complain.
    <html lang={languageTag[locale]} suppressHydrationWarning>
      <head>
        {/* Before the first paint, like next-themes' script: a chosen text size never flashes. */}
        <script dangerouslySetInnerHTML={{ __html: APPLY_SAVED_TEXT_SIZE }} />
        {/* No first paint of a half-parsed header: the browser waits for the central area's anchor
            (#C, the start of <main>), so a page arriving in pieces on a slow network never shows the
            header's controls moving into place (a layout shift). Browsers without it ignore it. */}
        <link rel="expect" href="#C" blocking="render" />
      </head>
      <body id="top">
        {/* No disableTransitionOnChange: the stylesheet has no transitions to stop, and the option costs
            every page load two full style recalculations when next-themes applies the theme on hydration. */}
        <ThemeProvider attribute="data-theme" defaultTheme="system" enableSystem>
          {children}
        </ThemeProvider>
      </body>
    </html>
  );
}
