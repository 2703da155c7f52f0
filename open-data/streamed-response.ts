/**
 * A large answer sent as it is made: the body is pulled a chunk at a time
 * (backpressure included), so only a chunk is in memory at once. Its tag is
 * not a hash of the body (that would need the body whole) but of what it is
 * made from, which changes whenever the body can.
 */
import { createHash } from 'node:crypto';
import { CORS_HEADERS } from './cors';
import { httpDate } from './dates';
import { apiCacheControl, noneMatch, notModifiedSince } from './http';

export interface Streamed {
  /** What the body is made from, e.g. format, language, count, last change: hashed into the ETag. */
  tag: string;
  lastModified: Date;
  maxAge: number;
  contentType: string;
  headers?: Record<string, string>;
  chunks: () => Iterator<string>;
}

export function streamedResponse(request: Request, streamed: Streamed): Response {
  const etag = `W/"${createHash('sha1').update(streamed.tag).digest('base64url')}"`;
  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    'Cache-Control': apiCacheControl(streamed.maxAge),
    ETag: etag,
    'Last-Modified': httpDate(streamed.lastModified),
    ...streamed.headers,
  };
  const ifNoneMatch = request.headers.get('if-none-match');
  const current =
    ifNoneMatch !== null ? noneMatch(ifNoneMatch, etag) : notModifiedSince(request.headers.get('if-modified-since'), streamed.lastModified);
  if (current) return new Response(null, { status: 304, headers });
  if (request.method === 'HEAD') return new Response(null, { status: 200, headers: { ...headers, 'Content-Type': streamed.contentType } });
  const encoder = new TextEncoder();
  const chunks = streamed.chunks();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': streamed.contentType } });
}
