import { guarded, notFound } from '@/open-data/api';
import { datasetResponse, parseDatasetFile } from '@/open-data/datasets';
import { readOnlyRoute } from '@/open-data/routes';

// Made per request from the index, so a scheduled release is in it from its time on.
export const dynamic = 'force-dynamic';

/** `/open-data/press-releases.<lang>.<csv|json|xml>`: the datasets (open-data/datasets.ts). The proxy passes it by (it has an extension). */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyRoute(async (request, { params }) => {
  const { file } = await params;
  const dataset = parseDatasetFile(String(file));
  return guarded(() => (dataset ? datasetResponse(request, dataset.lang, dataset.format) : notFound(request, 'No dataset has this name: see /open-data.')), request);
});
