/**
 * Lays out the e2e content roots (see support/content.ts): the made-up
 * fixtures plus the real seed release 5763. The release due soon is written by
 * scheduling.spec.ts itself, just before it starts its server: its time is set
 * after the build, however long the build took.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { updateRedirectFile } from '../redirects/update';
import { E2E_CONTENT_DIR, SCHEDULING_CONTENT_DIR } from './support/content';

const FIXTURES = 'e2e/fixtures/content';
// The seed release is real content: the search tests must find it by its Chinese words.
const SEED = 'content/press-releases/5763';
for (const root of [E2E_CONTENT_DIR, SCHEDULING_CONTENT_DIR]) {
  rmSync(root, { recursive: true, force: true });
  cpSync(FIXTURES, root, { recursive: true });
  cpSync(SEED, join(root, 'press-releases', '5763'), { recursive: true });
}

// The old addresses of each tree, written as the importer writes them (content/redirects.json).
for (const root of [E2E_CONTENT_DIR, SCHEDULING_CONTENT_DIR]) updateRedirectFile(root);
console.log('e2e content laid out');
