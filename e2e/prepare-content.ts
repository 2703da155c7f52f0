/**
 * Lays out the e2e content roots (see support/content.ts): the made-up
 * fixtures plus the real seed release 5763, each root its own git repository
 * whose history holds the earlier versions of the corrected fixtures
 * (fixtures/history/<slug>/<n>/, committed in order before the fixture as it
 * is now), as a content folder kept in git has. The release due soon is
 * written by scheduling.spec.ts itself, just before it starts its server: its
 * time is set after the build, however long the build took.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { updateRedirectFile } from '../redirects/update';
import { E2E_CONTENT_DIR, SCHEDULING_CONTENT_DIR } from './support/content';

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

// The old addresses of each tree, written as the importer writes them (content/redirects.json).
for (const root of [E2E_CONTENT_DIR, SCHEDULING_CONTENT_DIR]) updateRedirectFile(root);
console.log('e2e content laid out');
