/** Elements that run inside a line; any other tag separates the words on either side. */
const INLINE_ELEMENTS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'del', 'dfn', 'em', 'i', 'ins', 'kbd',
  'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var',
]);
// rehype-stringify escapes `<` in text but not `>` in attribute values, so a tag ends at the first `>` outside quotes.
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?:"[^"]*"|'[^']*'|[^'">])*>/g;
const ENTITY = /&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-zA-Z]+));/g;
const NAMED_ENTITIES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
]);

/** The text of a rendered body as readers see it, without markup. */
export function htmlToText(html: string): string {
  const withoutTags = html.replace(TAG, (_tag, name: string) => (INLINE_ELEMENTS.has(name.toLowerCase()) ? '' : ' '));
  // Entities are decoded after the tags are gone, so that an escaped `&#x3C;b>` stays text.
  return collapseWhitespace(withoutTags.replace(ENTITY, decodeEntity));
}

function decodeEntity(
  entity: string,
  hex: string | undefined,
  decimal: string | undefined,
  name: string | undefined,
): string {
  if (name !== undefined) return NAMED_ENTITIES.get(name) ?? entity;
  const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(decimal);
  return code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
}

/** As a browser shows it: runs of ASCII whitespace are one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, ' ').trim();
}
