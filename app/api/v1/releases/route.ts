import { answerReleases, guarded } from '@/open-data/api';
import { readOnlyRoute } from '@/open-data/routes';

// Asked afresh each time, so that a scheduled release is listed from its time on; the answer says how long it may be kept.
export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute((request) => guarded(() => answerReleases(request), request));
