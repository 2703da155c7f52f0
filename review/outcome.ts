import { isPublic, type ReleaseIndex, type ReleaseVersion } from '@/content-layer/releases';
import type { Locale } from '@/i18n/routing';
import { localizedPath } from './paths';
import { revisionOf } from './revision';
import { verifyReviewToken, type ReviewClaims } from './token';

/**
 * What a review link leads to:
 * - `show`: the release in the languages the link opens (and that exist);
 * - `published`: every one of those is public now, so the link leads to the public page;
 * - `expired`, `revoked`: a genuine link that no longer applies (410), with its claims for the page to say when and for whom;
 * - `invalid`: anything else, a neutral 404 that says nothing of what exists.
 */
export type ReviewOutcome =
  | { kind: 'show'; claims: ReviewClaims; versions: ReleaseVersion[] }
  | { kind: 'published'; claims: ReviewClaims; location: string }
  | { kind: 'expired'; claims: ReviewClaims }
  | { kind: 'revoked'; claims: ReviewClaims }
  | { kind: 'invalid' };

export interface ReviewContext {
  /** The review key; undefined when no secret is set and links are off. */
  key: Uint8Array | undefined;
  /** The content as staff see it: drafts and scheduled releases included. Read only for a genuine token. */
  staffIndex: () => ReleaseIndex;
  /** The release's review key as written now (revision.ts). */
  reviewKeyOf: (slug: string) => string;
  now?: Date;
}

export async function resolveReviewLink(token: string, context: ReviewContext): Promise<ReviewOutcome> {
  if (!context.key) return { kind: 'invalid' };
  const now = context.now ?? new Date();
  const verified = await verifyReviewToken(token, context.key, now);
  if (verified.kind === 'invalid') return verified;
  const { claims } = verified;
  const release = context.staffIndex().release(claims.slug);
  const versions = claims.locales
    .map((locale) => release?.versions[locale])
    .filter((version): version is ReleaseVersion => version !== undefined);
  // The release (or every language the link opens) is gone: as if the link had never existed.
  if (versions.length === 0) return { kind: 'invalid' };
  // Public now: the link has done its work, and the public page hides nothing.
  if (versions.every((version) => isPublic(version, now))) {
    return { kind: 'published', claims, location: localizedPath(versions[0]!.locale, `/press/${claims.slug}`) };
  }
  if (verified.kind === 'expired') return { kind: 'expired', claims };
  if (revisionOf(context.reviewKeyOf(claims.slug)) !== claims.revision) return { kind: 'revoked', claims };
  return { kind: 'show', claims, versions };
}

