import { NextResponse, type NextRequest } from 'next/server';
import { PRIVATE_CACHE_CONTROL } from '@/cache-policy';
import { PREVIEW_COOKIE } from '@/preview/cookie';
import { SESSION_COOKIE } from './settings';

/**
 * A request in Draft Mode without a live staff session (expired, signed under
 * a secret that has since changed, or never opened): the same address again,
 * with both cookies removed, so the browser asks as the public and nothing of
 * the preview is rendered for it.
 */
export function endedSessionResponse(request: NextRequest): NextResponse {
  const again = new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, request.url);
  const response = NextResponse.redirect(again, 307);
  response.cookies.delete(PREVIEW_COOKIE);
  response.cookies.delete(SESSION_COOKIE);
  response.headers.set('Cache-Control', PRIVATE_CACHE_CONTROL);
  return response;
}
