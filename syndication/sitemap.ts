import type { MetadataRoute } from 'next';
import { groupIndexPath, groupPages, groupPath } from '@/content-layer/group-routes';
import { paginate } from '@/content-layer/pagination';
import { FIXED_PAGES } from '@/content-layer/public-routes';
import type { ReleaseIndex } from '@/content-layer/releases';
import type { UnitTable } from '@/content-layer/units';
import { languageTag } from '@/i18n/languages';
import { routing, type Locale } from '@/i18n/routing';
import { localizedPath } from '@/i18n/urls';


/**
 * Every public page in every language it exists in, each with its hreflang
 * alternates and when it last changed.
 */
export function sitemapEntries(index: ReleaseIndex, units: UnitTable, origin: URL, now = new Date()): MetadataRoute.Sitemap {
  const absolute = (locale: Locale, path: string) => new URL(localizedPath(locale, path), origin).href;
  const alternates = (path: string, locales: readonly Locale[]) => ({
    languages: Object.fromEntries(locales.map((locale) => [languageTag[locale], absolute(locale, path)])),
  });
  const newest = (locale: Locale) => index.list(locale, now)[0]?.updated?.instant ?? index.list(locale, now)[0]?.date.instant;

  const entries: MetadataRoute.Sitemap = [];
  for (const locale of routing.locales) {
    const releases = index.list(locale, now);
    for (const path of FIXED_PAGES) {
      entries.push({ url: absolute(locale, path), lastModified: newest(locale), alternates: alternates(path, routing.locales) });
    }
    // The press list's pages leave withdrawn releases out; the releases' own pages stay, withdrawn or not.
    const pages = paginate(index.current(locale, now), 1)?.totalPages ?? 1;
    for (let page = 1; page <= pages; page++) {
      const path = page === 1 ? '/press' : `/press?page=${page}`;
      const both = routing.locales.filter((each) => paginate(index.current(each, now), page) !== null);
      entries.push({ url: absolute(locale, path), lastModified: newest(locale), alternates: alternates(path, both) });
    }
    for (const path of [groupIndexPath('unit'), groupIndexPath('tag')]) {
      entries.push({ url: absolute(locale, path), lastModified: newest(locale), alternates: alternates(path, routing.locales) });
    }
    // Each unit's and tag's pages; a unit's slug is the same in both languages, a tag usually exists in one.
    const elsewhere = new Map(
      routing.locales.map((each) => [each, new Map(groupPages(index, units, each, now).map((group) => [`${group.kind} ${group.key}`, group.pages]))]),
    );
    for (const group of groupPages(index, units, locale, now)) {
      for (let page = 1; page <= group.pages; page++) {
        const path = groupPath(group.kind, group.key, page);
        const both = routing.locales.filter((each) => (elsewhere.get(each)!.get(`${group.kind} ${group.key}`) ?? 0) >= page);
        entries.push({ url: absolute(locale, path), lastModified: newest(locale), alternates: alternates(path, both) });
      }
    }
    for (const release of releases) {
      const path = `/press/${release.slug}`;
      entries.push({
        url: absolute(locale, path),
        lastModified: release.updated && release.updated.instant > release.date.instant ? release.updated.instant : release.date.instant,
        alternates: alternates(path, index.localesOf(release.slug, now)),
      });
    }
  }
  return entries;
}
