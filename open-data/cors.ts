/**
 * The API and the datasets are public data: any web page may read them
 * (`Access-Control-Allow-Origin: *`, no credentials), and may read the headers
 * a client needs to page and to revalidate.
 */
export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Last-Modified, Link, Content-Length',
} as const;

/** The answer to a CORS preflight: GET and HEAD, with the conditional request headers. */
export function preflightResponse(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': 'If-None-Match, If-Modified-Since',
      'Access-Control-Max-Age': '86400',
      Allow: 'GET, HEAD, OPTIONS',
      'Cache-Control': 'public, max-age=86400',
    },
  });
}
