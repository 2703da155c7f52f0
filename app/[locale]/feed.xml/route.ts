import { hasLocale } from 'next-intl';
import { routing } from '@/i18n/routing';
import { feedPath } from '@/i18n/urls';
import { feedResponse } from '@/syndication/feed-response';

export const revalidate = 60;

export function generateStaticParams() {
  return routing.locales.filter((locale) => locale !== routing.defaultLocale).map((locale) => ({ locale }));
}

/** /en/feed.xml; the Chinese feed lives at /feed.xml, where /zh-TW/feed.xml is sent. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await params;
  if (locale === routing.defaultLocale) {
    return new Response(null, { status: 308, headers: { Location: feedPath(locale) } });
  }
  if (!hasLocale(routing.locales, locale)) return new Response('Not found\n', { status: 404 });
  return feedResponse(locale);
}
