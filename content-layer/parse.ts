import { isMap, isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { parsePublicationDate, type PublicationDate } from './dates';
import type { ShownImage } from './images';
import type { ContentProblem } from './problems';
import { recordFaults, recordOf, type ChangeNote, type Removal, type Withdrawal } from './record';
import {
  FIELD_NAMES,
  frontMatterSchema,
  type ReleaseAttachment,
  type ReleaseLink,
  type ReleaseVideo,
} from './schema';

/** One language version of a release, as written in its file. */
export interface ParsedRelease {
  title: string;
  date: PublicationDate;
  /** The newest change's date when the file lists changes, else its `updated` field. */
  updated?: PublicationDate;
  unit: string;
  summary?: string;
  tags: string[];
  /** Local ones (a file in the release's folder) carry their size and version once loaded (see images.ts). */
  images: ShownImage[];
  attachments: ReleaseAttachment[];
  links: ReleaseLink[];
  videos: ReleaseVideo[];
  source?: string;
  draft: boolean;
  /** Corrections, oldest first. */
  changes: ChangeNote[];
  withdrawn?: Withdrawal;
  removed?: Removal;
  /** The Markdown body. */
  body: string;
}

export type ParseResult =
  | { ok: true; release: ParsedRelease; warnings: ContentProblem[] }
  | { ok: false; problems: ContentProblem[] };

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Parses a release file: YAML front matter between `---` lines, then Markdown.
 * Every problem is reported with the file, line and field, and all of them at
 * once, so that staff can fix a file in one pass.
 */
export function parseReleaseFile(source: string, path: string, now = new Date()): ParseResult {
  const text = source.replace(/^\uFEFF/, '');
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    return failure({
      path,
      line: 1,
      message:
        'no front matter: the file must start with a line "---", then YAML fields (title, date, unit), then "---", then the Markdown body',
    });
  }
  const yamlSource = match[1] ?? '';
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlSource, { lineCounter, prettyErrors: false });
  // The YAML starts on the file's second line, after the opening `---`.
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + 1;

  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => ({
        severity: 'error',
        path,
        line: lineOf(error.pos[0]),
        message: `invalid YAML: ${error.message.split('\n')[0]}`,
      })),
    };
  }

  const result = frontMatterSchema.safeParse(document.toJS() ?? {});
  const body = text.slice(match[0].length);
  const bodyLine = text.slice(0, match[0].length).split('\n').length;
  const problems: ContentProblem[] = [];
  if (!result.success) {
    for (const issue of result.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
      for (const key of keys) {
        const fieldPath = key === undefined ? issue.path : [...issue.path, key];
        problems.push({
          severity: 'error',
          path,
          line: lineOf(offsetOf(document, fieldPath)),
          field: fieldName(fieldPath),
          message:
            key === undefined
              ? issue.message
              : `unknown field: allowed are ${FIELD_NAMES.join(', ')} (images: src, alt, caption, width, height; changes: date, note; withdrawn: date, reason; removed: date, replacement)`,
        });
      }
    }
  }
  if (result.success) {
    for (const fault of recordFaults(result.data, now)) {
      problems.push({
        severity: 'error',
        path,
        line: lineOf(offsetOf(document, fault.at)),
        field: fieldName(fault.at),
        message: fault.message,
      });
    }
  }
  if (body.trim() === '') {
    problems.push({
      severity: 'error',
      path,
      line: bodyLine,
      message: 'the body is empty: write the release text in Markdown after the closing "---"',
    });
  }
  if (!result.success || problems.length > 0) return { ok: false, problems };

  const data = result.data;
  const images = data.images ?? [];
  const warnings: ContentProblem[] = images.flatMap((image, index) =>
    image.alt.trim() === ''
      ? [
          {
            severity: 'warning' as const,
            path,
            line: lineOf(offsetOf(document, ['images', index, 'alt'])),
            field: `images[${index}].alt`,
            message: `image ${image.src} has no description yet: write what it shows in alt`,
          },
        ]
      : [],
  );
  return {
    ok: true,
    warnings,
    release: {
      title: data.title,
      // The schema has checked that both dates parse.
      date: parsePublicationDate(data.date)!,
      ...recordOf(data),
      unit: data.unit,
      summary: data.summary,
      tags: data.tags ?? [],
      images,
      attachments: data.attachments ?? [],
      links: data.links ?? [],
      videos: data.videos ?? [],
      source: data.source,
      draft: data.draft ?? false,
      body,
    },
  };
}

function failure(problem: Omit<ContentProblem, 'severity'>): ParseResult {
  return { ok: false, problems: [{ severity: 'error', ...problem }] };
}

function fieldName(path: readonly PropertyKey[]): string | undefined {
  if (path.length === 0) return undefined;
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** Where a field is in the YAML source; for a missing field, where its parent is. */
function offsetOf(document: Document, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth > 0; depth--) {
    const node = document.getIn(path.slice(0, depth) as (string | number)[], true);
    if (isNode(node) && node.range) {
      // Point at the key's line rather than the value's, which may be on the next line.
      const parent = depth > 1 ? document.getIn(path.slice(0, depth - 1) as (string | number)[], true) : document.contents;
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isNode(item.key) && (item.key as { value?: unknown }).value === path[depth - 1]);
        if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0];
      }
      return node.range[0];
    }
  }
  return 0;
}
