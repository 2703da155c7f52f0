/**
 * Turns the ministry's press-release archive (`shared/corpus/moda-releases.json`,
 * described in its README) into this portal's release files.
 *
 * Pure functions only: the CLI (`scripts/content-import.ts`) reads the archive and
 * writes what these return, so the whole conversion can be tested without a disk.
 *
 * The archive is published text. Two rules follow from that: nothing is invented
 * (no summaries, no image descriptions), and nothing is silently lost — whatever
 * the importer does not understand comes back as an `Unmapped` item for a person
 * to look at.
 */
import { stringify } from 'yaml';
import type { ZodType } from 'zod';
import { parsePublicationDate } from '../../content-layer/dates';
import { parseReleaseFile } from '../../content-layer/parse';
import {
  attachmentSchema,
  frontMatterSchema,
  imageSchema,
  linkSchema,
  videoSchema,
  type FrontMatter,
  type ReleaseAttachment,
  type ReleaseImage,
  type ReleaseLink,
  type ReleaseVideo,
} from '../../content-layer/schema';
import type { Locale } from '../../i18n/routing';

/** The language keys of an archive record, in the order their files are written. */
export const ARCHIVE_LOCALES = ['zh-TW', 'en'] as const satisfies readonly Locale[];

/** Something in the archive that did not make it (or not faithfully) into a release file. */
export interface Unmapped {
  /** The record's id, or `record #n` (1-based) when it has no usable id. */
  id: string;
  locale?: Locale;
  /** Where in the record, e.g. `images[2].alt`; empty for the record or page itself. */
  field: string;
  message: string;
}

/** One file to write: `press-releases/<id>/<locale>.md`. */
export interface ReleaseFile {
  locale: Locale;
  text: string;
}

export interface ConvertedRelease {
  /** The archive id, used as the release's slug. */
  id: string;
  /** Only the languages the ministry published, in ARCHIVE_LOCALES order. */
  files: ReleaseFile[];
}

export interface ConvertedArchive {
  releases: ConvertedRelease[];
  unmapped: Unmapped[];
}

type Report = (field: string, message: string) => void;
type JsonObject = Record<string, unknown>;

const RECORD_FIELDS = ['id', ...ARCHIVE_LOCALES] as const;
const PAGE_FIELDS = [
  'title',
  'createDate',
  'updateDate',
  'unit',
  'paragraphs',
  'images',
  'attachments',
  'links',
  'videos',
  'tags',
  'url',
  'source',
] as const;
/** Provenance of the scrape: checked, but deliberately not written (see the CLI's summary). */
const PROVENANCE_FIELDS = ['repository', 'path', 'commit'] as const;

