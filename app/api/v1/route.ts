import { unknownPath } from '@/open-data/routes';

export const dynamic = 'force-dynamic';

/** Any other path under /api/v1: a 404 as problem details (the proxy passes /api by, so nothing else would say so). */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = unknownPath;
