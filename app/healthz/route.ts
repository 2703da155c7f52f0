import { PRIVATE_CACHE_CONTROL } from '@/cache-policy';
import { contentIsReady } from '@/snapshot/warm';

// Asked afresh every time: a cached "ready" would outlive the process that said it.
export const dynamic = 'force-dynamic';

/**
 * Readiness for the process manager, nginx and load balancers: 200 once this
 * instance has its content and search indexes in memory, 503 before. It says
 * nothing else (no version, no counts, no timings): anyone can ask it.
 */
function readiness(): Response {
  const ready = contentIsReady();
  return new Response(ready ? 'ready\n' : 'starting\n', {
    status: ready ? 200 : 503,
    headers: { 'Cache-Control': PRIVATE_CACHE_CONTROL, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

export function GET(): Response {
  return readiness();
}

export function HEAD(): Response {
  return readiness();
}
