import { cache } from 'react';
import { loadStaffIndex } from '@/content-layer/releases';
import { isPreviewing } from '@/content-layer/request';
import type { Locale } from '@/i18n/routing';
import type { Comparison } from './comparisons';
import { liveComparisons, publicComparisons } from './store';

/**
 * A version's comparisons for this request, by change number: the build's for
 * the public; in preview, worked out from the folder as staff have it now,
 * so that a correction is seen compared before it is published.
 */
export const comparisonsForRequest = cache(
  async (locale: Locale, slug: string): Promise<Readonly<Record<number, Comparison>>> => {
    if (!(await isPreviewing())) return publicComparisons(locale, slug);
    const release = loadStaffIndex().index.release(slug);
    return release ? (liveComparisons(release)[locale] ?? {}) : {};
  },
);
