import { RELEASES_FOLDER } from '@/content-layer/load';
import type { ContentProblem } from '@/content-layer/problems';
import { publicRouteExists, type OtherPages } from '@/content-layer/public-routes';
import type { ReleaseIndex } from '@/content-layer/releases';
import type { Locale } from '@/i18n/routing';

/**
 * What a staff member in preview gets for a path:
 * - `page`: the page itself;
 * - `problems`: the release's problems page (a file of it has errors, so it is
 *   left out of the staff index and cannot be shown);
 * - `not-found`: the localized 404 page.
 * Decided before rendering, like the public 404s (see public-routes.ts).
 */
export type StaffRoute = { kind: 'page' } | { kind: 'problems'; slug: string } | { kind: 'not-found' };

/**
 * The status of the problems page, which stands in for a page whose release
 * cannot be shown because a file of it failed validation: 422 Unprocessable
 * Content, the content is there but cannot be used as it is. Not 200 (what was
 * asked for is not what is shown, and a link checker or log should say so),
 * not 404 (the release is there, and staff must learn why it does not show),
 * not 5xx (the server works; it is the file that needs fixing).
 */
export const CONTENT_PROBLEMS_STATUS = 422;

/**
 * The internal page listing a release's problems, which the proxy rewrites to;
 * asked for directly it is a 404, like /page-not-found.
 */
export const problemsPagePath = (slug: string) => `/preview/${encodeURIComponent(slug)}/problems`;

/**
 * Where in the content tree a problem is: a release folder
 * (`…/press-releases/<slug>`) or a file in one (`…/press-releases/<slug>/<file>`).
 */
function placeOf(problem: ContentProblem): { slug: string; file?: string } | undefined {
  const segments = problem.path.split(/[\\/]/);
  const [folder, slug, file] = segments.slice(-3);
  if (folder === RELEASES_FOLDER && slug && file) return { slug, file };
  const [parent, only] = segments.slice(-2);
  if (parent === RELEASES_FOLDER && only) return { slug: only };
  return undefined;
}

/**
 * The problems (errors and warnings) of one release: those of its folder and
 * of every file in it, in the order the content layer reported them.
 * With `locale`, only those of the folder and of that language's file.
 */
export function releaseProblems(problems: readonly ContentProblem[], slug: string, locale?: Locale): ContentProblem[] {
  return problems.filter((problem) => {
    const place = placeOf(problem);
    if (place?.slug !== slug) return false;
    return locale === undefined || place.file === undefined || place.file === `${locale}.md`;
  });
}

const hasErrors = (problems: readonly ContentProblem[]) => problems.some((problem) => problem.severity === 'error');

/** `/press/<slug>` and `/preview/<slug>`: the one path segment after the prefix. */
const slugAfter = (prefix: string, path: string) => new RegExp(`^${prefix}/([^/]+)$`).exec(path)?.[1];

/**
 * The staff counterpart of publicRouteExists: drafts and scheduled releases
 * exist, and so do the staff pages; a release whose file in the page's
 * language has errors gets its problems page; everything else is a 404.
 */
export function resolveStaffRoute(
  index: ReleaseIndex,
  problems: readonly ContentProblem[],
  locale: Locale,
  pathname: string,
  searchParams: URLSearchParams,
  now = new Date(),
  otherPages?: OtherPages,
): StaffRoute {
  if (pathname === '/preview') return { kind: 'page' };

  const sideBySide = slugAfter('/preview', pathname);
  if (sideBySide !== undefined) {
    // Both languages are side by side, so an error in either shows instead.
    if (hasErrors(releaseProblems(problems, sideBySide))) return { kind: 'problems', slug: sideBySide };
    return index.release(sideBySide) ? { kind: 'page' } : { kind: 'not-found' };
  }

  const release = slugAfter('/press', pathname);
  if (release !== undefined && index.find(locale, release, now) === undefined) {
    // Left out of the index: a file that failed validation, or no such release in this language.
    return hasErrors(releaseProblems(problems, release, locale)) ? { kind: 'problems', slug: release } : { kind: 'not-found' };
  }

  return publicRouteExists(index, locale, pathname, searchParams, now, otherPages)
    ? { kind: 'page' }
    : { kind: 'not-found' };
}
