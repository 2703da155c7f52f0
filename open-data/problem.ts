/**
 * Errors as RFC 9457 problem details (`application/problem+json`), in English,
 * for every request the API cannot answer: a client can tell what was wrong
 * from the body alone, and nothing of the server (a stack, a path) is ever in it.
 */
import { PRIVATE_CACHE_CONTROL } from '@/cache-policy';
import { absoluteUrl } from './urls';
import { CORS_HEADERS } from './cors';

/** The kinds of problem, each documented at `/open-data/api#<name>` (the API's page). */
export const PROBLEM_TYPES = {
  'invalid-parameter': { status: 400, title: 'Invalid query parameter' },
  'page-not-found': { status: 404, title: 'Page past the end of the list' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
} as const;

export type ProblemType = keyof typeof PROBLEM_TYPES;

export interface InvalidParam {
  name: string;
  reason: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  invalid_params?: InvalidParam[];
}

/** Where a problem type is explained to people. */
export const problemTypeUrl = (type: ProblemType) => absoluteUrl(`/open-data/api#${type}`);

export function problem(type: ProblemType, detail: string, extra: { instance?: string; invalid_params?: InvalidParam[] } = {}): Problem {
  const { status, title } = PROBLEM_TYPES[type];
  return { type: problemTypeUrl(type), title, status, detail, ...extra };
}

/**
 * A problem as a response: never stored by a shared cache, so that a release
 * published a moment later is found at once (as a page's 404 is).
 */
export function problemResponse(body: Problem, head = false, headers: Record<string, string> = {}): Response {
  return new Response(head ? null : JSON.stringify(body), {
    status: body.status,
    headers: {
      'Content-Type': 'application/problem+json; charset=utf-8',
      'Cache-Control': PRIVATE_CACHE_CONTROL,
      'Content-Language': 'en',
      ...CORS_HEADERS,
      ...headers,
    },
  });
}

/** The path asked for, as the `instance` of a problem: without the query, never echoed as markup (this is JSON). */
export function instanceOf(request: Request): string {
  try {
    return new URL(request.url).pathname.slice(0, 300);
  } catch {
    return '/api/v1';
  }
}

/** What the API answers any method but GET, HEAD and OPTIONS with. */
export function methodNotAllowed(request: Request): Response {
  return problemResponse(
    problem('method-not-allowed', `The API is read-only: ${request.method.slice(0, 20)} is not allowed; use GET or HEAD.`, {
      instance: instanceOf(request),
    }),
    false,
    { Allow: 'GET, HEAD, OPTIONS' },
  );
}
