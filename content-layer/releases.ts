import { resolve } from 'node:path';
import type { Locale } from '@/i18n/routing';
import { loadContentTree, type Release, type ReleaseVersion } from './load';
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
function newestFirst(a: ReleaseVersion, b: ReleaseVersion): number {
  return b.date.instant.getTime() - a.date.instant.getTime() || a.slug.localeCompare(b.slug);
}

/**
 * Who the index answers for: citizens see public versions only; staff in
 * preview also see drafts and scheduled releases.
 */
export type Audience = 'public' | 'staff';

/** The releases of one content tree, indexed for the questions pages ask. */
export class ReleaseIndex {
  private readonly bySlug: Map<string, Release>;

  constructor(
    releases: readonly Release[],
    readonly audience: Audience = 'public',
  ) {
    this.bySlug = new Map(releases.map((release) => [release.slug, release]));
  }

  private visible(version: ReleaseVersion | undefined, now: Date): version is ReleaseVersion {
    return version !== undefined && (this.audience === 'staff' || isPublic(version, now));
  }

  /** The releases in one language, newest first. */
  list(locale: Locale, now = new Date()): ReleaseVersion[] {
    return [...this.bySlug.values()]
      .map((release) => release.versions[locale])
      .filter((version): version is ReleaseVersion => this.visible(version, now))
      .sort(newestFirst);
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

  /** A release with all its versions, for staff. */
  release(slug: string): Release | undefined {
    return this.audience === 'staff' ? this.bySlug.get(slug) : undefined;
  }
}

/** Where releases are read from: `CONTENT_DIR`, or `content/` by default. */
export function contentRoot(): string {
  // Content is read at run time from a folder chosen by the environment; it is not code to trace.
  return resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR || 'content');
}

let index: ReleaseIndex | undefined;

/**
 * The content, read and validated once per process (build or server start),
 * never per request. Any error stops the build: a broken release never
 * half-publishes.
 */
export function getReleaseIndex(): ReleaseIndex {
  if (!index) {
    const { releases, problems } = loadContentTree(contentRoot());
    if (problems.some((problem) => problem.severity === 'error')) {
      throw new ContentValidationError(problems);
    }
    index = new ReleaseIndex(releases);
  }
  return index;
}

/**
 * For staff previews: the content folder read afresh, so an edited draft shows
 * on reload without a rebuild. A file with errors is left out (and its problems
 * returned for the staff overview) rather than breaking every preview.
 */
export function loadStaffIndex(): { index: ReleaseIndex; problems: ContentProblem[] } {
  const { releases, problems } = loadContentTree(contentRoot());
  return { index: new ReleaseIndex(releases, 'staff'), problems };
}
