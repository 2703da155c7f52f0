/**
 * The issuing units, `<content root>/units.json`: each unit's stable URL slug
 * and its name in each language, as release files write it in `unit:`.
 *
 *   { "units": [{ "slug": "data-innovation", "names": { "zh-TW": "資料創新司", "en": "Department of Data Innovation" } }, …] }
 *
 * The slug is the same in both languages, so `/units/<slug>` and
 * `/en/units/<slug>` are one unit's page; it is data, not derived from the
 * name, so renaming a unit keeps its address (see docs/open-data.md#units).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { routing, type Locale } from '@/i18n/routing';
import { displayPath, type Release, type ReleaseVersion } from './load';
import type { ContentProblem } from './problems';
import { contentRoot } from './releases';

export const UNITS_FILE = 'units.json';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const unitSchema = z.strictObject({
  slug: z.string().regex(SLUG, 'expected lower-case letters, digits and single hyphens, e.g. data-innovation'),
  names: z.strictObject(
    Object.fromEntries(routing.locales.map((locale) => [locale, z.string().trim().min(1, 'expected the unit’s name')])) as Record<
      Locale,
      z.ZodString
    >,
  ),
});

const unitFileSchema = z.strictObject({ units: z.array(unitSchema) });

export type Unit = z.infer<typeof unitSchema>;

/** The units, looked up by slug or by their name in a language. */
export class UnitTable {
  private readonly bySlug: Map<string, Unit>;
  private readonly byName: Map<Locale, Map<string, Unit>>;

  constructor(readonly units: readonly Unit[]) {
    this.bySlug = new Map(units.map((unit) => [unit.slug, unit]));
    this.byName = new Map(routing.locales.map((locale) => [locale, new Map(units.map((unit) => [unit.names[locale], unit]))]));
  }

  /** The unit a release names in its language, or undefined when the table has no such name. */
  unitNamed(locale: Locale, name: string): Unit | undefined {
    return this.byName.get(locale)?.get(name);
  }

  unitBySlug(slug: string): Unit | undefined {
    return this.bySlug.get(slug);
  }
}

/** The slug of the unit a release version names, or undefined (content:check refuses such a release). */
export function unitSlug(table: UnitTable, version: Pick<ReleaseVersion, 'locale' | 'unit'>): string | undefined {
  return table.unitNamed(version.locale, version.unit)?.slug;
}

/** Reads a units file's text; problems are returned, never thrown. */
export function parseUnitFile(text: string): { table: UnitTable } | { problems: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { problems: [`not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const parsed = unitFileSchema.safeParse(data);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`) };
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const [position, unit] of parsed.data.units.entries()) {
    if (seen.has(`slug ${unit.slug}`)) problems.push(`units.${position}.slug: "${unit.slug}" is used twice: each unit needs its own slug`);
    seen.add(`slug ${unit.slug}`);
    for (const locale of routing.locales) {
      const key = `${locale} ${unit.names[locale]}`;
      if (seen.has(key)) problems.push(`units.${position}.names.${locale}: "${unit.names[locale]}" is used twice: each unit needs its own name`);
      seen.add(key);
    }
  }
  return problems.length > 0 ? { problems } : { table: new UnitTable(parsed.data.units) };
}

/** The units file of a content root: no file is an empty table, which leaves every release's unit without a slug. */
export function readUnitFile(root: string): { table: UnitTable; problems: string[] } {
  let text: string;
  try {
    text = readFileSync(join(/*turbopackIgnore: true*/ root, UNITS_FILE), 'utf8');
  } catch {
    return { table: new UnitTable([]), problems: [] };
  }
  const parsed = parseUnitFile(text);
  return 'table' in parsed ? { table: parsed.table, problems: [] } : { table: new UnitTable([]), problems: parsed.problems };
}

/** The line of a release file's `unit:` field, as other problems name their field's line; none if the file cannot be read again. */
function unitLine(path: string): { line?: number } {
  try {
    const lines = readFileSync(/*turbopackIgnore: true*/ path, 'utf8').split('\n');
    const line = lines.findIndex((text, index) => index > 0 && /^unit\s*:/.test(text));
    return line > 0 ? { line: line + 1 } : {};
  } catch {
    return {};
  }
}

/**
 * What content:check and the build refuse: a broken units file, and a release
 * whose unit has no slug (its unit's page and feeds would have no address).
 */
export function unitProblems(root: string, releases: readonly Release[]): ContentProblem[] {
  const file = displayPath(join(/*turbopackIgnore: true*/ root, UNITS_FILE));
  const { table, problems } = readUnitFile(root);
  const found: ContentProblem[] = problems.map((message) => ({ severity: 'error', path: file, message }));
  for (const release of releases) {
    for (const version of Object.values(release.versions) as ReleaseVersion[]) {
      if (unitSlug(table, version)) continue;
      found.push({
        severity: 'error',
        path: version.sourcePath,
        ...unitLine(version.sourcePath),
        field: 'unit',
        message:
          `"${version.unit}" is not a unit of ${file}: use a unit's ${version.locale} name exactly as listed there, ` +
          `or add the unit with its URL slug and its names, e.g. { "slug": "data-innovation", "names": { "zh-TW": "資料創新司", "en": "Department of Data Innovation" } }`,
      });
    }
  }
  return found;
}

/**
 * The units of the content root, read once per process, on `globalThis` for
 * the reason the release index is (see releases.ts). A broken file is logged
 * and read as empty, so readers get 404s rather than errors; content:check and
 * the build refuse it.
 */
const PROCESS_CACHE = Symbol.for('moda-press-portal.units');
const processGlobal = globalThis as typeof globalThis & { [PROCESS_CACHE]?: { root: string; table: UnitTable } };

export function getUnitTable(): UnitTable {
  const root = contentRoot();
  const cached = processGlobal[PROCESS_CACHE];
  if (cached?.root === root) return cached.table;
  const { table, problems } = readUnitFile(root);
  if (problems.length > 0) console.error(`[units] ${join(root, UNITS_FILE)} ignored: ${problems.join('; ')}`);
  processGlobal[PROCESS_CACHE] = { root, table };
  return table;
}
