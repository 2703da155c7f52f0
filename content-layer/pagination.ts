export const RELEASES_PER_PAGE = 15;

export interface Page<T> {
  items: T[];
  page: number;
  totalPages: number;
  totalItems: number;
}

/**
 * Reads `?page=`: absent means page 1; anything but a plain positive whole
 * number (0, -1, 1.5, abc, 01, repeated) is null, which pages answer with 404.
 */
export function parsePageParam(raw: string | string[] | null | undefined): number | null {
  if (raw === undefined || raw === null) return 1;
  if (typeof raw !== 'string' || !/^[1-9][0-9]{0,5}$/.test(raw)) return null;
  return Number(raw);
}

/** The page'th slice of items; null past the end. An empty list still has page 1. */
export function paginate<T>(items: readonly T[], page: number, perPage = RELEASES_PER_PAGE): Page<T> | null {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  if (page < 1 || page > totalPages) return null;
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    page,
    totalPages,
    totalItems: items.length,
  };
}

/** How many page numbers either side of the current one the page links show. */
const NEIGHBOURS = 2;

/**
 * The page numbers to link, with gaps: the first, the last, and the current
 * page with two either side, e.g. 1 … 4 5 [6] 7 8 … 667. Linking every page of
 * a 10,000-release archive would give keyboard and screen-reader users 667
 * links to get through, and make every list page grow with the archive.
 */
export function pageLinks(page: number, totalPages: number): (number | 'gap')[] {
  const shown = new Set([1, totalPages]);
  for (let near = page - NEIGHBOURS; near <= page + NEIGHBOURS; near++) {
    if (near >= 1 && near <= totalPages) shown.add(near);
  }
  const links: (number | 'gap')[] = [];
  let previous = 0;
  for (const target of [...shown].sort((a, b) => a - b)) {
    // A gap of a single page is shown as that page: "…" must always hide at least two.
    if (target - previous === 2) links.push(target - 1);
    else if (target - previous > 2) links.push('gap');
    links.push(target);
    previous = target;
  }
  return links;
}
