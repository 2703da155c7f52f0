/**
 * Each correction's comparison: the release's title and text at the commit
 * that added the change note, and at the revision before it, read from the
 * git history of the content folder. Worked out once per build (and for a
 * staff preview, per request for the one release shown).
 */
import { readFileSync } from 'node:fs';
import { versionFile } from '@/content-layer/load';
import type { ReleaseVersion } from '@/content-layer/releases';
import type { Locale } from '@/i18n/routing';
import { changeRevisions } from './change-revisions';
import { readContentHistory } from './git-history';
import { changeKeys, versionText, type VersionText } from './version-text';

/** One correction, before and after. */
export interface Comparison {
  /** The commit that added the note, or `working-tree` for one not yet committed. */
  commit: string;
  before: VersionText;
  after: VersionText;
}

/** A release's comparisons per language, by change number (1 is the oldest note). */
export type ReleaseComparisons = Partial<Record<Locale, Record<number, Comparison>>>;

export interface Comparisons {
  /** Why there are none, in one line, when the content has no history to read. */
  unavailable?: string;
  releases: Record<string, ReleaseComparisons>;
}

/**
 * The comparisons of every corrected version given. Versions removed as
 * published in error get none: their text is served nowhere.
 */
export function buildComparisons(root: string, versions: readonly ReleaseVersion[]): Comparisons {
  const corrected = versions.filter((version) => version.changes.length > 0 && !version.removed);
  if (corrected.length === 0) return { releases: {} };
  const files = corrected.map((version) => versionFile(root, version.slug, version.locale));
  const history = readContentHistory(root, files);
  if (!history.available) return { unavailable: history.reason, releases: {} };
  const releases: Record<string, ReleaseComparisons> = {};
  corrected.forEach((version, index) => {
    const file = files[index]!;
    let current: string;
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      return;
    }
    const byKey = changeRevisions(history.revisions(file), current, changeKeys);
    const keys = changeKeys(current);
    const numbered: Record<number, Comparison> = {};
    keys.forEach((key, at) => {
      const revision = byKey.get(key);
      if (!revision || revision.before === null) return;
      const before = versionText(revision.before);
      const after = versionText(revision.after);
      if (before && after) numbered[at + 1] = { commit: revision.commit, before, after };
    });
    if (Object.keys(numbered).length > 0) (releases[version.slug] ??= {})[version.locale] = numbered;
  });
  return { releases };
}
