import NextLink from 'next/link';
import type { ComponentProps } from 'react';
import { currentLocale } from '@/i18n/current-locale';
import { localizedPath } from '@/i18n/urls';

/**
 * A link within the reader's language: `/press` becomes `/en/press` on English
 * pages. Resolved on the server, so client components need no i18n context.
 */
export async function LocalizedLink({ href, ...props }: Omit<ComponentProps<typeof NextLink>, 'href'> & { href: string }) {
  const locale = await currentLocale();
  return <NextLink href={localizedPath(locale, href)} {...props} />;
}