/** The content layer's slug rule (content-layer/load.ts): the id becomes a folder name. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** content-layer/markdown.ts turns `[text]{lang=xx}` into a span; no escape prevents it. */
const LANGUAGE_SPAN = /\[[^[\]]+\]\{lang=[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*\}/;

// ---------------------------------------------------------------------------
// The archive and its records

export function convertArchive(data: unknown): ConvertedArchive {
  const unmapped: Unmapped[] = [];
  const releases: ConvertedRelease[] = [];
  if (!Array.isArray(data)) {
    unmapped.push({
      id: 'archive',
      field: '',
      message: `expected a list of records [{ id, "zh-TW", en }], found ${describeValue(data)}: nothing imported`,
    });
    return { releases, unmapped };
  }
  const seen = new Set<string>();
  data.forEach((record, index) => {
    const converted = convertRecord(record, index);
    unmapped.push(...converted.unmapped);
    const release = converted.release;
    if (!release) return;
    if (seen.has(release.id)) {
      unmapped.push({
        id: release.id,
        field: 'id',
        message: `record #${index + 1} repeats an id already imported: not imported`,
      });
      return;
    }
    seen.add(release.id);
    releases.push(release);
  });
  return { releases, unmapped };
}

/** One archive record; `index` (0-based) names it when its id is unusable. */
export function convertRecord(
  record: unknown,
  index: number,
): { release?: ConvertedRelease; unmapped: Unmapped[] } {
  const unmapped: Unmapped[] = [];
  const fallbackId = `record #${index + 1}`;
  if (!isObject(record)) {
    unmapped.push({ id: fallbackId, field: '', message: `expected a record { id, "zh-TW", en }, found ${describeValue(record)}: not imported` });
    return { unmapped };
  }
  const rawId = record.id;
  if (typeof rawId !== 'string' || !SLUG.test(rawId)) {
    unmapped.push({
      id: fallbackId,
      field: 'id',
      message: `expected the release number as text, e.g. "1986", found ${describeValue(rawId)}: record not imported`,
    });
    return { unmapped };
  }
  const id = rawId;
  reportUnknownFields(record, RECORD_FIELDS, '', (field, message) => unmapped.push({ id, field, message }));

  const files: ReleaseFile[] = [];
  for (const locale of ARCHIVE_LOCALES) {
    const page = record[locale];
    // null (or absent) means the ministry never published this language: no file, nothing to report.
    if (page === null || page === undefined) continue;
    const report: Report = (field, message) => unmapped.push({ id, locale, field, message });
    const text = convertPage(page, `${id}/${locale}.md`, report);
    if (text !== undefined) files.push({ locale, text });
  }
  if (files.length === 0) {
    unmapped.push({ id, field: '', message: 'no language version could be written: release not imported' });
    return { unmapped };
  }
  return { release: { id, files }, unmapped };
}

// ---------------------------------------------------------------------------
// One language version of a record

/**
 * One page (one language of a record) as a release file's text, or undefined
 * when it cannot make a valid file; every reason goes to `report`.
 */
export function convertPage(page: unknown, path: string, report: Report): string | undefined {
  if (!isObject(page)) {
    report('', `expected a page object or null, found ${describeValue(page)}: this language version was not written`);
    return undefined;
  }
  reportUnknownFields(page, PAGE_FIELDS, '', report);
  checkProvenance(page.source, report);

  const title = requiredText(page, 'title', report);
  const date = day(page, 'createDate', report, true);
  const unit = requiredText(page, 'unit', report);
  // Kept even when earlier than the create date: the archive stays as published.
  const updated = day(page, 'updateDate', report, false);
  const tags = list(page, 'tags', report, (value, at) => nonEmptyString(value, at, 'a tag', report));
  const images = list(page, 'images', report, (value, at) => convertImage(value, at, report));
  const attachments = list(page, 'attachments', report, (value, at) => convertAttachment(value, at, report));
  const links = list(page, 'links', report, (value, at) => convertLink(value, at, report));
  const videos = list(page, 'videos', report, (value, at) => convertVideo(value, at, report));
  const source = originalPage(page, report);
  const paragraphs = list(page, 'paragraphs', report, (value, at) => convertParagraph(value, at, report));

  if (title === undefined || date === undefined || unit === undefined) {
    report('', 'title, createDate and unit are required: this language version was not written');
    return undefined;
  }
  const body = paragraphsToMarkdown(paragraphs);
  if (body.trim() === '') {
    report('paragraphs', 'no text to publish: this language version was not written');
    return undefined;
  }

  const text = releaseFileText(
    {
      title,
      date,
      ...(updated === undefined ? {} : { updated }),
      unit,
      ...nonEmpty('tags', tags),
      ...nonEmpty('images', images),
      ...nonEmpty('attachments', attachments),
      ...nonEmpty('links', links),
      ...nonEmpty('videos', videos),
      ...(source === undefined ? {} : { source }),
    },
    body,
  );
  // The content layer has the last word: a file it would reject is not written.
  const parsed = parseReleaseFile(text, path);
  if (!parsed.ok) {
    for (const problem of parsed.problems) report(problem.field ?? '', `rejected by the content layer: ${problem.message}`);
    report('', 'this language version was not written');
    return undefined;
  }
  return text;
}

/** The file's text: YAML front matter (no line folding, so it stays readable), then Markdown. */
export function releaseFileText(frontMatter: FrontMatter, body: string): string {
  return `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${body}\n`;
}

function convertImage(value: unknown, at: string, report: Report): ReleaseImage | undefined {
  if (!isObject(value)) return notAnItem(value, at, 'an image { src, alt, caption }', report);
  reportUnknownFields(value, ['src', 'alt', 'caption'], at, report);
  const src = stringField(value, 'src', at, report);
  // An image without its alt key would be rejected; `alt: ""` says "not yet described", which is the truth.
  const alt = typeof value.alt === 'string' ? value.alt : '';
  if (typeof value.alt !== 'string') {
    report(`${at}.alt`, `expected text, found ${describeValue(value.alt)}: written as alt: "" (not yet described)`);
  }
  // null is the archive's "no visible title"; only a string is a caption.
  const caption = value.caption === null ? undefined : stringField(value, 'caption', at, report, { optional: true });
  return validItem(imageSchema, { src, alt, ...(caption === undefined ? {} : { caption }) }, at, report);
}

function convertAttachment(value: unknown, at: string, report: Report): ReleaseAttachment | undefined {
  if (!isObject(value)) return notAnItem(value, at, 'an attachment { name, url, type }', report);
  reportUnknownFields(value, ['name', 'url', 'type', 'size'], at, report);
  const name = stringField(value, 'name', at, report);
  const url = stringField(value, 'url', at, report);
  const type = stringField(value, 'type', at, report, { optional: true });
  // The archive has no size ("size is not published"), but one would map as is.
  const size = stringField(value, 'size', at, report, { optional: true });
  return validItem(
    attachmentSchema,
    { name, url, ...(type === undefined ? {} : { type }), ...(size === undefined ? {} : { size }) },
    at,
    report,
  );
}

function convertLink(value: unknown, at: string, report: Report): ReleaseLink | undefined {
  if (!isObject(value)) return notAnItem(value, at, 'a link { name, url }', report);
  reportUnknownFields(value, ['name', 'url'], at, report);
  return validItem(
    linkSchema,
    { name: stringField(value, 'name', at, report), url: stringField(value, 'url', at, report) },
    at,
    report,
  );
}

function convertVideo(value: unknown, at: string, report: Report): ReleaseVideo | undefined {
  if (!isObject(value)) return notAnItem(value, at, 'a video { title, url, thumbnail }', report);
  reportUnknownFields(value, ['title', 'url', 'thumbnail'], at, report);
  const thumbnail = stringField(value, 'thumbnail', at, report, { optional: true });
  return validItem(
    videoSchema,
    {
      title: stringField(value, 'title', at, report),
      url: stringField(value, 'url', at, report),
      ...(thumbnail === undefined ? {} : { thumbnail }),
    },
    at,
    report,
  );
}

function convertParagraph(value: unknown, at: string, report: Report): string | undefined {
  if (typeof value !== 'string') {
    report(at, `expected a paragraph as text, found ${describeValue(value)}: not imported`);
    return undefined;
  }
  if (value.trim() === '') {
    report(at, 'empty paragraph: nothing to import');
    return undefined;
  }
  // Markdown cannot end a block with a hard line break (it would show a stray "\").
  const text = value.replace(/(?:\r\n|\r|\n)+$/, '');
  if (text !== value) report(at, 'line break at the end of the paragraph: dropped (Markdown cannot end a paragraph with one)');
  if (LANGUAGE_SPAN.test(text)) {
    report(at, 'contains text of the form [words]{lang=xx}, which the site renders as a language span: written, but check it');
  }
  return text;
}

/** `url` → `source`: the original page, when it is an https URL. */
function originalPage(page: JsonObject, report: Report): string | undefined {
  const url = stringField(page, 'url', '', report, { optional: true });
  if (url === undefined) return undefined;
  if (!frontMatterSchema.shape.source.safeParse(url).success) {
    report('url', `"${url}" is not an https:// URL: not written as source`);
    return undefined;
  }
  return url;
}

/** The scrape's `{ repository, path, commit }` is not written, but an unexpected shape is still news. */
function checkProvenance(value: unknown, report: Report): void {
  if (value === undefined) return;
  if (!isObject(value)) {
    report('source', `expected { repository, path, commit }, found ${describeValue(value)}`);
    return;
  }
  reportUnknownFields(value, PROVENANCE_FIELDS, 'source', report);
  for (const key of PROVENANCE_FIELDS) {
    if (key in value && typeof value[key] !== 'string') report(`source.${key}`, `expected text, found ${describeValue(value[key])}`);
  }
}

// ---------------------------------------------------------------------------
// Reading fields without trusting their types

function requiredText(page: JsonObject, key: string, report: Report): string | undefined {
  const value = stringField(page, key, '', report);
  if (value !== undefined && value.trim() === '') {
    report(key, 'empty');
    return undefined;
  }
  return value;
}

function day(page: JsonObject, key: string, report: Report, required: boolean): string | undefined {
  const value = stringField(page, key, '', report, { optional: !required });
  if (value === undefined) return undefined;
  if (!DAY.test(value) || parsePublicationDate(value) === null) {
    report(key, `"${value}" is not a date YYYY-MM-DD: not imported`);
    return undefined;
  }
  return value;
}

/** A list field; a missing list is an empty one, anything else that is not a list is reported. */
function list<T>(
  page: JsonObject,
  key: string,
  report: Report,
  convert: (value: unknown, at: string) => T | undefined,
): T[] {
  const value = page[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    report(key, `expected a list, found ${describeValue(value)}: not imported`);
    return [];
  }
  return value.flatMap((item, index) => {
    const converted = convert(item, `${key}[${index}]`);
    return converted === undefined ? [] : [converted];
  });
}

function stringField(
  object: JsonObject,
  key: string,
  at: string,
  report: Report,
  { optional = false } = {},
): string | undefined {
  const value = object[key];
  const field = joinField(at, key);
  if (value === undefined) {
    if (!optional) report(field, 'missing');
    return undefined;
  }
  if (typeof value !== 'string') {
    report(field, `expected text, found ${describeValue(value)}: not imported`);
    return undefined;
  }
  return value;
}

function nonEmptyString(value: unknown, at: string, what: string, report: Report): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value;
  report(at, `expected ${what} as text, found ${describeValue(value)}: not imported`);
  return undefined;
}

