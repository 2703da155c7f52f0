/**
 * The redirects file, `<content root>/redirects.json`: old addresses (paths on
 * the ministry's current site) and the portal page each now lives at.
 *
 *   { "pages": { "/press/press-releases.html": "/press", … },
 *     "releases": { "/press/press-releases/5763.html": "/press/5763", … } }
 *
 * `releases` is written by the importer (and `npm run redirects:update`) from
 * the content tree and must not be edited by hand; `pages` is kept by people.
 */
import { z } from 'zod';

export const REDIRECTS_FILE = 'redirects.json';

/** A path as a browser sends it, decoded: one leading slash, no query, no fragment, no `..`. */
const sitePath = z
  .string()
  .regex(/^\/(?!\/)[^?#\s\\]*$/, 'expected a path starting with one "/", without query or fragment')
  .refine((path) => !path.split('/').includes('..'), 'a path cannot contain ".."');

const entries = z.record(sitePath, sitePath);

export const redirectFileSchema = z.strictObject({ pages: entries, releases: entries });

export type RedirectFile = z.infer<typeof redirectFileSchema>;

/** Old path → new path, for the proxy. */
export type RedirectTable = ReadonlyMap<string, string>;

/** Reads a redirects file's text; problems are returned, never thrown, so one bad file cannot stop the site. */
export function parseRedirectFile(text: string): { file: RedirectFile } | { problems: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problems: [`not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const parsed = redirectFileSchema.safeParse(data);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`) };
  }
  const problems = Object.keys(parsed.data.pages)
    .filter((path) => path in parsed.data.releases)
    .map((path) => `pages.${path}: also in releases (the importer's); remove it from pages`);
  return problems.length > 0 ? { problems } : { file: parsed.data };
}

export function redirectTable(file: RedirectFile): RedirectTable {
  return new Map([...Object.entries(file.pages), ...Object.entries(file.releases)]);
}

/** The file as written: sorted keys, two-space indents, a final newline, so a re-run changes nothing. */
export function formatRedirectFile(file: RedirectFile): string {
  const sorted = (record: Record<string, string>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })));
  return `${JSON.stringify({ pages: sorted(file.pages), releases: sorted(file.releases) }, null, 2)}\n`;
}
