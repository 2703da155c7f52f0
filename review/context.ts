import { contentRoot, loadStaffIndex } from '@/content-layer/releases';
import { reviewKey } from './key';
import { resolveReviewLink, type ReviewOutcome } from './outcome';
import { readReviewKey } from './revision';

/** A review link resolved against this server's secret and content folder, as the proxy and the pages both need it. */
export function reviewOutcome(token: string): Promise<ReviewOutcome> {
  return resolveReviewLink(token, {
    key: reviewKey(),
    // The content folder as staff see it, read afresh: a draft edited a moment ago shows as it is now.
    staffIndex: () => loadStaffIndex().index,
    reviewKeyOf: (slug) => readReviewKey(contentRoot(), slug),
  });
}
