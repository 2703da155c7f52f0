import { notFound } from 'next/navigation';
import { cache } from 'react';
import { currentLocale } from '@/i18n/current-locale';
import { reviewOutcome } from './context';

/** The outcome of a review link, once per request (metadata and page both ask). */
export const reviewOutcomeOnce = cache(reviewOutcome);

/**
 * What a review page shows: the link's release in the page's language. The
 * proxy has rewritten here only when that holds; should the link have changed
 * state in between (a key written, its expiry reached), nothing is shown.
 */
export async function shownRelease(params: Promise<{ token: string }>) {
  const { token } = await params;
  const locale = await currentLocale();
  const outcome = await reviewOutcomeOnce(token);
  const version = outcome.kind === 'show' ? outcome.versions.find((each) => each.locale === locale) : undefined;
  if (outcome.kind !== 'show' || !version) notFound();
  return { token, locale, claims: outcome.claims, versions: outcome.versions, version };
}
