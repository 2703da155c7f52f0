import type { MetadataRoute } from 'next';
import { getReleaseIndex } from '@/content-layer/releases';
import { getUnitTable } from '@/content-layer/units';
import { siteUrl } from '@/i18n/urls';
import { sitemapEntries } from '@/syndication/sitemap';

export const revalidate = 60;

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries(getReleaseIndex(), getUnitTable(), siteUrl());
}
