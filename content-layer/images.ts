import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from './problems';
import type { ReleaseImage } from './schema';

/**
 * A release's own images live in its folder (`press-releases/<slug>/photo.jpg`)
 * and are named in front matter by the bare file name. A name is a letter or
 * digit, then letters, digits, `.`, `_` or `-`, ending in .jpg, .jpeg, .png or
 * .webp: nothing that could leave the folder, so the same test guards the
 * image route against path traversal.
 */
export const LOCAL_IMAGE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,150}\.(?:jpe?g|png|webp)$/i;

export type ImageFormat = 'jpeg' | 'png' | 'webp';

export const IMAGE_CONTENT_TYPE: Record<ImageFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
};

/** A release's image as pages show it; a local one knows its file, size and content version. */
export interface ShownImage extends ReleaseImage {
  /** For an image in the release's folder: what its URL needs. */
  local?: { file: string; version: string; format: ImageFormat };
}

export function isLocalImage(src: string): boolean {
  return LOCAL_IMAGE_NAME.test(src);
}

/** The widths the image route makes of a local image, never wider than the file itself. */
export const IMAGE_WIDTHS = [320, 640, 960, 1280, 1920] as const;

/** The widths offered for an image `width` pixels wide: the standard ones below it, then its own, up to the largest standard one. */
export function imageWidths(width: number): number[] {
  const largest = IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]!;
  return [...IMAGE_WIDTHS.filter((w) => w < Math.min(width, largest)), Math.min(width, largest)];
}

/** The height of a variant `width` pixels wide, keeping the image's proportions. */
export function variantHeight(image: { width: number; height: number }, width: number): number {
  return Math.max(1, Math.round((image.height * width) / image.width));
}

/**
 * The URL of one size of a local image. The content version (a hash of the
 * file) is part of it, so the URL can be cached for a year: a replaced photo
 * gets a new URL.
 */
export function localImageUrl(slug: string, local: NonNullable<ShownImage['local']>, width: number): string {
  return `/media/${slug}/${local.version}/${width}/${local.file}`;
}

export interface ImageInfo {
  format: ImageFormat;
  /** As displayed, after the EXIF orientation is applied. */
  width: number;
  height: number;
}

/**
 * The format and displayed size of a JPEG, PNG or WebP file from its first
 * bytes, synchronously (content loading is synchronous), or null if the
 * bytes are none of these.
 */
export function imageInfo(bytes: Buffer): ImageInfo | null {
  if (bytes.length >= 24 && bytes.readUInt32BE(0) === 0x89504e47 && bytes.toString('ascii', 12, 16) === 'IHDR') {
    return { format: 'png', width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  if (bytes.length >= 30 && bytes.toString('ascii', 0, 4) === 'RIFF' && bytes.toString('ascii', 8, 12) === 'WEBP') {
    const chunk = bytes.toString('ascii', 12, 16);
    if (chunk === 'VP8X') {
      return { format: 'webp', width: 1 + bytes.readUIntLE(24, 3), height: 1 + bytes.readUIntLE(27, 3) };
    }
    if (chunk === 'VP8L' && bytes[20] === 0x2f) {
      const bits = bytes.readUInt32LE(21);
      return { format: 'webp', width: 1 + (bits & 0x3fff), height: 1 + ((bits >> 14) & 0x3fff) };
    }
    if (chunk === 'VP8 ' && bytes.readUIntBE(23, 3) === 0x9d012a) {
      return { format: 'webp', width: bytes.readUInt16LE(26) & 0x3fff, height: bytes.readUInt16LE(28) & 0x3fff };
    }
    return null;
  }
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8) return jpegInfo(bytes);
  return null;
}

function jpegInfo(bytes: Buffer): ImageInfo | null {
  let offset = 2;
  let orientation = 1;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset++;
      continue;
    }
    const length = bytes.readUInt16BE(offset + 2);
    if (marker === 0xe1 && bytes.toString('ascii', offset + 4, offset + 10) === 'Exif\0\0') {
      orientation = exifOrientation(bytes.subarray(offset + 10, offset + 2 + length)) ?? orientation;
    }
    // Start of frame (baseline, progressive, …), not DHT (c4), JPG (c8) or DAC (cc).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (offset + 9 > bytes.length) return null;
      const height = bytes.readUInt16BE(offset + 5);
      const width = bytes.readUInt16BE(offset + 7);
      // Orientations 5–8 turn the picture a quarter: its displayed width is its stored height.
      return orientation >= 5 ? { format: 'jpeg', width: height, height: width } : { format: 'jpeg', width, height };
    }
    offset += 2 + length;
  }
  return null;
}

function exifOrientation(tiff: Buffer): number | undefined {
  if (tiff.length < 8) return undefined;
  const little = tiff.toString('ascii', 0, 2) === 'II';
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return undefined;
  const entries = u16(ifd);
  for (let i = 0; i < entries; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return undefined;
    if (u16(entry) === 0x0112) return u16(entry + 8);
  }
  return undefined;
}

/** A file's content version: the start of its SHA-256, in its URL. */
export function contentVersion(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/**
 * Reads a release's local images from its folder: each gets its displayed
 * size and content version. A missing or unreadable file is an error (nothing
 * would show); dimensions written in front matter that disagree with the file
 * are a warning, and the file's are used.
 */
export function resolveImages(
  images: readonly ReleaseImage[],
  folder: string,
  displayPath: string,
): { images: ShownImage[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const shown = images.map((image, index): ShownImage => {
    if (!isLocalImage(image.src)) return image;
    const field = `images[${index}].src`;
    let bytes: Buffer;
    try {
      // Found at run time beside the release's file: not for the build to trace (it would ship the content tree).
      bytes = readFileSync(join(/*turbopackIgnore: true*/ folder, image.src));
    } catch {
      problems.push({
        severity: 'error',
        path: displayPath,
        field,
        message: `no file ${image.src} in the release's folder: put the image next to this file, or correct the name (names are case-sensitive)`,
      });
      return image;
    }
    const info = imageInfo(bytes);
    if (!info || info.width === 0 || info.height === 0) {
      problems.push({
        severity: 'error',
        path: displayPath,
        field,
        message: `${image.src} is not a readable JPEG, PNG or WebP image: export it again in one of these formats`,
      });
      return image;
    }
    if ((image.width !== undefined && image.width !== info.width) || (image.height !== undefined && image.height !== info.height)) {
      problems.push({
        severity: 'warning',
        path: displayPath,
        field: `images[${index}].width`,
        message: `${image.src} is ${info.width}×${info.height} pixels, not ${image.width ?? '?'}×${image.height ?? '?'} as written: the file's size is used; correct or remove width and height`,
      });
    }
    return {
      ...image,
      width: info.width,
      height: info.height,
      local: { file: image.src, version: contentVersion(bytes), format: info.format },
    };
  });
  return { images: shown, problems };
}

/**
 * The one address that stands for an image outside the page (sharing previews,
 * JSON-LD): a local image at its largest size up to 1280 pixels, a remote one as written.
 */
export function shareableImage(slug: string, image: ShownImage): { url: string; width?: number; height?: number } {
  if (!image.local || image.width === undefined || image.height === undefined) {
    return { url: image.src, width: image.width, height: image.height };
  }
  const widths = imageWidths(image.width);
  const width = widths.filter((w) => w <= 1280).pop() ?? widths[0]!;
  return {
    url: localImageUrl(slug, image.local, width),
    width,
    height: variantHeight({ width: image.width, height: image.height }, width),
  };
}
