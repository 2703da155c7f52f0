import { jsonFeedResponse } from '@/syndication/feed-response';

// Regenerated at most every minute, like the pages, so scheduled releases appear in time.
export const revalidate = 60;

/** The Chinese JSON Feed, at the site's root like the Chinese pages. */
export function GET(): Promise<Response> {
  return jsonFeedResponse('zh-TW');
}
