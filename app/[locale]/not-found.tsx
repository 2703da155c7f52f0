import { getTranslations } from 'next-intl/server';
import { LocalizedLink as Link } from '@/components/LocalizedLink';

/**
 * The boundary for a page that calls notFound() after the proxy let its URL
 * through (a guard: the proxy decides 404s before rendering, as the page
 * `page-not-found` with the site's full frame). Next serializes this tree into
 * every page's flight data as the fallback, so it is kept to the message and
 * two ways on: with the header and footer it doubled them in every document.
 * Next 16 answers a notFound() thrown while rendering with an empty document
 * anyway (vercel/next.js#95613); this is what a client-side navigation shows.
 */
export default async function NotFoundBoundary() {
  const t = await getTranslations('NotFound');
  return (
    <main className="site-main page-width not-found-boundary">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <Link href="/">{t('home')}</Link> · <Link href="/press">{t('press')}</Link>
      </p>
    </main>
  );
}
