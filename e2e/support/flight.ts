/**
 * The flight data a document carries: the React Server Components payload Next
 * appends to the HTML in `self.__next_f.push([1, "…"])` scripts, which the
 * browser hydrates from. Read back into its rows, and its element trees into
 * the parts a reader would name (header, footer, main), so that a test can say
 * what travels twice and a bench can say where the bytes go.
 */
import { gzipSync } from 'node:zlib';

/** The flight payload of an HTML document, as the browser reassembles it. */
export function flightPayload(html: string): string {
  const chunks: string[] = [];
  const push = /self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g;
  for (let match = push.exec(html); match; match = push.exec(html)) chunks.push(JSON.parse(match[1]!) as string);
  return chunks.join('');
}

export interface FlightRow {
  id: string;
  /** The row's tag: "I" a client component reference, "HL" a preload hint, "T" text, "" a model (JSON). */
  tag: string;
  body: string;
  bytes: number;
}

/** The payload's rows: `<hex id>:<tag?><body>` ended by a newline, except text rows, which give their length. */
export function flightRows(payload: string): FlightRow[] {
  const rows: FlightRow[] = [];
  const bytes = Buffer.from(payload, 'utf8');
  let at = 0;
  while (at < bytes.length) {
    const colon = bytes.indexOf(0x3a, at);
    if (colon < 0) break;
    const id = bytes.subarray(at, colon).toString('utf8');
    let tagEnd = colon + 1;
    while (tagEnd < bytes.length && /[A-Z]/.test(String.fromCharCode(bytes[tagEnd]!))) tagEnd++;
    const tag = bytes.subarray(colon + 1, tagEnd).toString('utf8');
    let start = tagEnd;
    let end: number;
    let next: number;
    if (tag === 'T') {
      const comma = bytes.indexOf(0x2c, tagEnd);
      const length = parseInt(bytes.subarray(tagEnd, comma).toString('utf8'), 16);
      start = comma + 1;
      end = start + length;
      next = end;
    } else {
      end = bytes.indexOf(0x0a, tagEnd);
      if (end < 0) end = bytes.length;
      next = end + 1;
    }
    rows.push({ id, tag, body: bytes.subarray(start, end).toString('utf8'), bytes: next - at });
    at = next;
  }
  return rows;
}

/** What a part of the page is, from an element: its landmark, by tag or by the site's class names. */
export type PartOf = (type: string, props: Record<string, unknown>) => string | undefined;

/** The site's frame: header, footer and main content, as components/PageShell.tsx renders them. */
export const pageParts: PartOf = (type, props) => {
  const className = typeof props.className === 'string' ? props.className : '';
  if (type === 'header' || /\bsite-header\b/.test(className)) return 'header';
  if (type === 'footer' || /\bsite-footer\b/.test(className)) return 'footer';
  if (/\bnot-found-boundary\b/.test(className)) return "the not-found boundary (app/[locale]/not-found.tsx)";
  if (type === 'main') return 'main';
  if (type === 'meta' || type === 'title' || type === 'link') return 'head: meta, title and links';
  return undefined;
};

export interface FlightPart {
  part: string;
  /** How many times the part travels (for the head's part, how many elements it has). */
  count: number;
  /** Its bytes as serialized, every copy. */
  bytes: number;
}

/**
 * The parts found in the model rows' element trees (`["$", type, key, props]`),
 * each with the rows it refers to (`"$L1f"`, `"$1f"`) counted in, outermost
 * first: what lies inside a part already counted is not counted again, so the
 * parts' bytes do not overlap. Rows no part reaches are "the rest".
 */
export function flightParts(payload: string, partOf: PartOf = pageParts): FlightPart[] {
  const rows = new Map(flightRows(payload).map((row) => [row.id, row]));
  const parsed = new Map<string, unknown>();
  const model = (id: string): unknown => {
    if (!parsed.has(id)) {
      const row = rows.get(id);
      let value: unknown;
      try {
        value = row?.tag === '' ? JSON.parse(row.body) : undefined;
      } catch {
        // A model row that is not JSON holds no elements.
      }
      parsed.set(id, value);
    }
    return parsed.get(id);
  };
  const parts = new Map<string, FlightPart>();
  const claimed = new Set<string>();
  /** Visits a value; `inside` is the set of rows of the part it lies in, if any. */
  /** `rowBytes`: the node is a whole row's, of that size with its id and newline. */
  const visit = (node: unknown, inside: Set<string> | undefined, rowBytes?: number): void => {
    if (typeof node === 'string') {
      const reference = /^\$L?([0-9a-f]+)$/.exec(node);
      if (reference && rows.has(reference[1]!) && !claimed.has(reference[1]!)) {
        claimed.add(reference[1]!);
        inside?.add(reference[1]!);
        visit(model(reference[1]!), inside, rows.get(reference[1]!)!.bytes);
      }
      return;
    }
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node) && node[0] === '$' && typeof node[1] === 'string' && node[3] && typeof node[3] === 'object' && !inside) {
      const part = partOf(node[1], node[3] as Record<string, unknown>);
      if (part) {
        const own = new Set<string>();
        visit(node[3], own);
        const found = parts.get(part) ?? { part, count: 0, bytes: 0 };
        found.count++;
        found.bytes += (rowBytes ?? Buffer.byteLength(JSON.stringify(node), 'utf8')) + [...own].reduce((sum, id) => sum + rows.get(id)!.bytes, 0);
        parts.set(part, found);
        return;
      }
    }
    for (const value of Object.values(node)) visit(value, inside);
  };
  claimed.add('0');
  visit(model('0'), undefined);
  for (const [id, row] of rows) {
    if (claimed.has(id)) continue;
    claimed.add(id);
    visit(model(id), undefined, row.bytes);
  }
  return [...parts.values()];
}

/** Bytes as gzip (level 6) would send them. */
export function gzipBytes(text: string): number {
  return gzipSync(Buffer.from(text, 'utf8'), { level: 6 }).length;
}

export interface DocumentMakeup {
  documentBytes: number;
  documentGzipBytes: number;
  flightBytes: number;
  flightGzipBytes: number;
  /** The frame's parts in the flight data, with the rest (router state, metadata rows, client references) last. */
  parts: FlightPart[];
}

/** What an HTML document weighs, and where its flight data's bytes go. */
export function documentMakeup(html: string): DocumentMakeup {
  const payload = flightPayload(html);
  const flightBytes = Buffer.byteLength(payload, 'utf8');
  const parts = flightParts(payload).sort((a, b) => b.bytes - a.bytes);
  const counted = parts.reduce((sum, part) => sum + part.bytes, 0);
  return {
    documentBytes: Buffer.byteLength(html, 'utf8'),
    documentGzipBytes: gzipBytes(html),
    flightBytes,
    flightGzipBytes: gzipBytes(payload),
    parts: [...parts, { part: 'the rest: router state, client references, hints', count: 1, bytes: flightBytes - counted }],
  };
}
