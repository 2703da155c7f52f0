import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes a content tree of `relative path → file content` into a fresh temporary folder. */
export function makeContentTree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  for (const [path, content] of Object.entries(files)) {
    const target = join(root, 'press-releases', path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return root;
}

/** A release file with the given front matter fields on top of valid defaults. */
export function releaseFile(fields: Record<string, string | boolean> = {}, body = 'Body text.'): string {
  const all = { title: 'A title', date: '2024-01-01', unit: 'A unit', ...fields };
  const yaml = Object.entries(all)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? JSON.stringify(value) : value}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${body}\n`;
}

/**
 * The first bytes of a PNG `width`×`height` pixels: enough for the content
 * layer, which reads only an image's header (not a picture a browser could show).
 */
export function pngHeader(width: number, height: number): Buffer {
  const header = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
  header.writeUInt32BE(13, 8);
  header.write('IHDR', 12, 'ascii');
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  header.writeUInt8(8, 24);
  header.writeUInt8(6, 25);
  return header;
}
