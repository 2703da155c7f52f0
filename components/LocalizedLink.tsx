import NextLink from 'next/link';
import type { ComponentProps } from 'react';
import { currentLocale } from '@/i18n/current-locale';
import { localizedPath } from '@/i18n/urls';

/**
 * A link within the reader's language: `/press` becomes `/en/press` on English
 * pages. Resolved on the server, so client components need no i18n context.
 *
 * No prefetching: by default every link that scrolls into view fetches its
 * page's flight data, 10 to 15 requests a page view that a reader on a phone
 * pays for in data and main-thread time whether or not they follow a link
 * (docs/performance.md). A followed link still navigates client-side.
 */
export async function LocalizedLink({ href, ...props }: Omit<ComponentProps<typeof NextLink>, 'href'> & { href: string }) {
  const locale = await currentLocale();
  return <NextLink href={localizedPath(locale, href)} prefetch={false} {...props} />;
}
