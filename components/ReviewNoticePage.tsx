import type { Metadata } from 'next';
import { reviewNoticeTitle, ReviewNotice } from './ReviewNotice';
import { currentLocale } from '@/i18n/current-locale';
import { otherLocale } from '@/i18n/languages';
import { reviewOutcomeOnce } from '@/review/page-data';
import { reviewPath } from '@/review/paths';

type Props = { params: Promise<{ token: string }> };

/**
 * The page the proxy rewrites an expired or revoked link to (status 410). It
 * reads the outcome again for the date to show; should that have changed in
 * between, it says no more than that the link is not valid.
 */
export function reviewNoticePage(kind: 'expired' | 'revoked') {
  async function outcomeKind(params: Props['params']) {
    const { token } = await params;
    const outcome = await reviewOutcomeOnce(token);
    return { token, outcome: outcome.kind === kind ? outcome : undefined };
  }
  return {
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const { outcome } = await outcomeKind(params);
      return { title: await reviewNoticeTitle(outcome ? kind : 'invalid'), robots: { index: false, follow: false } };
    },
    async Page({ params }: Props) {
      const { token, outcome } = await outcomeKind(params);
      const other = otherLocale(await currentLocale());
      return outcome ? (
        <ReviewNotice kind={kind} expiresAt={outcome.claims.expiresAt} switchHref={reviewPath(other, token)} />
      ) : (
        <ReviewNotice kind="invalid" switchHref={reviewPath(other, token)} />
      );
    },
  };
}
