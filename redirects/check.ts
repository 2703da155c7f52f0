import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Release } from '@/content-layer/releases';
import { releaseRedirects } from './generate';
import { parseRedirectFile, REDIRECTS_FILE } from './table';

/**
 * What `content:check` says of `<content root>/redirects.json`: errors when it
 * cannot be read (the site would ignore it), a warning when its `releases`
 * part is not what the content tree gives (run `npm run redirects:update`).
 */
export function checkRedirectFile(root: string, releases: readonly Release[]): { errors: string[]; warnings: string[] } {
  const path = join(root, REDIRECTS_FILE);
  if (!existsSync(path)) return { errors: [], warnings: [] };
  const parsed = parseRedirectFile(readFileSync(path, 'utf8'));
  if ('problems' in parsed) return { errors: parsed.problems.map((problem) => `${path}: ${problem}`), warnings: [] };
  const expected = releaseRedirects(releases);
  const stale =
    JSON.stringify(Object.entries(expected.releases).sort()) !== JSON.stringify(Object.entries(parsed.file.releases).sort());
  return {
    errors: [],
    warnings: [
      ...expected.problems,
      ...(stale ? [`${path}: releases differs from the content's sources: run npm run redirects:update`] : []),
    ],
  };
}
