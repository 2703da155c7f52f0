import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { groupKey } from '@/content-layer/group-routes';
import { groupFeedResponse } from '@/syndication/feed-response';

// Regenerated at most every minute, like the pages, so a scheduled release appears in time.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

/** /tags/<tag>/feed.json and /en/tags/<tag>/feed.json, reached through the proxy, which has checked that the tag has a page. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; tag: string }> }): Promise<Response> {
  const { locale, tag } = await params;
  const key = groupKey(tag);
  if (!hasLocale(routing.locales, locale) || key === null) return new Response('Not found\n', { status: 404 });
  return groupFeedResponse(locale, 'tag', key, 'json');
}
