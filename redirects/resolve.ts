import type { Locale } from '@/i18n/routing';
import { localizedPath } from '@/i18n/paths';
import type { RedirectTable } from './table';

/**
 * What the proxy does with an address before it looks for a page:
 * - `moved`: answer 301 to `location` (an old address this portal has the page for);
 * - `not-found`: answer the localized 404, offering a search for `search` (an
 *   old address, or a path with a dot, that names nothing here);
 * - `null`: nothing to do with old addresses, look for the page as usual.
 */
export type OldAddressAnswer = { kind: 'moved'; location: string } | { kind: 'not-found'; search: string } | null;

export interface AddressRequest {
  /** The decoded path in the language it names, without its locale prefix: `/press/5763.html`. */
  path: string;
  locale: Locale;
  searchParams: URLSearchParams;
}

/** `/press/5763.html`, `/press/press-releases/5763.html`: the release a dotted address clearly names. */
const RELEASE_PAGE = /^\/press\/(?:press-releases\/)?([a-z0-9]+(?:-[a-z0-9]+)*)\.html?$/;
/** The current site links some releases without `.html` too (`/press/press-releases/8607`, from its home page). */
const RELEASE_WITHOUT_EXTENSION = /^\/press\/press-releases\/[^/.]+$/;
/** The current site's pages end in .html; other extensions name files, which this site does not serve. */
const OLD_PAGE = /\.html?$/;
/** Query parameters an old search address may carry its words in. */
const SEARCH_WORDS = ['q', 'keyword', 'query'];

export function resolveOldAddress(
  table: RedirectTable,
  { path, locale, searchParams }: AddressRequest,
  isPublicRelease: (locale: Locale, slug: string) => boolean,
): OldAddressAnswer {
  const listed =
    table.get(localizedPath(locale, path)) ??
    (RELEASE_WITHOUT_EXTENSION.test(path) ? table.get(localizedPath(locale, `${path}.html`)) : undefined);
  if (listed !== undefined) return { kind: 'moved', location: withSearchWords(listed, searchParams) };

  const lastSegment = path.slice(path.lastIndexOf('/') + 1);
  const withoutExtension = RELEASE_WITHOUT_EXTENSION.test(path);
  if (!lastSegment.includes('.') && !withoutExtension) return null;
  const slug = withoutExtension ? lastSegment : RELEASE_PAGE.exec(path)?.[1];
  if (slug !== undefined && isPublicRelease(locale, slug)) {
    return { kind: 'moved', location: localizedPath(locale, `/press/${slug}`) };
  }
  return { kind: 'not-found', search: OLD_PAGE.test(lastSegment) || withoutExtension ? wordsOf(lastSegment) : '' };
}

/** An old search address keeps its words: `/search.html?keyword=資安` → `/search?q=資安`. */
function withSearchWords(location: string, searchParams: URLSearchParams): string {
  if (!/^(?:\/en)?\/search$/.test(location)) return location;
  const words = SEARCH_WORDS.map((name) => searchParams.get(name)).find((value) => value !== null && value.trim() !== '');
  return words == null ? location : `${location}?${new URLSearchParams({ q: words.slice(0, 200) })}`;
}

/** What an address names, as search words: `digital-resilience_plan.html` → `digital resilience plan`. */
export function wordsOf(fileName: string): string {
  const name = fileName.replace(/\.[^.]*$/, '');
  const words = name
    .split(/[-_+.\s]+/)
    .filter((word) => word !== '' && word.toLowerCase() !== 'index')
    .join(' ');
  return words.slice(0, 80);
}
