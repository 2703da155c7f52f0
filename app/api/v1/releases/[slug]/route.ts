import { answerRelease, guarded } from '@/open-data/api';
import { readOnlyRoute } from '@/open-data/routes';

export const dynamic = 'force-dynamic';

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute(async (request, { params }) => {
  const { slug } = await params;
  return guarded(() => answerRelease(request, String(slug)), request);
});
