import type { FileRevision } from './git-history';

export interface ChangeRevision {
  commit: string;
  date: Date;
  /** file text before the change (previous revision), or null if the note came with the file's first commit */
  before: string | null;
  /** file text at the commit that added the note */
  after: string;
}

/** The pseudo-commit of a note that is in the file now but in no commit yet. */
export const WORKING_TREE = 'working-tree';

/**
 * revisions: oldest first. current: the file's text now (may hold notes not yet committed).
 * keysOf: the change notes of one file text as stable keys (e.g. `${date}\u0000${note}`), [] for none or unparsable.
 * Returns, for each key in `current`, the revision that first added it; a key first seen only in `current` (not yet committed)
 * maps to { commit: 'working-tree', before: last committed text (or null), after: current }.
 * A key added, removed and added again maps to the last time it was added; an uncommitted note is dated now.
 */
export function changeRevisions(
  revisions: readonly FileRevision[],
  current: string,
  keysOf: (text: string) => string[],
): Map<string, ChangeRevision> {
  const lastAdded = new Map<string, ChangeRevision>();
  let previousText: string | null = null;
  let previousKeys = new Set<string>();
  for (const revision of revisions) {
    const keys = new Set(keysOf(revision.content));
    for (const key of keys) {
      if (!previousKeys.has(key)) {
        lastAdded.set(key, { commit: revision.commit, date: revision.date, before: previousText, after: revision.content });
      }
    }
    previousText = revision.content;
    previousKeys = keys;
  }

  const result = new Map<string, ChangeRevision>();
  for (const key of keysOf(current)) {
    // Only a key still present at the last commit was added by a commit; otherwise the working copy (re)added it.
    const committed = previousKeys.has(key) ? lastAdded.get(key) : undefined;
    result.set(key, committed ?? { commit: WORKING_TREE, date: new Date(), before: previousText, after: current });
  }
  return result;
}
