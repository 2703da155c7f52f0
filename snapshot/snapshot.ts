/**
 * The content snapshot: the public releases of a content tree and their
 * search indexes, built once by the build (scripts/build-content-snapshot.ts)
 * into the build folder, and loaded by a server at start instead of reading
 * and indexing every file (seconds with 10,000 releases; see warm.ts).
 *
 * A snapshot is used only by the build it was made with (Next's BUILD_ID) and
 * for the content root it was made from: the build is the unit of deployment
 * (prerendered pages carry the build's content too), so a server serves its
 * build's content whether or not the tree was edited since. Anything else (no
 * snapshot, another build or root, an unreadable file) and the server reads
 * the tree as it always did, and says why in its log.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { readBuildId, type SnapshotLocation } from '@/content-layer/build-folder';
import { displayPath, storedVersion, versionFile, withLazyHtml, type Release, type ReleaseVersion, type StoredVersion } from '@/content-layer/load';
import { ReleaseIndex } from '@/content-layer/releases';
import { SnapshotReader, SnapshotWriter, type StringId } from '@/content-layer/snapshot-file';
import { routing, type Locale } from '@/i18n/routing';
import { buildSearchIndex, SearchIndex } from '@/search/search';
import { readIndexedVersions, readPostings, storeSearchIndex, type StoredSearchIndex } from '@/search/snapshot';

/** Bumped whenever what the label or the parts hold changes shape. */
const FORMAT = 1;

/** The content as a server keeps it in memory. */
export interface ContentIndexes {
  releases: ReleaseIndex;
  search: ReadonlyMap<Locale, SearchIndex>;
}

/** A version as written: its body a string of the file, like the search index's text. */
type WrittenVersion = Omit<StoredVersion, 'body'> & { body: StringId };

interface WrittenRelease {
  slug: string;
  versions: Partial<Record<Locale, WrittenVersion>>;
}

/** What the file is: read first, to decide whether to read the rest. */
interface Label {
  format: number;
  /** The absolute content root it was built from. */
  root: string;
  buildId: string;
  /** The working directory of the build: `sourcePath`s are relative to it. */
  cwd: string;
  builtAt: Date;
}

/** The file's parts (see snapshot-file.ts), read in this order: the search indexes' part is small, and says what to read ahead. */
type Parts = {
  search: Partial<Record<Locale, StoredSearchIndex>>;
  releases: WrittenRelease[];
};

/**
 * Indexes the releases of `root` (read, validated) as a server would and
 * writes them to `location`. Drafts are left out: they are never public, and
 * the file ships to every server. Returns the indexes and the file's size.
 */
export function writeContentSnapshot(
  location: SnapshotLocation,
  content: { root: string; buildId: string; releases: readonly Release[] },
): { indexes: ContentIndexes; bytes: number } {
  const releases = publicReleases(content.releases);
  const index = new ReleaseIndex(releases);
  const search = new Map(routing.locales.map((locale) => [locale, buildSearchIndex(index, locale)]));
  const writer = new SnapshotWriter();
  const label: Label = { format: FORMAT, root: content.root, buildId: content.buildId, cwd: process.cwd(), builtAt: new Date() };
  const parts: Parts = {
    search: Object.fromEntries([...search].map(([locale, searchIndex]) => [locale, storeSearchIndex(searchIndex, writer)])),
    releases: releases.map((release) => ({
      slug: release.slug,
      versions: Object.fromEntries(
        versionsOf(release).map((version) => [version.locale, { ...storedVersion(version), body: writer.string(version.body) }]),
      ),
    })),
  };
  mkdirSync(dirname(location.file), { recursive: true });
  const bytes = writer.write(location.file, label, parts);
  return { indexes: { releases: index, search }, bytes };
}

export type SnapshotOutcome = { loaded: true; indexes: ContentIndexes; builtAt: Date } | { loaded: false; reason: string };

/**
 * The snapshot's indexes, if there is one for this build and this content
 * root; otherwise why not. Never rejects: a server that cannot use its
 * snapshot still starts, by reading the tree.
 */
