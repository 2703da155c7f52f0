/**
 * The importer's `--images` option: downloads a release's `https://` images
 * into its folder (`press-releases/<id>/<file>`) and rewrites its files' front
 * matter to name them by file, with their width and height, so the portal
 * serves them itself in responsive sizes (see content-layer/images.ts).
 *
 * What cannot be downloaded (an error status, a timeout, something that is not
 * a JPEG, PNG or WebP, a file too large) keeps its `https://` address and comes
 * back as an `Unmapped` item: nothing is dropped. A file already on disk with
 * the same bytes is left alone, so re-running is idempotent.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { imageInfo, isLocalImage, type ImageFormat } from '../../content-layer/images';
import type { FrontMatter, ReleaseImage } from '../../content-layer/schema';
import { releaseFileText, type ConvertedRelease, type Unmapped } from './moda';

export interface ImageDownloadOptions {
  /**
   * Fetch from this origin instead of the image's own (`https://moda.gov.tw/a/b.jpg`
   * is fetched as `<base>/a/b.jpg`): a mirror or a local copy of the ministry's files.
   */
  base?: string;
  /** Per image; 30 s by default. */
  timeoutMs?: number;
  /** Larger files are not downloaded; 25 MiB by default. */
  maxBytes?: number;
}

const EXTENSION: Record<ImageFormat, string> = { jpeg: 'jpg', png: 'png', webp: 'webp' };
const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)\n$/;

interface Downloaded {
  file: string;
  width: number;
  height: number;
}

/**
 * Downloads the images of one converted release into `folder` and returns
 * the release with its files' front matter rewritten, and what could not be.
 */
export async function downloadReleaseImages(
  release: ConvertedRelease,
  folder: string,
  options: ImageDownloadOptions = {},
): Promise<{ release: ConvertedRelease; unmapped: Unmapped[]; downloaded: number }> {
  const unmapped: Unmapped[] = [];
  // Both languages usually show the same photos: each address is fetched once per release.
  const byUrl = new Map<string, Promise<Downloaded | string>>();
  const taken = new Map<string, string>();
  const files = [];
  for (const file of release.files) {
    const match = FRONT_MATTER.exec(file.text);
    const frontMatter = match ? (parse(match[1]!) as FrontMatter) : undefined;
    if (!match || !frontMatter?.images?.length) {
      files.push(file);
      continue;
    }
    const images: ReleaseImage[] = [];
    for (const [index, image] of frontMatter.images.entries()) {
      if (!image.src.startsWith('https://')) {
        images.push(image);
        continue;
      }
      let pending = byUrl.get(image.src);
      if (!pending) {
        pending = download(image.src, folder, taken, options);
        byUrl.set(image.src, pending);
      }
      const outcome = await pending;
      if (typeof outcome === 'string') {
        unmapped.push({ id: release.id, locale: file.locale, field: `images[${index}].src`, message: `${outcome}: kept as ${image.src}` });
        images.push(image);
      } else {
        const { src: _src, width: _width, height: _height, ...rest } = image;
        images.push({ src: outcome.file, ...rest, width: outcome.width, height: outcome.height });
      }
    }
    files.push({ ...file, text: releaseFileText({ ...frontMatter, images }, match[2]!) });
  }
  let downloaded = 0;
  for (const outcome of await Promise.all(byUrl.values())) if (typeof outcome !== 'string') downloaded++;
  return { release: { ...release, files }, unmapped, downloaded };
}

/** One image into `folder`, under a name of its own; or why not. */
async function download(
  src: string,
  folder: string,
  taken: Map<string, string>,
  { base, timeoutMs = 30_000, maxBytes = 25 * 2 ** 20 }: ImageDownloadOptions,
): Promise<Downloaded | string> {
  const original = new URL(src);
  const url = base ? new URL(base.replace(/\/$/, '') + original.pathname + original.search) : original;
  let bytes: Buffer;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    if (!response.ok) return `could not download it from ${url.href} (HTTP ${response.status})`;
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > maxBytes) return `${url.href} is larger than ${maxBytes} bytes`;
    bytes = Buffer.from(await response.arrayBuffer());
    if (bytes.length > maxBytes) return `${url.href} is larger than ${maxBytes} bytes`;
  } catch (error) {
    return `could not download it from ${url.href} (${error instanceof Error ? error.message : String(error)})`;
  }
  // The bytes decide, not the server's Content-Type or the address's extension.
  const info = imageInfo(bytes);
  if (!info || info.width === 0 || info.height === 0) return `${url.href} is not a JPEG, PNG or WebP image`;
  const file = fileName(original.pathname, info.format, taken);
  const path = join(folder, file);
  mkdirSync(folder, { recursive: true });
  if (!(existsSync(path) && readFileSync(path).equals(bytes))) writeFileSync(path, bytes);
  return { file, width: info.width, height: info.height };
}

/**
 * The address's own file name when it is a valid one with the right extension,
 * otherwise `image-<n>.<ext>`; never a name another image of the release took.
 */
function fileName(pathname: string, format: ImageFormat, taken: Map<string, string>): string {
  const ext = EXTENSION[format];
  const last = decodeURIComponent(pathname.split('/').pop() ?? '');
  const stem = last.replace(/\.[^.]*$/, '');
  const wanted = isLocalImage(`${stem}.${ext}`) ? `${stem}.${ext}` : `image-${taken.size + 1}.${ext}`;
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = wanted.replace(/(\.[^.]+)$/, `-${n}$1`);
  taken.set(name.toLowerCase(), last);
  return name;
}
