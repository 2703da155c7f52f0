/**
 * The internal page that answers an old address naming nothing here: the
 * localized 404 with a search for the words of the address. Like
 * /page-not-found, a path readers cannot reach (the proxy answers it as a 404).
 */
export function notFoundSearchPath(words: string): string {
  return `/page-not-found/${encodeURIComponent(words)}`;
}

/** The words back from the route's segment (Next hands it over still encoded); malformed is none. */
export function wordsOfSegment(segment: string): string {
  try {
    return decodeURIComponent(segment).slice(0, 80);
  } catch {
    return '';
  }
}
