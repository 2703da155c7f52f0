/**
 * Lays out the e2e content roots (see support/content.ts): the made-up
 * fixtures plus the real seed release 5763. A scheduled
 * release needs a date relative to the build, which a committed file cannot have.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { updateRedirectFile } from '../redirects/update';
import { DUE_SOON_DELAY_SECONDS, DUE_SOON_SLUG, E2E_CONTENT_DIR, SCHEDULING_CONTENT_DIR } from './support/content';

const FIXTURES = 'e2e/fixtures/content';
// The seed release is real content: the search tests must find it by its Chinese words.
const SEED = 'content/press-releases/5763';
for (const root of [E2E_CONTENT_DIR, SCHEDULING_CONTENT_DIR]) {
  rmSync(root, { recursive: true, force: true });
  cpSync(FIXTURES, root, { recursive: true });
  cpSync(SEED, join(root, 'press-releases', '5763'), { recursive: true });
}

const due = new Date(Date.now() + DUE_SOON_DELAY_SECONDS * 1000);
// Written in Taipei time with its offset, as staff would.
const taipei = new Date(due.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 19);
const folder = join(SCHEDULING_CONTENT_DIR, 'press-releases', DUE_SOON_SLUG);
mkdirSync(folder, { recursive: true });
for (const [locale, title, unit, body] of [
  ['zh-TW', '測試排程：建置後不久公開', '測試單位', '這則虛構的測試資料在建置後不久自動公開。'],
  ['en', 'Test scheduled: public soon after the build', 'Test Unit', 'Made-up test data that goes public by itself soon after the build.'],
]) {
  writeFileSync(
    join(folder, `${locale}.md`),
    `---\ntitle: "${title}"\ndate: "${taipei}+08:00"\nunit: "${unit}"\n---\n\n${body}\n`,
  );
}
// The old addresses of each tree, written as the importer writes them (content/redirects.json).
for (const root of [E2E_CONTENT_DIR, SCHEDULING_CONTENT_DIR]) updateRedirectFile(root);
console.log(`e2e content laid out; ${DUE_SOON_SLUG} is due at ${due.toISOString()}`);
