/**
 * `npm run redirects:update [content root]`: rewrites the `releases` part of
 * `<content root>/redirects.json` from the releases' `source` fields (see
 * redirects/update.ts). The importer runs the same after every import; run it
 * by hand after adding, renaming or removing a release that came from the
 * ministry's current site.
 */
import { relative } from 'node:path';
import { contentRoot } from '../content-layer/releases';
import { updateRedirectFile } from '../redirects/update';

const update = updateRedirectFile(process.argv[2] ?? contentRoot());
for (const problem of update.problems) console.log(`warning: ${problem}`);
console.log(
  `${relative(process.cwd(), update.path)}: ${update.releases} release addresses, ${update.pages} other pages ` +
    `(${update.changed ? 'updated' : 'unchanged'}).`,
);
