/**
 * The file a snapshot is kept in, knowing nothing of releases: a small label
 * (what the file is, to decide whether to read on), named parts (any value
 * node:v8 serializes: objects, Dates, small typed arrays), read when asked,
 * and the large data the parts refer to by position: strings, kept in pages,
 * and typed arrays.
 *
 * Why not one `v8.serialize` of everything: at start, what costs is memory
 * touched for the first time (page faults: about 4 ms a MiB on a small VM)
 * and the garbage collector, more than the bytes copied. Deserializing one
 * buffer of 200 MB touches the buffer, then every string and array made from
 * it. Here typed arrays are read straight into the arrays the server keeps,
 * on libuv's threads, while the main thread decodes the strings, a page at a
 * time into one string per page, of which each value is a slice (V8 shares
 * the characters). Memory is touched about once, for what is kept.
 */
import { closeSync, openSync, read, readSync, renameSync, writeSync } from 'node:fs';
import { endianness } from 'node:os';
import { deserialize, serialize } from 'node:v8';

/** Identifies the file and this layout of it; a file of another layout is not read. */
const MAGIC = Buffer.from('MPCSNAP\u0003', 'latin1');
/** Strings are written in pages of about this size, decoded one at a time. */
const PAGE_BYTES = 4 * 2 ** 20;
/** How many pages are read ahead of the one being decoded. */
const PAGES_AHEAD = 3;

/** Where a run of bytes is, after the file's label. */
interface Bytes {
  offset: number;
  byteLength: number;
}

/** Where a typed array is: a byte offset after the label, and its number of elements. */
export interface Section {
  offset: number;
  length: number;
}

/** A string, by its number in the file's table of strings. */
export type StringId = number;

type Encoding = 'latin1' | 'utf16le';

interface StringPage extends Bytes {
  /** One byte a character when every character of the page fits, else UTF-16: what V8 keeps in memory too. */
  encoding: Encoding;
}

/** The strings: pages, and for each string its page and where it starts and ends there, in characters. */
interface StringTable {
  pages: StringPage[];
  page: Int32Array;
  start: Int32Array;
  end: Int32Array;
}

/** The first thing in the file, after its magic number: small, and enough to find everything else. */
interface Directory {
  /** Typed arrays are written in the builder's byte order; another order is not read. */
  littleEndian: boolean;
  label: unknown;
  parts: Record<string, Bytes>;
  strings: StringTable;
}

/** A page being filled, for strings of one encoding. */
interface OpenPage {
  page: number;
  parts: string[];
  characters: number;
}

/** Collects a snapshot's large parts, then writes them after its label. */
export class SnapshotWriter {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  private readonly ids = new Map<string, StringId>();
  private readonly pages: StringPage[] = [];
  private readonly open = new Map<Encoding, OpenPage>();
  private readonly stringPage: number[] = [];
  private readonly stringStart: number[] = [];
  private readonly stringEnd: number[] = [];

  int32(values: Int32Array): Section {
    return this.section(values);
  }

  float32(values: Float32Array): Section {
    return this.section(values);
  }

  /** A string's id; a string given twice (a field that folding left as it was) is stored once. */
  string(value: string): StringId {
    const known = this.ids.get(value);
    if (known !== undefined) return known;
    const encoding: Encoding = /^[\0-\xff]*$/.test(value) ? 'latin1' : 'utf16le';
    const unit = encoding === 'latin1' ? 1 : 2;
    let page = this.open.get(encoding);
    if (page && (page.characters + value.length) * unit > PAGE_BYTES) {
      this.closePage(encoding);
      page = undefined;
    }
    if (!page) {
      page = { page: this.pages.length, parts: [], characters: 0 };
      this.pages.push({ encoding, offset: -1, byteLength: 0 });
      this.open.set(encoding, page);
    }
    const id = this.stringPage.length;
    this.stringPage.push(page.page);
    this.stringStart.push(page.characters);
    page.parts.push(value);
    page.characters += value.length;
    this.stringEnd.push(page.characters);
    this.ids.set(value, id);
    return id;
  }

  /**
   * Writes the file whole, then moves it into place, so that a server never
   * reads a half-written one. Each part is read on its own, when asked.
   * Returns the file's size.
   */
  write(file: string, label: unknown, parts: Record<string, unknown>): number {
    for (const encoding of [...this.open.keys()]) this.closePage(encoding);
    const partBytes = Object.fromEntries(
      Object.entries(parts).map(([name, value]) => {
        const serialized = serialize(value);
        const bytes: Bytes = { offset: this.size, byteLength: serialized.length };
        this.append(serialized);
        return [name, bytes];
      }),
    );
    const directory: Directory = {
      littleEndian: endianness() === 'LE',
      label,
      parts: partBytes,
      strings: {
        pages: this.pages,
        page: Int32Array.from(this.stringPage),
        start: Int32Array.from(this.stringStart),
        end: Int32Array.from(this.stringEnd),
      },
    };
    const serialized = serialize(directory);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(serialized.length);
    const all = [MAGIC, length, serialized, ...this.chunks];
    const partial = `${file}.${process.pid}.partial`;
    const fd = openSync(partial, 'w');
    try {
      for (const chunk of all) {
        for (let written = 0; written < chunk.length; ) written += writeSync(fd, chunk, written);
      }
    } finally {
      closeSync(fd);
    }
    renameSync(partial, file);
    return all.reduce((sum, chunk) => sum + chunk.length, 0);
  }

  private section(values: Int32Array | Float32Array): Section {
    const section = { offset: this.size, length: values.length };
    this.append(Buffer.from(values.buffer, values.byteOffset, values.byteLength));
    return section;
  }

