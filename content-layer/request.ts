import { draftMode } from 'next/headers';
import { cache } from 'react';
import { getReleaseIndex, loadStaffIndex, type ReleaseIndex } from './releases';

/** True while a staff member previews (Next's Draft Mode); once per request. */
export const isPreviewing = cache(async (): Promise<boolean> => (await draftMode()).isEnabled);

/**
 * The index a page should read for this request: the public one, built once
 * per process; or, in preview, the content folder read afresh, once per request.
 */
export const releaseIndexForRequest = cache(async (): Promise<ReleaseIndex> =>
  (await isPreviewing()) ? loadStaffIndex().index : getReleaseIndex(),
);
