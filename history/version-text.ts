/**
 * One version of a release file as a comparison needs it: its title and its
 * body's blocks (paragraphs, headings, lists) as written. Kept as Markdown so
 * that a build stores them without rendering thousands of bodies; turned into
 * the plain text readers see (`plainParagraphs`) when a comparison is shown.
 */
import { parseDocument } from 'yaml';
import { renderMarkdown, splitBlocks } from '@/content-layer/markdown';
import { htmlToText } from '@/content-layer/plain-text';

export interface VersionText {
  title: string;
  /** The body's blocks, in Markdown. */
  blocks: string[];
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The front matter of a file's text as plain data, or null when it has none or it is not YAML. */
function frontMatterOf(source: string): { data: Record<string, unknown>; body: string } | null {
  const match = FRONT_MATTER.exec(source);
  if (!match) return null;
  const document = parseDocument(match[1] ?? '');
  if (document.errors.length > 0) return null;
  const data = document.toJS() as unknown;
  if (typeof data !== 'object' || data === null) return null;
  return { data: data as Record<string, unknown>, body: source.slice(match[0].length) };
}

/** A version's title and body blocks; null for a file that could not be read as a release. */
export function versionText(source: string): VersionText | null {
  const parsed = frontMatterOf(source);
  if (!parsed || typeof parsed.data.title !== 'string') return null;
  return { title: parsed.data.title.trim(), blocks: splitBlocks(parsed.body) };
}

/**
 * The paragraphs a reader sees, as plain text: rendered and sanitized as on
 * the release page, the Markdown's marks gone, which readers never see and a
 * comparison should not show.
 */
export function plainParagraphs(version: VersionText): string[] {
  return version.blocks.map((block) => htmlToText(renderMarkdown(block))).filter((text) => text !== '');
}

/**
 * A file's change notes as keys that stay the same from one version of the
 * file to the next (date and note as written): how the commit that added a
 * note is told apart. None for a file without them or that does not parse.
 */
export function changeKeys(source: string): string[] {
  const changes = frontMatterOf(source)?.data.changes;
  if (!Array.isArray(changes)) return [];
  return changes.flatMap((change: unknown) => {
    if (typeof change !== 'object' || change === null) return [];
    const { date, note } = change as { date?: unknown; note?: unknown };
    return [`${String(date).trim()}\u0000${String(note).trim()}`];
  });
}
