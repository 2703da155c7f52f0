import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/Breadcrumb';
import { PageShell } from '@/components/PageShell';
import { ReleaseArticle } from '@/components/ReleaseArticle';
import { getReleaseIndex } from '@/content-layer/releases';
import { currentLocale } from '@/i18n/current-locale';
import { otherLocale } from '@/i18n/languages';
import { alternatesFor, localizedPath, siteUrl } from '@/i18n/urls';

type Props = { params: Promise<{ locale: string; slug: string }> };

// Every public release is prerendered at build time; any other slug is a 404.
export const dynamicParams = false;

export async function generateStaticParams() {
  const locale = await currentLocale();
  return getReleaseIndex()
    .published(locale)
    .map((release) => ({ slug: release.slug }));
}

async function requestedRelease(params: Props['params']) {
  const locale = await currentLocale();
  const { slug } = await params;
  const release = getReleaseIndex().find(locale, slug);
  if (!release) notFound();
  return release;
}

/** Plain text of the first paragraph, for the description when there is no summary. */
function firstParagraph(html: string): string {
  const text = /<p>([\s\S]*?)<\/p>/.exec(html)?.[1]?.replace(/<[^>]+>/g, '') ?? '';
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const release = await requestedRelease(params);
  return {
    title: release.title,
    description: release.summary ?? firstParagraph(release.html),
    alternates: alternatesFor(
      release.locale,
      `/press/${release.slug}`,
      getReleaseIndex().publicLocales(release.slug),
    ),
  };
}

export default async function ReleasePage({ params }: Props) {
  const release = await requestedRelease(params);
  const other = otherLocale(release.locale);
  const translated = getReleaseIndex().find(other, release.slug) !== undefined;
  return (
    <PageShell
      section="press"
      languageSwitch={{
        locale: other,
        href: localizedPath(other, translated ? `/press/${release.slug}` : '/press'),
        untranslated: !translated,
      }}
    >
      <div className="page-width">
        <Breadcrumb current={release.title} />
        <ReleaseArticle
          release={release}
          url={new URL(localizedPath(release.locale, `/press/${release.slug}`), siteUrl()).href}
        />
      </div>
    </PageShell>
  );
}