/**
 * Checks an item against the content layer's own schema. The candidate itself is
 * returned, not the schema's output, because the schema trims text and the
 * ministry's words are kept exactly.
 */
function validItem<T>(schema: ZodType<T>, candidate: object, at: string, report: Report): T | undefined {
  const result = schema.safeParse(candidate);
  if (result.success) return candidate as T;
  for (const issue of result.error.issues) {
    report(joinField(at, issue.path.map(String).join('.')), `${issue.message}: item not imported`);
  }
  return undefined;
}

function notAnItem(value: unknown, at: string, what: string, report: Report): undefined {
  report(at, `expected ${what}, found ${describeValue(value)}: not imported`);
  return undefined;
}

function reportUnknownFields(object: JsonObject, known: readonly string[], at: string, report: Report): void {
  for (const key of Object.keys(object)) {
    if (!known.includes(key)) report(joinField(at, key), `unknown field, not imported: ${describeValue(object[key])}`);
  }
}

function nonEmpty<K extends string, T>(key: K, items: T[]): { [P in K]?: T[] } {
  return (items.length > 0 ? { [key]: items } : {}) as { [P in K]?: T[] };
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function joinField(at: string, key: string): string {
  return at === '' ? key : key === '' ? at : `${at}.${key}`;
}

/** A value as a report shows it: its kind and, shortened, what it was. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  const kind = Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
  const json = JSON.stringify(value) ?? String(value);
  return `${kind} ${json.length > 80 ? `${json.slice(0, 77)}...` : json}`;
}

// ---------------------------------------------------------------------------
// Body: the archive's paragraphs as Markdown that renders exactly as published

const SUBHEADING = '## ';
const LIST_ITEM = '- ';
/** A single `<br>` in the source; CommonMark also reads a lone CR as a line ending. */
const LINE_BREAK = /\r\n|\r|\n/;
/** A hard line break that survives editors trimming trailing spaces. */
const HARD_BREAK = '\\\n';

/**
 * Paragraphs → Markdown blocks separated by blank lines. `"## …"` is a
 * subheading, `"- …"` a list item (consecutive items make one list); everything
 * else is plain text, escaped so that CommonMark shows it as written.
 */
export function paragraphsToMarkdown(paragraphs: readonly string[]): string {
  const blocks: string[] = [];
  let previousWasItem = false;
  for (const paragraph of paragraphs) {
    const isItem = paragraph.startsWith(LIST_ITEM);
    const markdown = isItem
      ? listItemMarkdown(paragraph.slice(LIST_ITEM.length))
      : paragraph.startsWith(SUBHEADING)
        ? subheadingMarkdown(paragraph.slice(SUBHEADING.length))
        : paragraph.split(LINE_BREAK).map((line) => escapeLine(line)).join(HARD_BREAK);
    if (isItem && previousWasItem) blocks[blocks.length - 1] += `\n${markdown}`;
    else blocks.push(markdown);
    previousWasItem = isItem;
  }
  return blocks.join('\n\n');
}

function listItemMarkdown(text: string): string {
  // Continuation lines are indented to the item's content so that they stay in the item.
  return `- ${text.split(LINE_BREAK).map((line) => escapeLine(line)).join(`${HARD_BREAK}  `)}`;
}

function subheadingMarkdown(text: string): string {
  const lines = text.split(LINE_BREAK).map((line) => escapeLine(line, { heading: true }));
  // An ATX heading is one line; a heading with line breaks needs the setext form (also level 2).
  return lines.length === 1 ? `## ${lines[0]}` : `${lines.join(HARD_BREAK)}\n---`;
}

/** ASCII punctuation that can start emphasis, code, links, HTML, escapes, tables or strikethrough anywhere in a line. */
const INLINE_SYNTAX = /[\\`*_[\]<>|~]/g;
/** `&` only means something when it starts a character reference such as `&amp;` or `&#32;`. */
const CHARACTER_REFERENCE = /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)/g;
/** At the start of a line: headings, block quotes, list bullets, setext underlines. */
const BLOCK_START = /^[#>+=-]/;
/** At the start of a line: `1.` or `1)` would open an ordered list. */
const ORDERED_LIST_START = /^(\d{1,9})([.)])/;

/**
 * One line of published text as Markdown that renders to the same characters.
 * Leading and trailing ASCII spaces/tabs become character references, because
 * CommonMark strips them (or, four deep, reads an indented code block); other
 * spaces, such as U+00A0 and U+3000, mean nothing to it and are kept as they are.
 */
export function escapeLine(line: string, { heading = false } = {}): string {
  const [, leading = '', core = '', trailing = ''] = /^([ \t]*)([\s\S]*?)([ \t]*)$/.exec(line) ?? [];
  let text = core.replace(INLINE_SYNTAX, '\\$&').replace(CHARACTER_REFERENCE, '\\&');
  // In a heading, a trailing run of # would be read as its closing sequence.
  if (heading) text = text.replace(/#/g, '\\#');
  text = text.replace(BLOCK_START, '\\$&').replace(ORDERED_LIST_START, '$1\\$2');
  return asReferences(leading) + text + asReferences(trailing);
}

function asReferences(whitespace: string): string {
  return whitespace.replace(/[ \t]/g, (space) => (space === ' ' ? '&#32;' : '&#9;'));
}
