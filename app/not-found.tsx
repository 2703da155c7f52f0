/**
 * The root segment's not-found boundary. Next serializes the root's boundary
 * into every document's flight data as a fallback, and without this file it
 * is Next's own 404 page with its inline styles (1.1 KB per page); no reader
 * reaches it, since the proxy decides every 404 before rendering (the
 * localized page-not-found page) and `[locale]` has its own boundary.
 */
export default function RootNotFound() {
  return <p>404</p>;
}
