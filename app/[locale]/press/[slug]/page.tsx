import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/Breadcrumb';
import { PageShell } from '@/components/PageShell';
import { ReleaseArticle } from '@/components/ReleaseArticle';
import { releaseDescription } from '@/content-layer/description';
import { shareableImage } from '@/content-layer/images';
import { correctedSince, getReleaseIndex } from '@/content-layer/releases';
import { comparisonsForRequest } from '@/history/request';
import { releaseIndexForRequest } from '@/content-layer/request';
import { currentLocale } from '@/i18n/current-locale';
import { otherLocale } from '@/i18n/languages';
import type { Locale } from '@/i18n/routing';
import { alternatesFor, localizedPath, siteUrl } from '@/i18n/urls';
import { newsArticleJsonLd } from '@/syndication/news-article';

type Props = { params: Promise<{ locale: string; slug: string }> };

// Recent public releases are prerendered at build time. A scheduled release is not;
// once its time comes the proxy lets its URL through and it renders on first
// request, then is cached like the rest. Pages are regenerated at most every
// minute, so lists and language switches pick up newly public releases too.
export const revalidate = 60;

/**
 * Only the newest releases are prerendered, so that a build stays fast as the
 * archive grows (with 10,000 releases, prerendering all 20,000 pages would take
 * minutes); older ones render on their first request (a few milliseconds) and
 * are cached in memory from then on. The e2e build lowers the number so that
 * both kinds of page are tested.
 */
const PRERENDERED_RELEASES = Number(process.env.PRERENDERED_RELEASES || 100);

export async function generateStaticParams() {
  const locale = await currentLocale();
  return getReleaseIndex()
    .list(locale)
    .slice(0, PRERENDERED_RELEASES)
    .map((release) => ({ slug: release.slug }));
}

async function requestedRelease(params: Props['params']) {
  const locale = await currentLocale();
  const { slug } = await params;
  const release = (await releaseIndexForRequest()).find(locale, slug);
  if (!release) notFound();
  return release;
}

/** Open Graph's locale names: zh_TW, en_US. */
const ogLocale = (locale: Locale) => (locale === 'en' ? 'en_US' : locale.replace('-', '_'));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const release = await requestedRelease(params);
  const index = await releaseIndexForRequest();
  const t = await getTranslations('Site');
  const locales = index.localesOf(release.slug);
  const description = releaseDescription(release);
  const image = release.images[0];
  const images = image ? [{ ...shareableImage(release.slug, image), alt: image.alt || image.caption || release.title }] : undefined;
  return {
    title: release.title,
    description,
    alternates: await alternatesFor(release.locale, `/press/${release.slug}`, locales),
    openGraph: {
      type: 'article',
      title: release.title,
      description,
      url: localizedPath(release.locale, `/press/${release.slug}`),
      siteName: t('ministry'),
      locale: ogLocale(release.locale),
      alternateLocale: locales.filter((each) => each !== release.locale).map(ogLocale),
      publishedTime: release.date.instant.toISOString(),
      modifiedTime: (release.updated ?? release.date).instant.toISOString(),
      tags: release.tags,
      images,
    },
    twitter: { card: image ? 'summary_large_image' : 'summary', title: release.title, description, images },
  };
}

export default async function ReleasePage({ params }: Props) {
  const release = await requestedRelease(params);
  const other = otherLocale(release.locale);
  const translation = (await releaseIndexForRequest()).find(other, release.slug);
  const translated = translation !== undefined;
  const comparable = new Set(Object.keys(await comparisonsForRequest(release.locale, release.slug)).map(Number));
  const path = `/press/${release.slug}`;
  const url = new URL(localizedPath(release.locale, path), siteUrl()).href;
  const t = await getTranslations('Site');
  return (
    <PageShell
      section="press"
      path={path}
      languageSwitch={{
        locale: other,
        href: localizedPath(other, translated ? path : '/press'),
        untranslated: !translated,
      }}
    >
      <div className="page-width">
        <Breadcrumb current={release.title} />
        <ReleaseArticle
          release={release}
          url={url}
          comparable={comparable}
          newer={correctedSince(translation, release) ? translation : undefined}
        />
      </div>
      <script
        type="application/ld+json"
        // Data, not code: browsers never run it, so the Content-Security-Policy does not apply.
        dangerouslySetInnerHTML={{
          __html: newsArticleJsonLd(release, {
            url,
            publisher: t('ministry'),
            siteUrl: siteUrl().href,
            description: releaseDescription(release),
          }),
        }}
      />
    </PageShell>
  );
}
