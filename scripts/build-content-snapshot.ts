/**
 * The last step of `npm run build`: reads and validates the content tree
 * (`CONTENT_DIR`, `content/` by default), builds its search indexes, and
 * writes them as a snapshot into the build folder (`NEXT_DIST_DIR`, `.next`
 * by default), which a server then loads at start in a fraction of the time
 * reading the tree takes (see snapshot/snapshot.ts). It runs after
 * `next build`, which empties the build folder, and tags the snapshot with
 * that build's id: a server never uses the snapshot of another build.
 * Then it reads the snapshot back, so that a build never ships one that fails.
 * The bodies' texts it renders are kept for the next build of the same code
 * (content-layer/body-text.ts), which then renders only the bodies that changed.
 *
 *   tsx scripts/build-content-snapshot.ts
 */
import { routing } from '../i18n/routing';
import { join } from 'node:path';
import { saveBodyTextCache, useBodyTextCache } from '../content-layer/body-text';
import { displayPath, loadContentTree } from '../content-layer/load';
import { copyReleaseImages, snapshotMediaFolder } from '../content-layer/media';
import { CONTENT_ERRORS_EXIT_CODE, ContentValidationError } from '../content-layer/problems';
import { unitProblems } from '../content-layer/units';
import { contentRoot } from '../content-layer/releases';
import { describeComparisons, writeHistoryFile } from '../history/store';
import { readBuildId, snapshotLocation } from '../content-layer/build-folder';
import { loadContentSnapshot, writeContentSnapshot, type ContentIndexes } from '../snapshot/snapshot';

const started = performance.now();
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const location = snapshotLocation();
const buildId = readBuildId(location);
if (buildId === null) {
  console.error(`[content-snapshot] no ${displayPath(location.buildIdFile)}: run this after \`next build\`, with the same NEXT_DIST_DIR`);
  process.exit(1);
}
const root = contentRoot();
// In Next's own cache folder, which a build keeps, and which no deployment ships.
const textCache = join(location.file, '..', '..', 'cache', 'content-body-text.v8');
const reusable = useBodyTextCache(textCache, buildId);
const tree = loadContentTree(root);
const { releases } = tree;
// Every release's unit needs its URL slug in units.json (its page and feeds live there).
const problems = [...tree.problems, ...unitProblems(root, releases)];
if (problems.some((problem) => problem.severity === 'error')) {
  console.error(`[content-snapshot] ${new ContentValidationError(problems).message}`);
  process.exit(CONTENT_ERRORS_EXIT_CODE);
}
const { indexes, bytes } = writeContentSnapshot(location, { root, buildId, releases });
const texts = saveBodyTextCache(textCache, buildId);
/** Late enough that every version but drafts counts, scheduled ones included. */
const everything = new Date(8.64e15);
const counts = (written: ContentIndexes) =>
  routing.locales.map((locale) => `${written.releases.list(locale, everything).length} ${locale}`).join(', ');
console.log(
  `[content-snapshot] ${counts(indexes)} releases (drafts left out) of ${root} indexed and written to ` +
    `${displayPath(location.file)} (${(bytes / 2 ** 20).toFixed(1)} MiB) in ${seconds(started)}; ` +
    `${texts.reused} of ${texts.texts} bodies' texts reused from the last build of this code (${reusable} kept)`,
);

// Each correction compared with the version before it, from the content folder's git history.
const comparing = performance.now();
const comparisons = writeHistoryFile(
  root,
  buildId,
  routing.locales.flatMap((locale) => [...indexes.releases.list(locale, everything)]),
);
console.log(`${describeComparisons(comparisons)} in ${seconds(comparing)}`);

// The originals of the releases' own images, by content version: what this build serves, whatever the content folder holds later.
const media = snapshotMediaFolder();
const images = copyReleaseImages(releases, root, media);
console.log(`[content-snapshot] ${images} release image${images === 1 ? '' : 's'} copied to ${displayPath(media)}`);

const loading = performance.now();
const loaded = await loadContentSnapshot(location, root);
if (!loaded.loaded || counts(loaded.indexes) !== counts(indexes)) {
  console.error(`[content-snapshot] the snapshot does not read back: ${loaded.loaded ? counts(loaded.indexes) : loaded.reason}`);
  process.exit(1);
}
console.log(`[content-snapshot] read back in ${seconds(loading)}`);
