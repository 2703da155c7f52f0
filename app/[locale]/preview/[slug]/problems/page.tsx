import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ContentProblemList } from '@/components/ContentProblemList';
import { LocalizedLink as Link } from '@/components/LocalizedLink';
import { PageShell } from '@/components/PageShell';
import { loadStaffIndex } from '@/content-layer/releases';
import { isPreviewing } from '@/content-layer/request';
import { currentLocale } from '@/i18n/current-locale';
import { otherLocale } from '@/i18n/languages';
import { feedAlternates, localizedPath } from '@/i18n/urls';
import { releaseProblems } from '@/preview/preview-routes';

// Staff only, and always read afresh from the content folder.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

/**
 * Not a URL staff open: the proxy rewrites a preview of a release whose file
 * failed validation here (`/press/<slug>` in that file's language, or
 * `/preview/<slug>`), with status 422; asked for directly, it is a 404.
 * The proxy only does so for a genuine Draft Mode cookie; the check here is the
 * pages' own rule, so that nothing private ever renders without it.
 */
async function requestedSlug(params: Props['params']): Promise<string> {
  if (!(await isPreviewing())) notFound();
  return (await params).slug;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const slug = await requestedSlug(params);
  const t = await getTranslations('Preview');
  return {
    title: t('fileProblemsTitle', { slug }),
    robots: { index: false, follow: false },
    alternates: await feedAlternates(await currentLocale()),
  };
}

/** Why a release cannot be previewed: every problem of its files, where it is and what is expected. */
export default async function ReleaseProblemsPage({ params }: Props) {
  const slug = await requestedSlug(params);
  const locale = await currentLocale();
  const t = await getTranslations('Preview');
  const problems = releaseProblems(loadStaffIndex().problems, slug);
  const other = otherLocale(locale);

  return (
    <PageShell
      section={null}
      path="/"
      languageSwitch={{ locale: other, href: localizedPath(other, `/preview/${encodeURIComponent(slug)}`) }}
    >
      <div className="page-width page-width--wide">
        <p>
          <Link href="/preview">{t('overviewTitle')}</Link>
        </p>
        <h1>{t('fileProblemsTitle', { slug })}</h1>
        {problems.length > 0 ? (
          <>
            <p>{t('fileProblemsIntro')}</p>
            <ContentProblemList problems={problems} />
          </>
        ) : (
          // Fixed between the proxy's check and this render.
          <p>
            {t('fileProblemsFixed')}{' '}
            <Link href={`/preview/${encodeURIComponent(slug)}`}>{t('sideBySide')}</Link>
          </p>
        )}
      </div>
    </PageShell>
  );
}
