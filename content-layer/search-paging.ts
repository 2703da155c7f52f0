/** Search results shown on one page. Its own module so the proxy's route check needs no search index code. */
export const SEARCH_RESULTS_PER_PAGE = 10;
