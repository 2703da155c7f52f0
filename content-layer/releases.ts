import { resolve } from 'node:path';
import type { Locale } from '@/i18n/routing';
import { loadContentTree, type Release, type ReleaseVersion } from './load';
import { ContentValidationError } from './problems';

export type { Release, ReleaseVersion } from './load';

/** A version is public once it is not a draft and its date has come. */
export function isPublic(version: ReleaseVersion, now: Date): boolean {
  return !version.draft && version.date.instant.getTime() <= now.getTime();
}

/** Newest first; releases of the same moment keep a stable order by slug. */
function newestFirst(a: ReleaseVersion, b: ReleaseVersion): number {
  return b.date.instant.getTime() - a.date.instant.getTime() || a.slug.localeCompare(b.slug);
}

/** The releases of one content tree, indexed for the questions pages ask. */
export class ReleaseIndex {
  private readonly bySlug: Map<string, Release>;

  constructor(releases: readonly Release[]) {
    this.bySlug = new Map(releases.map((release) => [release.slug, release]));
  }

  /** Public releases in one language, newest first. */
  published(locale: Locale, now = new Date()): ReleaseVersion[] {
    return [...this.bySlug.values()]
      .map((release) => release.versions[locale])
      .filter((version): version is ReleaseVersion => version !== undefined && isPublic(version, now))
      .sort(newestFirst);
  }

  /** A public release in one language, or undefined: drafts are indistinguishable from slugs that never existed. */
  find(locale: Locale, slug: string, now = new Date()): ReleaseVersion | undefined {
    const version = this.bySlug.get(slug)?.versions[locale];
    return version && isPublic(version, now) ? version : undefined;
  }

  /** The languages a release is publicly readable in. */
  publicLocales(slug: string, now = new Date()): Locale[] {
    const release = this.bySlug.get(slug);
    if (!release) return [];
    return (Object.values(release.versions) as ReleaseVersion[])
      .filter((version) => isPublic(version, now))
      .map((version) => version.locale);
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
