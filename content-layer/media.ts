import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { routing } from '@/i18n/routing';
import { contentVersion, IMAGE_CONTENT_TYPE, imageWidths, LOCAL_IMAGE_NAME, type ImageFormat, type ShownImage } from './images';
import { RELEASES_FOLDER, type Release, type ReleaseVersion } from './load';
import type { ReleaseIndex } from './releases';
import { SNAPSHOT_FOLDER } from './build-folder';

// Every path below is found at run time in folders the environment names (the content, the build's
// snapshot, the cache): `turbopackIgnore` keeps the build from tracing them, which would otherwise put
// the whole project (other builds, .git) into the standalone output.

/**
 * Serving a release's own images (`/media/<slug>/<version>/<width>/<file>`):
 * the original is taken from the build's snapshot folder, where the build
 * copied it by content version (so a photo replaced in the content folder
 * before the next publish never changes what readers get), or else from the
 * content folder when its bytes still have that version; each width is made
 * with sharp on first request and kept on disk, by version.
 */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const VERSION = /^[0-9a-f]{16}$/;
const WIDTH = /^[1-9][0-9]{0,4}$/;

export interface MediaRequest {
  slug: string;
  version: string;
  width: number;
  file: string;
}

/** The parts of an image URL, or null if any is malformed (the answer is then a 404, whatever the rest). */
export function parseMediaPath(slug: string, version: string, width: string, file: string): MediaRequest | null {
  if (!SLUG.test(slug) || !VERSION.test(version) || !WIDTH.test(width) || !LOCAL_IMAGE_NAME.test(file)) return null;
  return { slug, version, width: Number(width), file };
}

/** The release's local image of that name that a reader of `index` may see, in any language. */
export function findLocalImage(index: ReleaseIndex, slug: string, file: string, now = new Date()): ShownImage | undefined {
  const versions: (ReleaseVersion | undefined)[] =
    index.audience === 'staff'
      ? Object.values(index.release(slug)?.versions ?? {})
      : routing.locales.map((locale) => index.find(locale, slug, now));
  for (const version of versions) {
    const image = version?.images.find((each) => each.local?.file === file);
    if (image) return image;
  }
  return undefined;
}

/** Where a build keeps the originals of its public releases' images: `<distDir>/content-snapshot/media`. */
export function snapshotMediaFolder(distDir = process.env.NEXT_DIST_DIR || '.next'): string {
  return join(resolve(/*turbopackIgnore: true*/ process.cwd(), distDir), SNAPSHOT_FOLDER, 'media');
}

/** Where made sizes are kept: `MEDIA_CACHE_DIR`, or `<distDir>/cache/media`. */
export function variantCacheFolder(distDir = process.env.NEXT_DIST_DIR || '.next'): string {
  return process.env.MEDIA_CACHE_DIR
    ? resolve(/*turbopackIgnore: true*/ process.env.MEDIA_CACHE_DIR)
    : join(resolve(/*turbopackIgnore: true*/ process.cwd(), distDir), 'cache', 'media');
}

const EXTENSION: Record<ImageFormat, string> = { jpeg: 'jpg', png: 'png', webp: 'webp' };

const originalName = (local: NonNullable<ShownImage['local']>) => `${local.version}.${EXTENSION[local.format]}`;

/**
 * Copies the local images of `releases`' versions into a build's media folder, drafts and releases removed
 * as published in error left out (no server of the build holds them); answers how many.
 */
export function copyReleaseImages(releases: readonly Release[], root: string, folder: string): number {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  let copied = 0;
  for (const release of releases) {
    for (const version of Object.values(release.versions) as ReleaseVersion[]) {
      if (version.draft || version.removed) continue;
      for (const image of version.images) {
        if (!image.local) continue;
        const target = join(/*turbopackIgnore: true*/ folder, originalName(image.local));
        if (existsSync(target)) continue;
        copyFileSync(join(/*turbopackIgnore: true*/ root, RELEASES_FOLDER, release.slug, image.local.file), target);
        copied++;
      }
    }
  }
  return copied;
}

/** The original's bytes for this version: the build's copy, or the content folder's file if unchanged since. */
function readOriginal(image: ShownImage, slug: string, contentRoot: string, mediaFolder: string): Buffer | null {
  const local = image.local!;
  try {
    return readFileSync(join(/*turbopackIgnore: true*/ mediaFolder, originalName(local)));
  } catch {
    // No snapshot (next dev, or a server on another content folder): the content folder, if it still has this version.
  }
  try {
    const bytes = readFileSync(join(/*turbopackIgnore: true*/ contentRoot, RELEASES_FOLDER, slug, local.file));
    return contentVersion(bytes) === local.version ? bytes : null;
  } catch {
    return null;
  }
}

export type MediaAnswer =
  | { status: 404 }
  | { status: 200; body: Buffer; contentType: string; etag: string };

const making = new Map<string, Promise<Buffer>>();

/**
 * One size of a local image: 404 unless `image` is the one asked for (same
 * version, a width the page offers); otherwise the bytes, made once and kept.
 */
export async function answerMedia(
  request: MediaRequest,
  image: ShownImage | undefined,
  contentRoot: string,
  folders = { media: snapshotMediaFolder(), cache: variantCacheFolder() },
): Promise<MediaAnswer> {
  const local = image?.local;
  if (!image || !local || local.version !== request.version || image.width === undefined) return { status: 404 };
  if (!imageWidths(image.width).includes(request.width)) return { status: 404 };
  const key = `${local.version}-${request.width}.${EXTENSION[local.format]}`;
  const cached = join(/*turbopackIgnore: true*/ folders.cache, key);
  const answer = (body: Buffer): MediaAnswer => ({
    status: 200,
    body,
    contentType: IMAGE_CONTENT_TYPE[local.format],
    etag: `"${local.version}-${request.width}"`,
  });
  try {
    return answer(readFileSync(cached));
  } catch {
    // Not made yet.
  }
  const original = readOriginal(image, request.slug, contentRoot, folders.media);
  if (!original) return { status: 404 };
  let pending = making.get(key);
  if (!pending) {
    pending = resize(original, local.format, request.width).finally(() => making.delete(key));
    making.set(key, pending);
  }
  const body = await pending;
  try {
    mkdirSync(dirname(cached), { recursive: true });
    // Written whole, then renamed: another instance never reads half a file.
    const partial = `${cached}.${randomUUID()}.partial`;
    writeFileSync(partial, body);
    renameSync(partial, cached);
  } catch {
    // A read-only disk: serve it anyway, made again next time.
  }
  return answer(body);
}

/**
 * Made with sharp: turned upright by its EXIF orientation, scaled to `width`
 * (never enlarged), re-encoded in its own format, and stripped of metadata
 * (sharp keeps none unless asked), so no camera's GPS position is published.
 */
async function resize(original: Buffer, format: ImageFormat, width: number): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  sharp.concurrency(1);
  sharp.cache(false);
  const pipeline = sharp(original).rotate().resize({ width, withoutEnlargement: true });
  if (format === 'jpeg') return pipeline.jpeg({ quality: 78, mozjpeg: true }).toBuffer();
  if (format === 'png') return pipeline.png({ compressionLevel: 9, adaptiveFiltering: true }).toBuffer();
  return pipeline.webp({ quality: 78 }).toBuffer();
}
