import { answerOpenApi, guarded } from '@/open-data/api';
import { readOnlyRoute } from '@/open-data/routes';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute((request) => guarded(() => answerOpenApi(request), request));
