import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { LocalizedLink as Link } from '@/components/LocalizedLink';
import { PageShell } from '@/components/PageShell';
import { ReleaseDate } from '@/components/ReleaseDate';
import { releaseIndexForRequest } from '@/content-layer/request';
import { currentLocale } from '@/i18n/current-locale';
import { otherLocale } from '@/i18n/languages';
import { feedAlternates, localizedPath } from '@/i18n/urls';

// The proxy rewrites the address of a release removed as published in error
// here, with status 410 Gone (see proxy.ts); asked for directly, it is a 404.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

async function requestedRemoval(params: Props['params']) {
  const locale = await currentLocale();
  const removed = (await releaseIndexForRequest()).removal(locale, (await params).slug);
  if (!removed?.removed) notFound();
  return { locale, removal: removed.removed };
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Record');
  return { title: t('removedTitle'), robots: { index: false }, alternates: await feedAlternates(await currentLocale()) };
}

/**
 * What the address of a removed release says: that it was removed and when,
 * and nothing of what it said, which was published in error.
 */
export default async function RemovedReleasePage({ params }: Props) {
  const { locale, removal } = await requestedRemoval(params);
  const t = await getTranslations('Record');
  const notFoundText = await getTranslations('NotFound');
  const search = await getTranslations('Search');
  const other = otherLocale(locale);
  return (
    <PageShell section="press" path="/press" languageSwitch={{ locale: other, href: localizedPath(other, '/press') }}>
      <div className="page-width">
        <h1>{t('removedTitle')}</h1>
        <p>{t.rich('removedBody', { date: () => <ReleaseDate date={removal.date} locale={locale} /> })}</p>
        <p>{t('removedHelp')}</p>
        <ul>
          <li>
            <Link href="/press">{notFoundText('press')}</Link>
          </li>
          <li>
            <Link href="/search">{search('title')}</Link>
          </li>
          <li>
            <Link href="/">{notFoundText('home')}</Link>
          </li>
        </ul>
      </div>
    </PageShell>
  );
}
