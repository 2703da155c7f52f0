import type { ReviewClaims } from './token';

/** What happened to a link: made, or opened with this result. */
export type AuditOutcome = 'created' | 'shown' | 'published' | 'expired' | 'revoked' | 'invalid';

/**
 * One JSON line per event, on the server's standard output (which PM2 writes
 * to the cluster's logs/press-<port>.out.log): when, which link, which release,
 * for whom, and what came of it. A link that did not verify is logged with no
 * claims at all: what an unsigned token says is not worth recording.
 */
export function auditLine(outcome: AuditOutcome, claims: ReviewClaims | undefined, now = new Date()): string {
  return JSON.stringify({
    log: 'review-link',
    time: now.toISOString(),
    outcome,
    ...(claims && {
      id: claims.id,
      slug: claims.slug,
      label: claims.label,
      locales: claims.locales,
      expires: claims.expiresAt.toISOString(),
    }),
  });
}

export function logReviewEvent(outcome: AuditOutcome, claims?: ReviewClaims): void {
  console.log(auditLine(outcome, claims));
}
