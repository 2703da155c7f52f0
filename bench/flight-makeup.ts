/**
 * Where a page's bytes go: the document's size and its flight data's (raw and
 * gzip), and the flight data by part of the page (header, footer, main,
 * metadata, the rest), with how many times each part travels.
 *
 *   npx tsx bench/flight-makeup.ts http://127.0.0.1:3000/en/press/5763 [more URLs…]
 *
 * Against any running server (`npm run serve`, or the bench's). The e2e suite
 * checks from the same reading that the frame travels once
 * (e2e/flight-data.spec.ts); `npm run bench` budgets the release page's totals.
 */
import { documentMakeup } from '../e2e/support/flight';

const urls = process.argv.slice(2);
if (urls.length === 0) {
  console.error('usage: npx tsx bench/flight-makeup.ts URL [URL…]');
  process.exit(2);
}
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
for (const url of urls) {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  const makeup = documentMakeup(await response.text());
  console.log(`\n${url}`);
  console.log(`document ${kb(makeup.documentBytes)} (${kb(makeup.documentGzipBytes)} gzip), of which flight data ${kb(makeup.flightBytes)} (${kb(makeup.flightGzipBytes)} gzip)`);
  console.log('| part of the flight data | times found | bytes | share |');
  console.log('| --- | --- | --- | --- |');
  for (const part of makeup.parts) {
    console.log(`| ${part.part} | ${part.count} | ${part.bytes} | ${Math.round((100 * part.bytes) / makeup.flightBytes)}% |`);
  }
}
