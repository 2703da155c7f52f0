import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { localizedPath } from '@/i18n/urls';

// The public pages a reader can be returned to; anything else returns to the home page.
const PUBLIC_PAGE = /^\/(?:press(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?|site-map|accessibility)?$/;

/**
 * Where "Exit preview" leads: the public version of the page the staff member
 * was on. Built from a fixed set of paths, never echoed, so it cannot be made
 * to leave the site.
 */
export function exitTarget(locale: unknown, path: unknown): string {
  const safeLocale = typeof locale === 'string' && hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const safePath = typeof path === 'string' && PUBLIC_PAGE.test(path) ? path : '/';
  return localizedPath(safeLocale, safePath);
}
