import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { PUBLIC_MAX_AGE, STALE_WHILE_REVALIDATE } from './cache-policy';
import { EVERY_PATH, SECURITY_HEADERS } from './security-headers';

const nextConfig: NextConfig = {
  // The e2e suite builds the fixture content into its own folder, so that a
  // test run never overwrites the build that `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Bound to a literal loopback address (`next start -H 127.0.0.1`, server.js with HOSTNAME=127.0.0.1), the
  // proxy's rewrites otherwise become redirects to themselves (vercel/next.js#94745, still in 16.5.0).
  skipProxyUrlNormalize: true,
  typescript: {
    // `npm run typecheck` (part of `npm test`) checks the whole project against
    // fresh route types for both builds; a build would also read the other
    // build folder's types, stale after a route changes.
    ignoreBuildErrors: true,
  },
  // For deployment, one self-contained server folder (.next/standalone) to copy
  // to each instance; `next start`, which the tests and `npm run serve` use, does
  // not run that output, so it is asked for explicitly.
  output: process.env.BUILD_STANDALONE ? 'standalone' : undefined,
  // How long a shared cache may serve a stale page while it revalidates (see cache-policy.ts).
  expireTime: PUBLIC_MAX_AGE + STALE_WHILE_REVALIDATE,
  async headers() {
    return [{ source: EVERY_PATH, headers: SECURITY_HEADERS }];
  },
  experimental: {
    // Paths the proxy passes by that name no route (e.g. /api/missing) get a bilingual 404 page.
    globalNotFound: true,
    // Pages regenerated at run time (search results, list views, newly public
    // releases) stay in Next's memory cache, which is bounded, and are never
    // written to disk: a stream of random searches cannot fill the disk.
    isrFlushToDisk: false,
  },
};

export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);
