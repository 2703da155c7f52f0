import { IMMUTABLE_CACHE_CONTROL, PRIVATE_CACHE_CONTROL } from '@/cache-policy';
import { answerMedia, findLocalImage, parseMediaPath } from '@/content-layer/media';
import { contentRoot, getReleaseIndex, loadStaffIndex } from '@/content-layer/releases';
import { isPreviewing } from '@/content-layer/request';
import { imageThroughReviewLink, REVIEW_MEDIA_PARAM } from '@/review/media';
import { cookies } from 'next/headers';
import { hasStaffSession } from '@/staff-session/request';
import { SESSION_COOKIE } from '@/staff-session/settings';

// Read per request (preview may see a draft's images); the answers themselves are cached by URL.
export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ slug: string; version: string; width: string; file: string }> };

/**
 * One size of a release's own image: `/media/<slug>/<version>/<width>/<file>`,
 * the URLs in a release page's `srcset` (see content-layer/media.ts). The
 * proxy passes it by (a real file), so a draft's image needs both Draft Mode
 * and a live staff session here, as pages need them there. Anything else, a
 * draft's image to the public included, is a plain 404.
 */
async function serve(request: Request, { params }: Params, head: boolean): Promise<Response> {
  const { slug, version, width, file } = await params;
  const asked = parseMediaPath(slug, version, width, file);
  const previewing =
    asked !== null && (await isPreviewing()) && (await hasStaffSession((await cookies()).get(SESSION_COOKIE)?.value));
  // A review page's images carry its link's token (review/media.ts): a draft's image for whoever holds the link.
  const reviewToken = asked !== null && !previewing ? new URL(request.url).searchParams.get(REVIEW_MEDIA_PARAM) : null;
  const index = previewing ? loadStaffIndex().index : getReleaseIndex();
  const image =
    asked === null
      ? undefined
      : reviewToken !== null
        ? await imageThroughReviewLink(reviewToken, asked.slug, asked.file)
        : findLocalImage(index, asked.slug, asked.file);
  const answer = asked ? await answerMedia(asked, image, contentRoot()) : ({ status: 404 } as const);
  if (answer.status === 404) {
    return new Response(head ? null : 'Not found\n', {
      status: 404,
      headers: {
        'Cache-Control': PRIVATE_CACHE_CONTROL,
        'Content-Type': 'text/plain; charset=utf-8',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  }
  const headers = {
    // Staff's previews and reviewers' copies never reach a shared cache, as for pages.
    'Cache-Control': previewing || reviewToken !== null ? PRIVATE_CACHE_CONTROL : IMMUTABLE_CACHE_CONTROL,
    'Content-Type': answer.contentType,
    'Content-Length': String(answer.body.length),
    ETag: answer.etag,
    'X-Content-Type-Options': 'nosniff',
  };
  if (request.headers.get('if-none-match') === answer.etag) {
    return new Response(null, { status: 304, headers: { 'Cache-Control': headers['Cache-Control'], ETag: answer.etag } });
  }
  return new Response(head ? null : new Uint8Array(answer.body), { status: 200, headers });
}

export function GET(request: Request, context: Params): Promise<Response> {
  return serve(request, context, false);
}

export function HEAD(request: Request, context: Params): Promise<Response> {
  return serve(request, context, true);
}
