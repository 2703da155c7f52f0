import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { groupKey } from '@/content-layer/group-routes';
import { groupFeedResponse } from '@/syndication/feed-response';

// Regenerated at most every minute, like the pages, so a scheduled release appears in time.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

/** /units/<slug>/feed.json and /en/units/<slug>/feed.json, reached through the proxy, which has checked that the unit has a page. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }): Promise<Response> {
  const { locale, slug } = await params;
  const key = groupKey(slug);
  if (!hasLocale(routing.locales, locale) || key === null) return new Response('Not found\n', { status: 404 });
  return groupFeedResponse(locale, 'unit', key, 'json');
}
