/**
 * Brings `<content root>/redirects.json` up to date with the content tree: its
 * `releases` part is written afresh, its hand-kept `pages` part is kept (a new
 * file starts with the current site's list, home and search). Run by the
 * importer after every import and by `npm run redirects:update`.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContentTree } from '@/content-layer/load';
import { releaseRedirects } from './generate';
import { OLD_SITE_PAGES } from './old-site';
import { formatRedirectFile, parseRedirectFile, REDIRECTS_FILE } from './table';

export interface RedirectUpdate {
  path: string;
  changed: boolean;
  releases: number;
  pages: number;
  problems: string[];
}

export function updateRedirectFile(root: string): RedirectUpdate {
  const path = join(root, REDIRECTS_FILE);
  let pages: Record<string, string> = { ...OLD_SITE_PAGES };
  if (existsSync(path)) {
    const parsed = parseRedirectFile(readFileSync(path, 'utf8'));
    // A file that cannot be read is not overwritten: its hand-kept part would be lost.
    if ('problems' in parsed) {
      return { path, changed: false, releases: 0, pages: 0, problems: parsed.problems.map((problem) => `${path}: ${problem}`) };
    }
    pages = parsed.file.pages;
  }
  const generated = releaseRedirects(loadContentTree(root).releases);
  // The importer's entries win over hand-kept ones for the same address.
  for (const old of Object.keys(generated.releases)) delete pages[old];
  const text = formatRedirectFile({ pages, releases: generated.releases });
  const changed = !existsSync(path) || readFileSync(path, 'utf8') !== text;
  if (changed) {
    // Written beside and renamed into place, so a reader of the file never sees half of it.
    writeFileSync(`${path}.tmp`, text, 'utf8');
    renameSync(`${path}.tmp`, path);
  }
  return {
    path,
    changed,
    releases: Object.keys(generated.releases).length,
    pages: Object.keys(pages).length,
    problems: generated.problems,
  };
}
