import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { routing, type Locale } from '@/i18n/routing';
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

export const RELEASES_FOLDER = 'press-releases';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads `<root>/press-releases/<slug>/<locale>.md`, validating every file. */
export function loadContentTree(root: string): LoadedContent {
  const folder = join(root, RELEASES_FOLDER);
  const display = (path: string) => relative(process.cwd(), path) || path;
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

  for (const slug of slugs) {
    const releaseFolder = join(folder, slug);
    if (!statSync(releaseFolder).isDirectory()) {
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
    for (const file of readdirSync(releaseFolder).filter((name) => name.endsWith('.md')).sort()) {
      const path = join(releaseFolder, file);
      const locale = file.slice(0, -'.md'.length);
      if (!(routing.locales as readonly string[]).includes(locale)) {
        problems.push({
          severity: 'error',
          path: display(path),
          message: `unknown locale "${locale}": name language files ${routing.locales.map((l) => `${l}.md`).join(' or ')}`,
        });
        continue;
      }
      let source: string;
      try {
        source = utf8.decode(readFileSync(path));
      } catch {
        problems.push({
          severity: 'error',
          path: display(path),
          message: 'the file is not valid UTF-8: save it as UTF-8 text',
        });
        continue;
      }
      const parsed = parseReleaseFile(source, display(path));
      if (!parsed.ok) {
        problems.push(...parsed.problems);
        continue;
      }
      problems.push(...parsed.warnings);
      release.versions[locale as Locale] = {
        ...parsed.release,
        slug,
        locale: locale as Locale,
        html: renderMarkdown(parsed.release.body),
        sourcePath: display(path),
      };
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
  return { releases, problems };
}
