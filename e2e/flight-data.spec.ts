import { expect, test } from '@playwright/test';
import { documentMakeup, flightParts, flightPayload } from './support/flight';

/**
 * The flight data at the end of every document repeats the page's tree for
 * hydration. What the page shows must travel once: the header and footer used
 * to travel twice, once more as the [locale] not-found boundary's page, which
 * Next serializes into every document as its fallback; and Next's own 404
 * page, the root segment's fallback until app/not-found.tsx replaced it.
 */
const PAGES = ['/', '/en', '/press', '/en/press', '/press/5763', '/en/press/5763', '/en/units/ministry', '/en/site-map'];

for (const path of PAGES) {
  test(`${path}: the header, footer and main content travel once in the flight data`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const payload = flightPayload(await response.text());
    const parts = Object.fromEntries(flightParts(payload).map((part) => [part.part, part]));
    expect(parts.header?.count).toBe(1);
    expect(parts.footer?.count).toBe(1);
    expect(parts.main?.count).toBe(1);
    // The fallback is the message and two links, not a second frame.
    const boundary = parts['the not-found boundary (app/[locale]/not-found.tsx)'];
    expect(boundary?.count).toBe(1);
    expect(boundary!.bytes).toBeLessThan(1000);
    // The root segment's fallback is app/not-found.tsx, not Next's own 404 page with its inline styles (1.1 KB).
    expect(payload).not.toContain('This page could not be found');
    expect(payload).not.toContain('next-error-h1');
    // The header's drawings (the mark, the Menu's bars) are the cached stylesheet's, not markup in every document.
    expect(payload).not.toContain('["$","svg"');
  });
}

test('the reading counts every copy of a part, with the rows it refers to, and the bytes add up', async ({ request }) => {
  const rows = [
    '0:["$","div",null,{"children":["$L1","$L2"]}]',
    '1:["$","header",null,{"className":"site-header","children":"$L3"}]',
    '2:["$","header",null,{"className":"site-header","children":"$L4"}]',
    '3:["$","nav",null,{"children":"one"}]',
    '4:T5,three',
  ];
  // A text row (T, its length in hex) ends where its length says, without a newline.
  const payload = rows.join('\n');
  const html = `<html><body><p>page</p><script>self.__next_f.push([1,${JSON.stringify(payload)}])</script></body></html>`;
  const [header] = flightParts(flightPayload(html));
  expect(header).toEqual({ part: 'header', count: 2, bytes: rows.slice(1).reduce((sum, row) => sum + row.length + 1, 0) - 1 });

  const makeup = documentMakeup(await (await request.get('/en/press/5763')).text());
  expect(makeup.parts.reduce((sum, part) => sum + part.bytes, 0)).toBe(makeup.flightBytes);
  expect(makeup.documentBytes).toBeGreaterThan(makeup.flightBytes);
});
