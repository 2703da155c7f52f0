/**
 * The headers every response carries. The Content-Security-Policy is static,
 * not nonce-based: a nonce must be new on every request, which would make every
 * page dynamic and uncacheable by a CDN. The price is 'unsafe-inline' for
 * scripts and styles, which Next's inline flight data, next-themes' and the
 * text size's pre-paint scripts, and next-themes' style attribute need. What
 * the policy still forbids: eval, every foreign script, style and font origin,
 * plugins, being framed, a foreign <base> and forms that post elsewhere.
 * Release text is sanitized before it reaches a page, so no inline script can
 * come from content.
 */

/** The ministry's own server, where imported releases' images stay. */
export const IMAGE_ORIGINS = ['https://moda.gov.tw'];

export function contentSecurityPolicy(): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' ${IMAGE_ORIGINS.join(' ')}`,
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "manifest-src 'self'",
  ].join('; ');
}

export const SECURITY_HEADERS = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy() },
  // Browsers ignore it over plain HTTP, so it is safe to send from every environment.
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  {
    key: 'Permissions-Policy',
    value:
      'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), browsing-topics=()',
  },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/**
 * Every path, as the source of next.config.ts's `headers()` rule. Written
 * without a named parameter (not `/:path*`) on purpose: for a rule whose
 * source captures parameters, Next compiles each header value containing a
 * colon (the policy's `https:` origin) through path-to-regexp on every request,
 * 4% of a release page's server time under load (docs/performance.md).
 */
export const EVERY_PATH = '/(.*)';
