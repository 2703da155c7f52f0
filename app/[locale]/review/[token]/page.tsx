import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Breadcrumb } from '@/components/Breadcrumb';
import { PageShell } from '@/components/PageShell';
import { ReleaseArticle } from '@/components/ReleaseArticle';
import { ReviewBanner } from '@/components/ReviewBanner';
import { otherLocale } from '@/i18n/languages';
import { localizedPath, siteUrl } from '@/i18n/urls';
import { shownRelease } from '@/review/page-data';
import { showImagesThroughReviewLink } from '@/review/media';
import { reviewPath } from '@/review/paths';

// Per request: the link is checked and the content read each time (the proxy decided the status).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { version } = await shownRelease(params);
  return { title: version.title, robots: { index: false, follow: false } };
}

/** A release as it will look when published, for whoever holds the link, under the review banner. */
export default async function ReviewPage({ params }: Props) {
  const { token, locale, claims, versions, version } = await shownRelease(params);
  showImagesThroughReviewLink(token);
  const t = await getTranslations('Review');
  const other = otherLocale(locale);
  const translated = versions.some((each) => each.locale === other);
  const path = `/press/${version.slug}`;
  return (
    <PageShell
      section="press"
      path={path}
      // The other language through the same link when it opens it; otherwise that language's public home.
      languageSwitch={
        translated
          ? { locale: other, href: reviewPath(other, token) }
          : { locale: other, href: localizedPath(other, '/'), untranslated: true }
      }
      banner={
        <ReviewBanner
          claims={claims}
          version={version}
          locale={locale}
          token={token}
          sideBySide={translated ? { href: 'side-by-side', label: t('sideBySideLink') } : undefined}
        />
      }
    >
      <div className="page-width">
        <Breadcrumb current={version.title} />
        <ReleaseArticle release={version} url={new URL(localizedPath(locale, path), siteUrl()).href} />
      </div>
    </PageShell>
  );
}
