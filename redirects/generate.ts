import type { Release } from '@/content-layer/releases';
import { routing } from '@/i18n/routing';
import { localizedPath } from '@/i18n/paths';
import { oldAddressOfSource, oldReleaseAddress } from './old-site';

/** A ministry release number, the slug the importer gives a release. */
const MINISTRY_NUMBER = /^\d+$/;

export interface ReleaseRedirects {
  releases: Record<string, string>;
  /** Sources that name no release address of the current site, or that two releases both claim. */
  problems: string[];
}

/**
 * The `releases` part of the redirects file, from the content tree: each
 * language version's old address (its `source`, or for a release numbered
 * like the ministry's and written without one, the current site's address of
 * that number) → its page here in the same language. Drafts are left out: their
 * page is no one's to be sent to yet.
 */
export function releaseRedirects(releases: readonly Release[]): ReleaseRedirects {
  const redirects: Record<string, string> = {};
  const problems: string[] = [];
  for (const release of releases) {
    for (const locale of routing.locales) {
      const version = release.versions[locale];
      if (!version || version.draft) continue;
      const target = localizedPath(locale, `/press/${release.slug}`);
      let oldPath: string | undefined;
      if (version.source !== undefined) {
        const old = oldAddressOfSource(version.source);
        if (!old) {
          problems.push(`${version.sourcePath}: source ${version.source} is no release address of the current site: no redirect`);
        } else if (old.locale !== locale) {
          problems.push(`${version.sourcePath}: source ${version.source} is the ${old.locale} address: no redirect`);
        } else {
          oldPath = old.path;
        }
      } else if (MINISTRY_NUMBER.test(release.slug)) {
        oldPath = oldReleaseAddress(locale, release.slug);
      }
      if (oldPath === undefined) continue;
      const claimed = redirects[oldPath];
      if (claimed !== undefined && claimed !== target) {
        problems.push(`${oldPath} is the source of both ${claimed} and ${target}: kept ${claimed}`);
        continue;
      }
      redirects[oldPath] = target;
    }
  }
  return { releases: redirects, problems };
}
