/**
 * Lays out the e2e content roots (see support/content.ts): the made-up
 * fixtures plus the real seed release 5763, each root its own git repository
 * whose history holds the earlier versions of the corrected fixtures
 * (fixtures/history/<slug>/<n>/, committed in order before the fixture as it
 * is now), as a content folder kept in git has. A scheduled
 * release needs a date relative to the build, which a committed file cannot have.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DUE_SOON_DELAY_SECONDS, DUE_SOON_SLUG, E2E_CONTENT_DIR, SCHEDULING_CONTENT_DIR } from './support/content';

const FIXTURES = 'e2e/fixtures/content';
const HISTORY = 'e2e/fixtures/history';
// The seed release is real content: the search tests must find it by its Chinese words.
const SEED = 'content/press-releases/5763';

/** Commits everything in `root` as made at `date`, by a test author (CI has no git identity). */
function commit(root: string, message: string, date: string) {
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', root, '-c', 'user.name=e2e', '-c', 'user.email=e2e@example.invalid', ...args], {
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      stdio: 'pipe',
    });
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', message);
}

const corrected = readdirSync(HISTORY);
for (const root of [E2E_CONTENT_DIR, SCHEDULING_CONTENT_DIR]) {
  rmSync(root, { recursive: true, force: true });
  cpSync(FIXTURES, root, { recursive: true });
  cpSync(SEED, join(root, 'press-releases', '5763'), { recursive: true });
  execFileSync('git', ['init', '-q', root]);
  // Each corrected fixture as it was first published, then each later version, then as it is now.
  const revisions = Math.max(...corrected.map((slug) => readdirSync(join(HISTORY, slug)).length));
  for (let revision = 1; revision <= revisions; revision++) {
    for (const slug of corrected) {
      const folder = join(HISTORY, slug, String(revision));
      try {
        cpSync(folder, join(root, 'press-releases', slug), { recursive: true });
      } catch {
        // This fixture has fewer earlier versions.
      }
    }
    commit(root, `Earlier version ${revision} of the corrected fixtures`, `2024-01-${String(13 + revision * 3).padStart(2, '0')}T12:00:00+08:00`);
  }
  for (const slug of corrected) cpSync(join(FIXTURES, 'press-releases', slug), join(root, 'press-releases', slug), { recursive: true });
  commit(root, 'The fixtures as they are now', '2024-02-10T12:00:00+08:00');
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
console.log(`e2e content laid out; ${DUE_SOON_SLUG} is due at ${due.toISOString()}`);
