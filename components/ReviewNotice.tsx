import { getTranslations } from 'next-intl/server';
import { currentLocale } from '@/i18n/current-locale';
import { languageTag, otherLocale } from '@/i18n/languages';
import type { Locale } from '@/i18n/routing';
import { localizedPath } from '@/i18n/urls';
import { taipeiTime } from '@/review/time';
import { LocalizedLink as Link } from './LocalizedLink';
import { PageShell } from './PageShell';

/** Why a review link shows nothing. `invalid` says the same for every cause, so that it reveals nothing of what exists. */
export type ReviewNoticeKind = 'expired' | 'revoked' | 'invalid';

async function noticeText(kind: ReviewNoticeKind, locale: Locale, expiresAt: Date | undefined) {
  const t = await getTranslations({ locale, namespace: 'Review' });
  const title = t(`${kind}Title`);
  const body =
    kind === 'expired' && expiresAt ? t('expiredBody', { time: await taipeiTime(expiresAt, locale) }) : t(`${kind}Body`);
  return { title, body, home: t('homeLink') };
}

export async function reviewNoticeTitle(kind: ReviewNoticeKind): Promise<string> {
  return (await noticeText(kind, await currentLocale(), undefined)).title;
}

/**
 * The page of a link that no longer applies or never did, in both languages
 * (the reader's may not be the one the link was opened in): the page's first,
 * then the other, marked with its language. Nothing of the release is shown.
 */
export async function ReviewNotice({
  kind,
  expiresAt,
  switchHref,
}: {
  kind: ReviewNoticeKind;
  expiresAt?: Date;
  /** The same notice in the other language. */
  switchHref: string;
}) {
  const locale = await currentLocale();
  const other = otherLocale(locale);
  const mine = await noticeText(kind, locale, expiresAt);
  const theirs = await noticeText(kind, other, expiresAt);
  return (
    <PageShell section={null} path="/" languageSwitch={{ locale: other, href: switchHref }}>
      <div className="page-width">
        <h1>{mine.title}</h1>
        <p>{mine.body}</p>
        <p>
          <Link href="/">{mine.home}</Link>
        </p>
        <section lang={languageTag[other]} aria-labelledby="review-notice-other">
          <h2 id="review-notice-other">{theirs.title}</h2>
          <p>{theirs.body}</p>
          <p>
            <a href={localizedPath(other, '/')} hrefLang={languageTag[other]}>
              {theirs.home}
            </a>
          </p>
        </section>
      </div>
    </PageShell>
  );
}
