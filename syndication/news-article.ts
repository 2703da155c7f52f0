import { shareableImage } from '@/content-layer/images';
import type { ReleaseVersion } from '@/content-layer/releases';
import { languageTag } from '@/i18n/languages';

/** schema.org NewsArticle for a release, published by the ministry as a government organization. */
export function newsArticleJsonLd(
  release: ReleaseVersion,
  { url, publisher, siteUrl, description }: { url: string; publisher: string; siteUrl: string; description: string },
): string {
  const modified = release.updated && release.updated.instant > release.date.instant ? release.updated : release.date;
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: release.title,
    description,
    url,
    mainEntityOfPage: url,
    datePublished: release.date.instant.toISOString(),
    dateModified: modified.instant.toISOString(),
    inLanguage: languageTag[release.locale],
    // schema.org's word for a work's state: a withdrawn release stays up as a record, and says so.
    ...(release.withdrawn ? { creativeWorkStatus: 'Withdrawn' } : {}),
    ...(release.images.length > 0 ? { image: release.images.map((image) => new URL(shareableImage(release.slug, image).url, siteUrl).href) } : {}),
    ...(release.tags.length > 0 ? { keywords: release.tags.join(', ') } : {}),
    author: { '@type': 'GovernmentOrganization', name: release.unit },
    publisher: {
      '@type': 'GovernmentOrganization',
      name: publisher,
      url: siteUrl,
      logo: { '@type': 'ImageObject', url: new URL('/icon.svg', siteUrl).href },
    },
  };
  // "<" escaped so that no text in a release can close the <script> element it sits in.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
