import type { Metadata } from 'next';
import { reviewNoticeTitle, ReviewNotice } from '@/components/ReviewNotice';
import { currentLocale } from '@/i18n/current-locale';
import { otherLocale } from '@/i18n/languages';
import { localizedPath } from '@/i18n/urls';

// The proxy rewrites every review link that is not valid here, with status 404;
// the page knows nothing of the link, so it cannot tell one cause from another.
export const dynamicParams = false;

export async function generateMetadata(): Promise<Metadata> {
  return { title: await reviewNoticeTitle('invalid'), robots: { index: false, follow: false } };
}

export default async function InvalidReviewLinkPage() {
  return <ReviewNotice kind="invalid" switchHref={localizedPath(otherLocale(await currentLocale()), '/')} />;
}
