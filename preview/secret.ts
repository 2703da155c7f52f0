import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether `given` is the preview secret. Both sides are hashed first so the
 * comparison takes the same time whatever the lengths, and timingSafeEqual
 * leaks nothing about how much of a guess was right. No secret set: no preview.
 */
export function previewSecretMatches(given: string | null, expected = process.env.PREVIEW_SECRET): boolean {
  if (!expected || !given) return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}