  private append(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
  }

  private closePage(encoding: Encoding): void {
    const page = this.open.get(encoding)!;
    this.open.delete(encoding);
    const bytes = Buffer.from(page.parts.join(''), encoding);
    this.pages[page.page] = { encoding, offset: this.size, byteLength: bytes.length };
    this.append(bytes);
  }
}

/**
 * Reads a snapshot file: its label at once; its parts, strings and typed
 * arrays when asked, so that a file the label rules out costs next to nothing.
 */
export class SnapshotReader {
  readonly label: unknown;
  private readonly directory: Directory;
  private readonly dataStart: number;
  private readonly pages: (string | undefined)[];
  /** Reads under way on libuv's threads, each of which may still write into memory or use the file. */
  private readonly reading = new Set<Promise<unknown>>();

  /** Throws if the file cannot be opened (ENOENT when there is none) or is not a snapshot of this layout. */
  static open(file: string): SnapshotReader {
    const fd = openSync(file, 'r');
    try {
      return new SnapshotReader(fd);
    } catch (error) {
      closeSync(fd);
      throw error;
    }
  }

  private constructor(private readonly fd: number) {
    const start = Buffer.alloc(MAGIC.length + 4);
    readFully(fd, start, 0);
    if (!start.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('not a content snapshot of this format');
    const serialized = Buffer.allocUnsafe(start.readUInt32LE(MAGIC.length));
    readFully(fd, serialized, start.length);
    this.directory = deserialize(serialized) as Directory;
    if (this.directory.littleEndian !== (endianness() === 'LE')) throw new Error('built on a machine of another byte order');
    this.label = this.directory.label;
    this.dataStart = start.length + serialized.length;
    this.pages = new Array<string | undefined>(this.directory.strings.pages.length);
  }

  part(name: string): unknown {
    const bytes = this.directory.parts[name];
    if (!bytes) throw new Error(`it has no part "${name}"`);
    const serialized = Buffer.allocUnsafe(bytes.byteLength);
    readFully(this.fd, serialized, this.dataStart + bytes.offset);
    return deserialize(serialized);
  }

  /** Read on one of libuv's threads, so that the main thread can go on meanwhile. */
  int32(section: Section): Promise<Int32Array> {
    return this.later(new Int32Array(section.length), section.offset);
  }

  float32(section: Section): Promise<Float32Array> {
    return this.later(new Float32Array(section.length), section.offset);
  }

  /**
   * Decodes every page of strings, in order, while libuv's threads read the
   * next few into a ring of buffers: the main thread only decodes. Without
   * it, `string` decodes a page when first asked, reading it there and then.
   */
  async loadStrings(): Promise<void> {
    const pages = this.directory.strings.pages;
    const largest = Math.max(0, ...pages.map((page) => page.byteLength));
    const ring = Array.from({ length: Math.min(PAGES_AHEAD + 1, pages.length) }, () => Buffer.allocUnsafe(largest));
    const reads: Promise<Buffer>[] = [];
    const readPage = (number: number) => {
      const { offset, byteLength } = pages[number]!;
      reads[number] = this.later(ring[number % ring.length]!.subarray(0, byteLength), offset);
    };
    for (let number = 0; number < ring.length; number++) readPage(number);
    for (let number = 0; number < pages.length; number++) {
      const bytes = await reads[number]!;
      this.pages[number] ??= bytes.toString(pages[number]!.encoding);
      if (number + ring.length < pages.length) readPage(number + ring.length);
    }
  }

  string(id: StringId): string {
    const { page, start, end } = this.directory.strings;
    const number = page[id];
    if (number === undefined) throw new Error(`no string ${id} in the snapshot`);
    return this.pageText(number).slice(start[id]!, end[id]!);
  }

  /** Once every read begun has ended, failed or not: none may go on with a file descriptor reused by then. */
  async close(): Promise<void> {
    await Promise.all(this.reading);
    closeSync(this.fd);
  }

  private later<T extends NodeJS.ArrayBufferView>(into: T, offset: number): Promise<T> {
    const done = readFullyLater(this.fd, into, this.dataStart + offset).then(() => into);
    // Kept without its outcome, which the caller is told of: `close` only waits for it.
    this.reading.add(done.then(ignore, ignore));
    return done;
  }

  private pageText(number: number): string {
    let text = this.pages[number];
    if (text === undefined) {
      const { encoding, offset, byteLength } = this.directory.strings.pages[number]!;
      const bytes = Buffer.allocUnsafe(byteLength);
      readFully(this.fd, bytes, this.dataStart + offset);
      text = this.pages[number] = bytes.toString(encoding);
    }
    return text;
  }
}

function ignore(): void {}

/** Reads exactly `into.byteLength` bytes at `position`; a file cut short is an error, not a short array. */
function readFully(fd: number, into: NodeJS.ArrayBufferView, position: number): void {
  for (let done = 0; done < into.byteLength; ) {
    const count = readSync(fd, into, done, into.byteLength - done, position + done);
    if (count === 0) throw new Error('the snapshot file is cut short');
    done += count;
  }
}

async function readFullyLater(fd: number, into: NodeJS.ArrayBufferView, position: number): Promise<void> {
  for (let done = 0; done < into.byteLength; ) {
    const count = await new Promise<number>((resolve, reject) =>
      read(fd, into, done, into.byteLength - done, position + done, (error, bytesRead) => (error ? reject(error) : resolve(bytesRead))),
    );
    if (count === 0) throw new Error('the snapshot file is cut short');
    done += count;
  }
}
