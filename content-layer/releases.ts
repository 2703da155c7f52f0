import { resolve } from 'node:path';
import type { Locale } from '@/i18n/routing';
import { loadContentTree, type ContentFileCache, type Release, type ReleaseVersion } from './load';
import { ContentValidationError, type ContentProblem } from './problems';

export type { Release, ReleaseVersion } from './load';

export type PublicationState = 'public' | 'draft' | 'scheduled';

/** A draft stays private whatever its date; otherwise a version is public once its date has come. */
export function publicationState(version: ReleaseVersion, now: Date): PublicationState {
  if (version.draft) return 'draft';
  return version.date.instant.getTime() <= now.getTime() ? 'public' : 'scheduled';
}

export function isPublic(version: ReleaseVersion, now: Date): boolean {
  return publicationState(version, now) === 'public';
}

/** Newest first; releases of the same moment keep a stable order by slug. */
export function newestFirst(a: ReleaseVersion, b: ReleaseVersion): number {
  return b.date.instant.getTime() - a.date.instant.getTime() || a.slug.localeCompare(b.slug);
}

/** In a newest-first list, the position of the first version dated at or before `time`. */
function firstPublishedBy(versions: readonly ReleaseVersion[], time: number): number {
  let low = 0;
  let high = versions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (versions[middle]!.date.instant.getTime() > time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Who the index answers for: citizens see public versions only; staff in
 * preview also see drafts and scheduled releases.
 */
export type Audience = 'public' | 'staff';

/** Whether a version has been removed as published in error: it is then gone from every public surface. */
export const isRemoved = (version: ReleaseVersion) => version.removed !== undefined;

/**
 * The releases of one content tree, indexed for the questions pages ask.
 * A removed version is in none of its lists and is never found; only
 * `removal` answers for it. A withdrawn one stays in `list` (feeds, the
 * sitemap, a filter that asks for it) and leaves `current` (home, the default
 * press list).
 */
export class ReleaseIndex {
  private readonly bySlug: Map<string, Release>;
  /** Per language, the versions this audience may ever see, newest first: sorted once, not per request. */
  private readonly newest = new Map<Locale, ReleaseVersion[]>();
  /** The last answer to `list` per language, kept while no scheduled release has come due since. */
  private readonly published = new Map<Locale, { due: number; versions: readonly ReleaseVersion[] }>();
  /** `list` without withdrawn releases, by the list it was made from. */
  private readonly standing = new WeakMap<readonly ReleaseVersion[], readonly ReleaseVersion[]>();
  /** Per language, the removal dates of public removed versions, newest first: what a list's validator must also see. */
  private readonly removals = new Map<Locale, number[]>();

  constructor(
    releases: readonly Release[],
    readonly audience: Audience = 'public',
  ) {
    this.bySlug = new Map(releases.map((release) => [release.slug, release]));
    for (const release of releases) {
      for (const version of Object.values(release.versions) as ReleaseVersion[]) {
        if (audience === 'public' && version.draft) continue;
        if (isRemoved(version)) {
          const removals = this.removals.get(version.locale) ?? [];
          removals.push(Math.max(version.removed!.date.instant.getTime(), version.date.instant.getTime()));
          this.removals.set(version.locale, removals);
          continue;
        }
        const versions = this.newest.get(version.locale) ?? [];
        versions.push(version);
        this.newest.set(version.locale, versions);
      }
    }
    for (const versions of this.newest.values()) versions.sort(newestFirst);
    for (const removals of this.removals.values()) removals.sort((a, b) => b - a);
  }

  private visible(version: ReleaseVersion | undefined, now: Date): version is ReleaseVersion {
    return version !== undefined && !isRemoved(version) && (this.audience === 'staff' || isPublic(version, now));
  }

  /**
   * The releases in one language, newest first. For the public, the scheduled
   * releases are the newest-dated ones at the front, so what is public at
   * `now` is the rest of the list; the same array is returned until the next
   * scheduled release comes due, so what is derived from it (facets, filtered
   * lists) can be cached against it.
   */
  list(locale: Locale, now = new Date()): readonly ReleaseVersion[] {
    const versions = this.newest.get(locale) ?? [];
    if (this.audience === 'staff') return versions;
    const due = firstPublishedBy(versions, now.getTime());
    const cached = this.published.get(locale);
    if (cached?.due === due) return cached.versions;
    const published = due === 0 ? versions : versions.slice(due);
    this.published.set(locale, { due, versions: published });
    return published;
  }

  /**
   * When the next scheduled release in one language comes due after `now`, or
   * undefined when none is scheduled: how long an answer built from `list` may
   * be kept by a cache without missing it.
   */
  nextDue(locale: Locale, now = new Date()): Date | undefined {
    const versions = this.newest.get(locale) ?? [];
    const due = firstPublishedBy(versions, now.getTime());
    return due === 0 ? undefined : versions[due - 1]!.date.instant;
  }

  /**
   * The newest moment, up to `now`, at which a public version in one language
   * was removed as published in error (or went public, removed already): a
   * list changes then although none of its releases did.
   */
  lastRemoval(locale: Locale, now = new Date()): Date | undefined {
    const time = (this.removals.get(locale) ?? []).find((each) => each <= now.getTime());
    return time === undefined ? undefined : new Date(time);
  }

  /**
   * The releases in one language that still stand, newest first: `list`
   * without the withdrawn ones. The same array until `list` changes.
   */
  current(locale: Locale, now = new Date()): readonly ReleaseVersion[] {
    const all = this.list(locale, now);
    let standing = this.standing.get(all);
    if (!standing) {
      standing = all.some((version) => version.withdrawn) ? all.filter((version) => !version.withdrawn) : all;
      this.standing.set(all, standing);
    }
    return standing;
  }

  /**
   * A version removed as published in error, once its date has come (before
   * that it was never public, and its URL stays a plain 404).
   */
  removal(locale: Locale, slug: string, now = new Date()): ReleaseVersion | undefined {
    const version = this.bySlug.get(slug)?.versions[locale];
    if (!version?.removed || version.draft) return undefined;
    return this.audience === 'staff' || isPublic(version, now) ? version : undefined;
  }

  /** One release in one language, or undefined: to the public, drafts are indistinguishable from slugs that never existed. */
  find(locale: Locale, slug: string, now = new Date()): ReleaseVersion | undefined {
    const version = this.bySlug.get(slug)?.versions[locale];
    return this.visible(version, now) ? version : undefined;
  }

  /** The languages a release can be read in. */
  localesOf(slug: string, now = new Date()): Locale[] {
    const release = this.bySlug.get(slug);
    if (!release) return [];
    return (Object.values(release.versions) as ReleaseVersion[])
      .filter((version) => this.visible(version, now))
      .map((version) => version.locale);
  }

  /** Releases with at least one version not yet public, newest first: the staff's work list. */
  unpublished(now = new Date()): Release[] {
    if (this.audience !== 'staff') return [];
    const newest = (release: Release) =>
      Math.max(...(Object.values(release.versions) as ReleaseVersion[]).map((v) => v.date.instant.getTime()));
    return [...this.bySlug.values()]
      .filter((release) => (Object.values(release.versions) as ReleaseVersion[]).some((v) => !isPublic(v, now)))
      .sort((a, b) => newest(b) - newest(a) || a.slug.localeCompare(b.slug));
  }

  /**
   * Releases, public ones included, with images not yet described (`alt: ""`):
   * per language, how many of how many. For staff; by slug.
   */
  undescribedImages(): { slug: string; counts: Partial<Record<Locale, { count: number; total: number }>> }[] {
    if (this.audience !== 'staff') return [];
    const rows = [];
    for (const release of this.bySlug.values()) {
      const counts: Partial<Record<Locale, { count: number; total: number }>> = {};
      for (const version of Object.values(release.versions) as ReleaseVersion[]) {
        const count = version.images.filter((image) => image.alt.trim() === '').length;
        if (count > 0) counts[version.locale] = { count, total: version.images.length };
      }
      if (Object.keys(counts).length > 0) rows.push({ slug: release.slug, counts });
    }
    return rows.sort((a, b) => a.slug.localeCompare(b.slug));
  }

  /**
   * Releases one of whose languages has a correction newer than the other's
   * last change: its translation may not carry the correction. For staff.
   */
  translationsBehind(): { slug: string; behind: ReleaseVersion; ahead: ReleaseVersion }[] {
    if (this.audience !== 'staff') return [];
    const rows = [];
    for (const release of this.bySlug.values()) {
      for (const behind of Object.values(release.versions) as ReleaseVersion[]) {
        const ahead = newerTranslation(release, behind.locale);
        if (ahead) rows.push({ slug: release.slug, behind, ahead });
      }
    }
    return rows.sort((a, b) => a.slug.localeCompare(b.slug));
  }

  /** A release with all its versions, for staff. */
  release(slug: string): Release | undefined {
    return this.audience === 'staff' ? this.bySlug.get(slug) : undefined;
  }
}

/** When a version last changed: its newest correction, else its publication. */
export function lastChanged(version: ReleaseVersion): Date {
  return (version.changes.at(-1)?.date ?? version.date).instant;
}

/**
 * Whether `other` (the same release in another language) has a correction
 * newer than `own`'s last change, so that `own` may lack it.
 */
export function correctedSince(other: ReleaseVersion | undefined, own: ReleaseVersion): other is ReleaseVersion {
  return other !== undefined && !isRemoved(other) && other.changes.length > 0 && lastChanged(other) > lastChanged(own);
}

/** The other language's version of a release when it has a correction this one may lack; else undefined. */
export function newerTranslation(release: Release, locale: Locale): ReleaseVersion | undefined {
  const own = release.versions[locale];
  if (!own || isRemoved(own)) return undefined;
  return (Object.values(release.versions) as ReleaseVersion[]).find((other) => other.locale !== locale && correctedSince(other, own));
}

/** Where releases are read from: `CONTENT_DIR`, or `content/` by default. */
export function contentRoot(): string {
  // Content is read at run time from a folder chosen by the environment; it is not code to trace.
  return resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR || 'content');
}

/**
 * The loaded index lives on `globalThis`, not in a module variable: Next
 * bundles each route (and the proxy) separately, each with its own copy of
 * this module, and a module variable would read the whole archive once per
 * route. Keyed by content root, so a test can switch trees.
 */
const PROCESS_CACHE = Symbol.for('moda-press-portal.release-index');
/** Staff previews re-read the tree on every request, but parse only the files whose size or time changed. */
const STAFF_FILES = Symbol.for('moda-press-portal.staff-files');
const processGlobal = globalThis as typeof globalThis & {
  [PROCESS_CACHE]?: { root: string; index: ReleaseIndex };
  [STAFF_FILES]?: { root: string; files: ContentFileCache };
};

/**
 * The content, read and validated once per process (build or server start),
 * never per request. Any error stops the build: a broken release never
 * half-publishes.
 */
export function getReleaseIndex(): ReleaseIndex {
  const root = contentRoot();
  const cached = processGlobal[PROCESS_CACHE];
  if (cached?.root === root) return cached.index;
  const { releases, problems } = loadContentTree(root);
  if (problems.some((problem) => problem.severity === 'error')) {
    throw new ContentValidationError(problems);
  }
  const index = new ReleaseIndex(releases);
  processGlobal[PROCESS_CACHE] = { root, index };
  return index;
}

/**
 * Makes `index` what `getReleaseIndex` answers for `root`, as if read from it:
 * how a server uses the index of a snapshot built with its build (see snapshot.ts).
 */
export function adoptReleaseIndex(root: string, index: ReleaseIndex): void {
  processGlobal[PROCESS_CACHE] = { root, index };
}

/**
 * For staff previews: the content folder read afresh, so an edited draft shows
 * on reload without a rebuild. A file with errors is left out (and its problems
 * returned for the staff overview) rather than breaking every preview.
 */
export function loadStaffIndex(): { index: ReleaseIndex; problems: ContentProblem[] } {
  const root = contentRoot();
  const cached = processGlobal[STAFF_FILES];
  const files = cached?.root === root ? cached.files : new Map();
  processGlobal[STAFF_FILES] = { root, files };
  const { releases, problems } = loadContentTree(root, files);
  return { index: new ReleaseIndex(releases, 'staff'), problems };
}
