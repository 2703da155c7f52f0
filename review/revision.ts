import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RELEASES_FOLDER } from '@/content-layer/load';

/**
 * Ending every link of one release: its folder may hold a file `review-key`,
 * any text (a random value is best). Each link carries a fingerprint of the
 * key as it was when the link was made; write a new key and every earlier link
 * of that release is revoked, on every instance and machine that has the new
 * file, as a draft's own edits reach them. No file is a key too (the empty
 * one), so creating the file ends the links made before it existed.
 */
export const REVIEW_KEY_FILE = 'review-key';

/** The release's review key as written, or '' when it has none. */
export function readReviewKey(contentRoot: string, slug: string): string {
  try {
    return readFileSync(join(/*turbopackIgnore: true*/ contentRoot, RELEASES_FOLDER, slug, REVIEW_KEY_FILE), 'utf8').trim();
  } catch {
    return '';
  }
}

/** What a token carries of the review key: 64 bits of its hash, enough to tell one key from the next. */
export function revisionOf(reviewKey: string): string {
  return createHash('sha256').update(`review-key\n${reviewKey}`, 'utf8').digest('hex').slice(0, 16);
}
