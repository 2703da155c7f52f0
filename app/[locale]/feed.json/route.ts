import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { jsonFeedPath } from '@/i18n/urls';
import { jsonFeedResponse } from '@/syndication/feed-response';

export const revalidate = 60;

export function generateStaticParams() {
  return routing.locales.filter((locale) => locale !== routing.defaultLocale).map((locale) => ({ locale }));
}

/** /en/feed.json; the Chinese JSON Feed lives at /feed.json, where /zh-TW/feed.json is sent. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params;
  if (locale === routing.defaultLocale) {
    return new Response(null, { status: 308, headers: { Location: jsonFeedPath(locale) } });
  }
  if (!hasLocale(routing.locales, locale)) return new Response('Not found\n', { status: 404 });
  return jsonFeedResponse(locale);
}
