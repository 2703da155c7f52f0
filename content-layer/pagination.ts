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
