/**
 * Imports the ministry's press-release archive into the content tree:
 *
 *   npx tsx scripts/content-import.ts <archive.json> [--out <content root>] [--images [--image-base <url>]]
 *
 * writes `<content root>/press-releases/<id>/<locale>.md` (default root:
 * `content`) and prints what could not be mapped. With `--images` it also
 * downloads each release's `https://` images into its folder and names them
 * there by file, with their width and height (scripts/import/images.ts);
 * `--image-base` fetches them from a mirror of the ministry's site instead. The conversion itself lives in
 * `scripts/import/moda.ts`; this file only reads, writes and reports.
 *
 * Re-running is idempotent: identical files are left untouched, changed ones are
 * overwritten, and nothing is ever deleted — a language file the archive no
 * longer has is reported, not removed, since staff may have written it.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { RELEASES_FOLDER } from '../content-layer/load';
import { updateRedirectFile } from '../redirects/update';
import { downloadReleaseImages } from './import/images';
import { ARCHIVE_LOCALES, convertArchive, type Unmapped } from './import/moda';

const USAGE = 'usage: npx tsx scripts/content-import.ts <archive.json> [--out <content root>] [--images [--image-base <url>]]';

interface Options {
  archive: string;
  out: string;
  images: boolean;
  imageBase?: string;
}

function parseArguments(argv: readonly string[]): Options | string {
  let archive: string | undefined;
  let out = 'content';
  let images = false;
  let imageBase: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--images') {
      images = true;
    } else if (argument === '--image-base' || argument.startsWith('--image-base=')) {
      const value = argument === '--image-base' ? argv[++index] : argument.slice('--image-base='.length);
      if (value === undefined || !/^https?:\/\/[^\s]+$/.test(value)) return '--image-base needs an http:// or https:// address';
      imageBase = value;
    } else if (argument === '--out') {
      const value = argv[++index];
      if (value === undefined) return '--out needs a folder';
      out = value;
    } else if (argument.startsWith('--out=')) {
      out = argument.slice('--out='.length);
    } else if (argument.startsWith('-')) {
      return `unknown option ${argument}`;
    } else if (archive === undefined) {
      archive = argument;
    } else {
      return `only one archive file, got ${archive} and ${argument}`;
    }
  }
  if (imageBase !== undefined && !images) return '--image-base goes with --images';
  return archive === undefined ? 'which archive file?' : { archive, out, images, imageBase };
}

function readArchive(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

/** Writes only what changed, so that an unchanged import leaves files (and their times) alone. */
function writeIfChanged(path: string, text: string): boolean {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  writeFileSync(path, text, 'utf8');
  return true;
}

function formatUnmapped(item: Unmapped): string {
  const where = [item.locale, item.field].filter(Boolean).join(' ');
  return `  ${where === '' ? '' : `${where}: `}${item.message}`;
}

async function main(): Promise<number> {
  const options = parseArguments(process.argv.slice(2));
  if (typeof options === 'string') {
    console.error(`${options}\n${USAGE}`);
    return 2;
  }

  let data: unknown;
  try {
    data = readArchive(options.archive);
  } catch (error) {
    console.error(`cannot read ${options.archive}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }

  const { releases: converted, unmapped } = convertArchive(data);
  const releasesFolder = join(options.out, RELEASES_FOLDER);
  const notes: Unmapped[] = [];
  let changed = 0;
  let unchanged = 0;
  const releases = [];
  let images = 0;
  for (const convertedRelease of converted) {
    const folder = join(releasesFolder, convertedRelease.id);
    mkdirSync(folder, { recursive: true });
    let release = convertedRelease;
    if (options.images) {
      const downloaded = await downloadReleaseImages(release, folder, { base: options.imageBase });
      release = downloaded.release;
      notes.push(...downloaded.unmapped);
      images += downloaded.downloaded;
    }
    releases.push(release);
    for (const file of release.files) {
      if (writeIfChanged(join(folder, `${file.locale}.md`), file.text)) changed++;
      else unchanged++;
    }
    for (const locale of ARCHIVE_LOCALES) {
      const path = join(folder, `${locale}.md`);
      if (!release.files.some((file) => file.locale === locale) && existsSync(path)) {
        notes.push({
          id: release.id,
          locale,
          field: '',
          message: `${relative(process.cwd(), path)} exists but the archive has no ${locale} version: left in place`,
        });
      }
    }
  }

  // Grouped by release, in archive order.
  const byId = new Map<string, Unmapped[]>();
  for (const item of [...unmapped, ...notes]) byId.set(item.id, [...(byId.get(item.id) ?? []), item]);
  for (const [id, items] of byId) {
    console.log(id);
    for (const item of items) console.log(formatUnmapped(item));
  }

  const versions = changed + unchanged;
  console.log(
    `${releases.length} releases, ${versions} language versions written ` +
      `(${changed} new or changed, ${unchanged} unchanged) to ${relative(process.cwd(), releasesFolder) || releasesFolder}, ` +
      `${unmapped.length} items not mapped.`,
  );
  if (options.images) console.log(`${images} images downloaded into their releases' folders, with their width and height.`);
  // The ministry's old addresses follow the releases they lead to (docs/publishing.md#old-addresses).
  const redirects = updateRedirectFile(options.out);
  for (const problem of redirects.problems) console.log(`redirects: ${problem}`);
  console.log(
    `${relative(process.cwd(), redirects.path) || redirects.path}: ${redirects.releases} old release addresses ` +
      `(${redirects.changed ? 'updated' : 'unchanged'}).`,
  );
  console.log(
    'Not written into the releases, by design: each page\'s "source" { repository, path, commit }, the provenance of the scrape.',
  );
  return 0;
}

process.exitCode = await main();
