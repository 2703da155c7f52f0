/**
 * What the proxy does for `/api/v1/…`: nothing, but for a path Next itself
 * could not route. A segment whose percent-encoding is not UTF-8
 * (`/api/v1/releases/%E0%A4%A`) makes Next answer a bare 500 before any route
 * handler runs; the proxy runs first, so it answers such a path as the API
 * answers any path that names nothing: a 404 as problem details.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { instanceOf, problem, problemResponse } from './problem';

export const API_PREFIX = '/api/v1';

export function apiGate(request: NextRequest): Response {
  try {
    for (const segment of request.nextUrl.pathname.split('/')) decodeURIComponent(segment);
  } catch {
    return problemResponse(
      problem('not-found', 'No API resource at this path: see /api/v1/openapi.json for the endpoints.', { instance: instanceOf(request).replace(/%/g, '%25') }),
      request.method === 'HEAD',
    );
  }
  return NextResponse.next();
}
