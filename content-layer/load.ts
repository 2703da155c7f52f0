import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { routing, type Locale } from '@/i18n/routing';
import { resolveImages } from './images';
import { renderMarkdown } from './markdown';
import { parseReleaseFile, type ParsedRelease } from './parse';
import type { ContentProblem } from './problems';

/** One language version of a release, ready to show. */
export interface ReleaseVersion extends ParsedRelease {
  slug: string;
  locale: Locale;
  /** The body as sanitized HTML. */
  html: string;
  sourcePath: string;
}

/** A release: one folder, with a version per language it was written in. */
export interface Release {
  slug: string;
  versions: Partial<Record<Locale, ReleaseVersion>>;
}

export interface LoadedContent {
  releases: Release[];
  /** Errors and warnings, all of them: loading never stops at the first. */
  problems: ContentProblem[];
}

/** A version as kept in a snapshot: everything but its HTML, which is derived from its body. */
export type StoredVersion = Omit<ReleaseVersion, 'html'>;

/**
 * Rendering Markdown costs more than reading and validating a file (about
 * 0.3 ms a body here), so a body is rendered when a page first shows it, once,
 * rather than for the whole archive at every start: a 10,000-release archive
 * loads in a fraction of the time. A version loaded from a snapshot is given
 * the same getter.
 */
export function withLazyHtml(version: StoredVersion): ReleaseVersion {
  let html: string | undefined;
  return Object.defineProperty(version, 'html', {
    get: () => (html ??= renderMarkdown(version.body)),
    enumerable: true,
  }) as ReleaseVersion;
}

/**
 * A version's fields without `html`, copied by name so that the getter (and
 * with it the Markdown renderer) never runs, and so that a field added to
 * ParsedRelease is kept without this list having to know of it.
 */
export function storedVersion(version: ReleaseVersion): StoredVersion {
  const stored: Partial<Record<keyof StoredVersion, unknown>> = {};
  for (const key of Object.keys(version) as (keyof ReleaseVersion)[]) {
    if (key !== 'html') stored[key] = version[key];
  }
  return stored as StoredVersion;
}

export const RELEASES_FOLDER = 'press-releases';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** How a path is shown in problems and in `sourcePath`: relative to the working directory. */
export function displayPath(path: string): string {
  return relative(process.cwd(), path) || path;
}

/** Where the file of one language version of a release is. */
export function versionFile(root: string, slug: string, locale: Locale): string {
  return join(/*turbopackIgnore: true*/ root, RELEASES_FOLDER, slug, `${locale}.md`);
}

/** One file's outcome, remembered with the file's size and modification time. */
interface CachedVersion {
  mtimeMs: number;
  /** The release folder's: an image added, removed or renamed beside the file changes it. */
  folderMtimeMs: number;
  size: number;
  version?: ReleaseVersion;
  problems: ContentProblem[];
}

/** Parsed files by path: lets a reload parse only the files that changed. */
export type ContentFileCache = Map<string, CachedVersion>;

/**
 * Reads `<root>/press-releases/<slug>/<locale>.md`, validating every file.
 * Given a cache, a file whose size and modification time are unchanged is not
 * read again; the cache is left holding exactly the files now in the tree.
 */
