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