export async function loadContentSnapshot(location: SnapshotLocation, root: string): Promise<SnapshotOutcome> {
  let reader: SnapshotReader;
  try {
    reader = SnapshotReader.open(location.file);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return { loaded: false, reason: missing ? `there is none at ${displayPath(location.file)}` : unreadable(location, error) };
  }
  try {
    const label = reader.label as Label;
    if (label.format !== FORMAT) return { loaded: false, reason: `${displayPath(location.file)} is of another format` };
    if (label.root !== root) {
      return { loaded: false, reason: `${displayPath(location.file)} was built from ${label.root}, not ${root}` };
    }
    const buildId = readBuildId(location);
    if (label.buildId !== buildId) {
      return {
        loaded: false,
        reason: `${displayPath(location.file)} belongs to build ${label.buildId}, not to ${buildId ?? 'this folder, which has no BUILD_ID'}`,
      };
    }
    return { loaded: true, indexes: await readIndexes(label, reader), builtAt: label.builtAt };
  } catch (error) {
    return { loaded: false, reason: unreadable(location, error) };
  } finally {
    await reader.close();
  }
}

/**
 * In the order that keeps start fastest: the postings begin loading on
 * libuv's threads; the strings are decoded while the heap is still small
 * (their memory is counted against it and makes the collector run); then
 * the releases' many small objects, and the objects that tie it all together.
 */
async function readIndexes(label: Label, reader: SnapshotReader): Promise<ContentIndexes> {
  const search = reader.part('search') as Parts['search'];
  const stored = routing.locales.map((locale) => {
    const searchIndex = search[locale];
    if (!searchIndex) throw new Error(`it has no ${locale} search index`);
    return { locale, searchIndex };
  });
  // Should anything below fail first, these end unawaited: a failure of theirs then is no unhandled rejection.
  const postings = stored.map(({ searchIndex }) => readPostings(searchIndex, reader));
  for (const pending of postings) pending.catch(() => undefined);
  await reader.loadStrings();
  // `sourcePath` is shown relative to the working directory, which a deployment may change.
  const moved = label.cwd !== process.cwd();
  const releases: Release[] = (reader.part('releases') as Parts['releases']).map(({ slug, versions }) => ({
    slug,
    versions: Object.fromEntries(
      Object.entries(versions).map(([locale, written]) => {
        // In place rather than copied: the part's objects become the versions, in the same field order.
        const version = Object.assign(written, { body: reader.string(written.body) }) as StoredVersion;
        if (moved) version.sourcePath = displayPath(versionFile(label.root, slug, version.locale));
        return [locale, withLazyHtml(version)];
      }),
    ),
  }));
  const bySlug = new Map(releases.map((release) => [release.slug, release]));
  const versions = stored.map(({ locale, searchIndex }) =>
    readIndexedVersions(searchIndex, reader, (slug) => bySlug.get(slug)?.versions[locale]),
  );
  const indexes = new Map<Locale, SearchIndex>();
  for (const [i, { locale }] of stored.entries()) {
    indexes.set(locale, new SearchIndex({ versions: versions[i]!, ...(await postings[i]!) }));
  }
  return { releases: new ReleaseIndex(releases), search: indexes };
}

/**
 * What may ship to every server: no drafts, and no body or title of a release
 * removed as published in error (its address answers 410 from its date and
 * unit alone), so that its text is served nowhere.
 */
function publicReleases(releases: readonly Release[]): Release[] {
  return releases.flatMap((release) => {
    const versions = versionsOf(release)
      .filter((version) => !version.draft)
      .map((version) => (version.removed ? withLazyHtml({ ...storedVersion(version), title: '', summary: undefined, body: '', images: [], attachments: [], links: [], videos: [], tags: [], changes: [] }) : version));
    return versions.length === 0 ? [] : [{ slug: release.slug, versions: Object.fromEntries(versions.map((v) => [v.locale, v])) }];
  });
}

function versionsOf(release: Release): ReleaseVersion[] {
  return Object.values(release.versions) as ReleaseVersion[];
}

function unreadable(location: SnapshotLocation, error: unknown): string {
  return `${displayPath(location.file)} could not be read (${error instanceof Error ? error.message : String(error)})`;
}
