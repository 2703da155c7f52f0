import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { LocalizedLink as Link } from '@/components/LocalizedLink';
import { PageShell } from '@/components/PageShell';
import { renderMarkdown, splitBlocks } from '@/content-layer/markdown';
import { loadStaffIndex } from '@/content-layer/releases';
import { isPreviewing } from '@/content-layer/request';
import { currentLocale } from '@/i18n/current-locale';
import { languageTag, otherLocale } from '@/i18n/languages';
import { routing } from '@/i18n/routing';
import { feedAlternates, localizedPath } from '@/i18n/urls';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string }> };

async function requestedRelease(params: Props['params']) {
  if (!(await isPreviewing())) notFound();
  const release = loadStaffIndex().index.release((await params).slug);
  if (!release) notFound();
  return release;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const release = await requestedRelease(params);
  const locale = await currentLocale();
  const t = await getTranslations('Preview');
  const title = (release.versions[locale] ?? Object.values(release.versions)[0])?.title ?? release.slug;
  return { title: t('sideBySideTitle', { title }), robots: { index: false, follow: false }, alternates: await feedAlternates(await currentLocale()) };
}

/** A release's Chinese and English versions, block by block, with gaps flagged for translators. */
export default async function SideBySidePage({ params }: Props) {
  const release = await requestedRelease(params);
  const locale = await currentLocale();
  const t = await getTranslations('Preview');
  const languages = await getTranslations('Languages');
  const blocks = Object.fromEntries(
    routing.locales.map((each) => [each, splitBlocks(release.versions[each]?.body ?? '')]),
  ) as Record<(typeof routing.locales)[number], string[]>;
  const rows = Math.max(...routing.locales.map((each) => blocks[each].length));
  const title = (release.versions[locale] ?? Object.values(release.versions)[0])?.title ?? release.slug;
  const other = otherLocale(locale);

  return (
    <PageShell
      section={null}
      path="/"
      languageSwitch={{ locale: other, href: localizedPath(other, `/preview/${release.slug}`) }}
    >
      <div className="page-width page-width--wide">
        <p>
          <Link href="/preview">{t('overviewTitle')}</Link>
        </p>
        <h1>{t('sideBySideTitle', { title })}</h1>
        <p>{t('sideBySideIntro')}</p>
        <table className="staff-table side-by-side">
          <caption>{t('sideBySideCaption')}</caption>
          <thead>
            <tr>
              <td />
              {routing.locales.map((each) => (
                <th scope="col" key={each}>
                  {languages(each)}
                  {release.versions[each] ? null : (
                    <>
                      {' '}
                      <span className="flag">{t('missingVersion', { language: languages(each) })}</span>
                    </>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {routing.locales.some((each) => release.versions[each]) ? (
              <tr>
                <th scope="row">{t('columnRelease')}</th>
                {routing.locales.map((each) => (
                  <td key={each} lang={languageTag[each]}>
                    {release.versions[each]?.title ?? <span className="flag">{t('missingTranslation')}</span>}
                  </td>
                ))}
              </tr>
            ) : null}
            {Array.from({ length: rows }, (_, row) => (
              <tr key={row}>
                <th scope="row">{t('paragraph', { number: row + 1 })}</th>
                {routing.locales.map((each) => {
                  const block = blocks[each][row];
                  return block === undefined ? (
                    <td key={each}>
                      <span className="flag">{t('missingTranslation')}</span>
                    </td>
                  ) : (
                    <td
                      key={each}
                      lang={languageTag[each]}
                      // Rendered and sanitized by the content layer, as on the release page.
                      dangerouslySetInnerHTML={{ __html: renderMarkdown(block) }}
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </PageShell>
  );
}
