import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const nextConfig: NextConfig = {
  // The e2e suite builds the fixture content into its own folder, so that a
  // test run never overwrites the build that `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  experimental: {
    // Paths outside any locale (e.g. /missing.txt) get a bilingual 404 page.
    globalNotFound: true,
  },
};

export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);
