import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/Breadcrumb';
import { LocalizedLink as Link } from '@/components/LocalizedLink';
import { PageShell } from '@/components/PageShell';
import { changeCounts, TextComparison } from '@/components/TextComparison';
import { formatDate } from '@/content-layer/dates';
import { releaseIndexForRequest } from '@/content-layer/request';
import { changePath } from '@/history/change-path';
import { comparisonsForRequest } from '@/history/request';
import { plainParagraphs } from '@/history/version-text';
import { compareParagraphs } from '@/history/word-diff';
import { currentLocale } from '@/i18n/current-locale';
import { languageTag, otherLocale } from '@/i18n/languages';
import { alternatesFor, localizedPath } from '@/i18n/urls';

// Rendered on first request (the proxy lets through only corrections that have
// a comparison) and cached like the release pages, regenerated at most every minute.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; change: string }> };

async function requestedComparison(params: Props['params']) {
  const locale = await currentLocale();
  const { slug, change } = await params;
  const number = Number(change);
  const release = (await releaseIndexForRequest()).find(locale, slug);
  const comparison = release && (await comparisonsForRequest(locale, slug))[number];
  const note = release?.changes[number - 1];
  if (!release || !comparison || !note) notFound();
  return { release, comparison, note, number };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { release, note, number } = await requestedComparison(params);
  const t = await getTranslations('Record');
  return {
    title: t('comparisonTitle', { date: formatDate(note.date.instant, release.locale), title: release.title }),
    alternates: await alternatesFor(release.locale, changePath(release.slug, number), [release.locale]),
  };
}

/** One correction of a release: its note, then the title and text before and after it, word by word. */
export default async function ComparisonPage({ params }: Props) {
  const { release, comparison, note } = await requestedComparison(params);
  const t = await getTranslations('Record');
  const locale = release.locale;
  const title = compareParagraphs([comparison.before.title], [comparison.after.title], locale);
  const body = compareParagraphs(plainParagraphs(comparison.before), plainParagraphs(comparison.after), locale);
  const counts = changeCounts([...title, ...body]);
  const other = otherLocale(locale);
  const translated = (await releaseIndexForRequest()).find(other, release.slug) !== undefined;
  const releasePath = `/press/${release.slug}`;
  const date = formatDate(note.date.instant, locale);
  return (
    <PageShell
      section="press"
      path={releasePath}
      languageSwitch={{ locale: other, href: localizedPath(other, translated ? releasePath : '/press'), untranslated: !translated }}
    >
      <div className="page-width comparison">
        <Breadcrumb current={t('comparisonHeading')} />
        <h1>{t('comparisonTitle', { date, title: release.title })}</h1>
        <p>{t('comparisonIntro', { date })}</p>
        <section className="record-notice comparison__note" aria-labelledby="comparison-note">
          <h2 id="comparison-note">{t('comparisonNote')}</h2>
          <p>{note.note}</p>
        </section>
        <p className="comparison__summary">{t('comparisonSummary', counts)}</p>
        <section aria-labelledby="comparison-title">
          <h2 id="comparison-title">{t('comparisonTitleLabel')}</h2>
          <TextComparison blocks={title} lang={languageTag[locale]} />
        </section>
        <section aria-labelledby="comparison-body">
          <h2 id="comparison-body">{t('comparisonBodyLabel')}</h2>
          <TextComparison blocks={body} lang={languageTag[locale]} />
        </section>
        <p className="comparison__commit">{t('comparisonCommit', { commit: comparison.commit.slice(0, 12) })}</p>
        <p>
          <Link href={`${releasePath}#updates`}>{t('backToRelease')}</Link>
        </p>
      </div>
    </PageShell>
  );
}