export function loadContentTree(root: string, fileCache?: ContentFileCache): LoadedContent {
  const seen: ContentFileCache = new Map();
  // Paths of the content folder the environment names, read at run time: not files for the bundler to
  // trace, which would copy every `press-releases` folder of the project (test fixtures too) into the
  // standalone output.
  const folder = join(/*turbopackIgnore: true*/ root, RELEASES_FOLDER);
  const display = displayPath;
  const problems: ContentProblem[] = [];
  const releases: Release[] = [];

  let slugs: string[];
  try {
    slugs = readdirSync(folder).filter((name) => !name.startsWith('.')).sort();
  } catch {
    return {
      releases,
      problems: [
        {
          severity: 'error',
          path: display(folder),
          message: `no such folder: releases live in ${RELEASES_FOLDER}/<slug>/<locale>.md under the content root (CONTENT_DIR)`,
        },
      ],
    };
  }

  // Staff edit the tree while previews read it: an entry deleted between
  // listing and reading it is left out with a warning, not a failed page.
  const gone = (path: string) =>
    problems.push({
      severity: 'warning',
      path: display(path),
      message: 'it disappeared while the content was being read (deleted or moved?): it is left out this time',
    });

  for (const slug of slugs) {
    const releaseFolder = join(/*turbopackIgnore: true*/ folder, slug);
    let isFolder: boolean;
    let files: string[];
    try {
      isFolder = statSync(releaseFolder).isDirectory();
      files = isFolder ? readdirSync(releaseFolder) : [];
    } catch (error) {
      if (!vanished(error)) throw error;
      gone(releaseFolder);
      continue;
    }
    if (!isFolder) {
      problems.push({
        severity: 'error',
        path: display(releaseFolder),
        message: `not a folder: each release is a folder ${RELEASES_FOLDER}/<slug>/ holding zh-TW.md and/or en.md`,
      });
      continue;
    }
    if (!SLUG.test(slug)) {
      problems.push({
        severity: 'error',
        path: display(releaseFolder),
        message: `"${slug}" is not a valid slug: use lower-case letters, digits and single hyphens, e.g. 2023-07-20-minister-meets-korean-representative`,
      });
      continue;
    }
    const release: Release = { slug, versions: {} };
    for (const file of files.filter((name) => name.endsWith('.md')).sort()) {
      const path = join(/*turbopackIgnore: true*/ releaseFolder, file);
      const locale = file.slice(0, -'.md'.length);
      if (!(routing.locales as readonly string[]).includes(locale)) {
        problems.push({
          severity: 'error',
          path: display(path),
          message: `unknown locale "${locale}": name language files ${routing.locales.map((l) => `${l}.md`).join(' or ')}`,
        });
        continue;
      }
      let loaded: ReturnType<typeof loadVersion>;
      try {
        loaded = loadVersion(path, slug, locale as Locale, display, fileCache, seen);
      } catch (error) {
        if (!vanished(error)) throw error;
        gone(path);
        continue;
      }
      problems.push(...loaded.problems);
      if (loaded.version) release.versions[locale as Locale] = loaded.version;
    }
    if (Object.keys(release.versions).length > 0) {
      releases.push(release);
    } else if (!problems.some((p) => p.path.startsWith(display(releaseFolder)))) {
      problems.push({
        severity: 'error',
        path: display(releaseFolder),
        message: `no language file: add ${routing.locales.map((l) => `${l}.md`).join(' and/or ')}`,
      });
    }
  }
  problems.push(...replacementProblems(releases));
  if (fileCache) {
    fileCache.clear();
    for (const [path, cached] of seen) fileCache.set(path, cached);
  }
  return { releases, problems };
}

/** A removed release may name its replacement: it must be a release of the tree, in the same language, and still up. */
function replacementProblems(releases: readonly Release[]): ContentProblem[] {
  const bySlug = new Map(releases.map((release) => [release.slug, release]));
  const problems: ContentProblem[] = [];
  for (const release of releases) {
    for (const version of Object.values(release.versions) as ReleaseVersion[]) {
      const replacement = version.removed?.replacement;
      if (replacement === undefined) continue;
      const target = bySlug.get(replacement)?.versions[version.locale];
      const fault =
        replacement === release.slug
          ? 'it names the removed release itself'
          : !target
            ? `there is no release ${RELEASES_FOLDER}/${replacement}/${version.locale}.md`
            : target.removed
              ? `${replacement} is removed too`
              : null;
      if (fault) {
        problems.push({
          severity: 'error',
          path: version.sourcePath,
          field: 'removed.replacement',
          message: `replacement ${replacement}: ${fault}; give the slug of the release in this language that replaces it, or leave replacement out (the address then answers 410 Gone)`,
        });
      }
    }
  }
  return problems;
}

/** An entry deleted (or a link broken) between listing the tree and reading it. */
function vanished(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

function loadVersion(
  path: string,
  slug: string,
  locale: Locale,
  display: (path: string) => string,
  fileCache: ContentFileCache | undefined,
  seen: ContentFileCache,
): Omit<CachedVersion, 'mtimeMs' | 'folderMtimeMs' | 'size'> {
  if (!fileCache) return parseVersion(path, slug, locale, display);
  const { mtimeMs, size } = statSync(path);
  const folderMtimeMs = statSync(dirname(path)).mtimeMs;
  const cached = fileCache.get(path);
  const loaded =
    cached && cached.mtimeMs === mtimeMs && cached.size === size && cached.folderMtimeMs === folderMtimeMs
      ? cached
      : { ...parseVersion(path, slug, locale, display), mtimeMs, folderMtimeMs, size };
  seen.set(path, loaded);
  return loaded;
}

function parseVersion(
  path: string,
  slug: string,
  locale: Locale,
  display: (path: string) => string,
): Omit<CachedVersion, 'mtimeMs' | 'folderMtimeMs' | 'size'> {
  // A file that has vanished since it was listed throws here, for the caller to leave out.
  const bytes = readFileSync(path);
  let source: string;
  try {
    source = utf8.decode(bytes);
  } catch {
    return { problems: [{ severity: 'error', path: display(path), message: 'the file is not valid UTF-8: save it as UTF-8 text' }] };
  }
  const parsed = parseReleaseFile(source, display(path));
  if (!parsed.ok) return { problems: parsed.problems };
  // A release's own images are read here, once per load like the file: their size and version go into the snapshot.
  const { images, problems } = resolveImages(parsed.release.images, dirname(path), display(path));
  if (problems.some((problem) => problem.severity === 'error')) return { problems: [...parsed.warnings, ...problems] };
  return {
    problems: [...parsed.warnings, ...problems],
    version: withLazyHtml({ ...parsed.release, images, slug, locale, sourcePath: display(path) }),
  };
}
