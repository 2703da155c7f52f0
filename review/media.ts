import { cache } from 'react';
import type { ShownImage } from '@/content-layer/images';
import { reviewOutcome } from './context';

/**
 * A draft's own images are not public, and a reviewer has no session: on a
 * review page, each image URL carries the link's token in this query
 * parameter, and the image route shows the file if the token shows its release.
 */
export const REVIEW_MEDIA_PARAM = 'review';

/** The review token of the page being rendered, if it is a review page; one per request. */
const pageReviewToken = cache((): { token?: string } => ({}));

/** Called by a review page before it renders the release, so that its images carry the token. */
export function showImagesThroughReviewLink(token: string): void {
  pageReviewToken().token = token;
}

/** An image URL as this request's page must write it: with the review token on a review page, as it is elsewhere. */
export function imageUrlForPage(url: string): string {
  const { token } = pageReviewToken();
  return token ? `${url}?${REVIEW_MEDIA_PARAM}=${token}` : url;
}

/** The local image `file` of `slug` if `token` is a link that shows that release now, in a language it opens. */
export async function imageThroughReviewLink(token: string, slug: string, file: string): Promise<ShownImage | undefined> {
  const outcome = await reviewOutcome(token);
  if (outcome.kind !== 'show' || outcome.claims.slug !== slug) return undefined;
  for (const version of outcome.versions) {
    const image = version.images.find((each) => each.local?.file === file);
    if (image) return image;
  }
  return undefined;
}
