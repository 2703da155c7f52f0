/**
 * What every API route exports beside GET: HEAD (the same answer without a
 * body), OPTIONS (CORS preflight) and, for every method that would change
 * something, a 405 as problem details: the API is read-only.
 */
import { guarded, notFound } from './api';
import { preflightResponse } from './cors';
import { methodNotAllowed } from './problem';

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response> | Response;

export function readOnlyRoute(get: Handler) {
  const refuse = (request: Request) => methodNotAllowed(request);
  return {
    GET: get,
    HEAD: get,
    OPTIONS: () => preflightResponse(),
    POST: refuse,
    PUT: refuse,
    PATCH: refuse,
    DELETE: refuse,
  };
}

/** A path under /api/v1 that names no endpoint. */
export const unknownPath = readOnlyRoute((request) => guarded(() => notFound(request), request));
