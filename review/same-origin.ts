/**
 * Whether a state-changing request (creating a review link) comes from the
 * portal's own pages: a browser names the page's origin in `Origin` on every
 * POST, and `Sec-Fetch-Site` says whether it is the same site. A form on any
 * other site, which the staff member's browser would send with their session
 * cookie, is refused; so is a request that names no origin at all.
 * The origin is the public one (SITE_URL) or the host the request was sent to.
 */
export function isSameOriginRequest(headers: Headers, siteOrigin: string): boolean {
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite !== null && fetchSite !== 'same-origin') return false;
  const origin = headers.get('origin');
  if (!origin) return false;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null" (a sandboxed or privacy-sensitive context) or garbage
  }
  if (url.origin === siteOrigin) return true;
  const host = headers.get('host');
  return host !== null && url.host === host.toLowerCase();
}
