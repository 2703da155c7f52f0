import type { MetadataRoute } from 'next';
import { siteUrl } from '@/i18n/urls';

export default function robots(): MetadataRoute.Robots {
  return {
    // Staff pages exist only in preview; nothing to crawl there.
    rules: { userAgent: '*', allow: '/', disallow: ['/api/', '/preview', '/en/preview'] },
    sitemap: new URL('/sitemap.xml', siteUrl()).href,
  };
}
