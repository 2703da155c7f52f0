/**
 * A fingerprint of everything the compile step reads: the code, messages,
 * public files, configuration and locked dependencies, but not the content
 * folder (nor docs, tests and benchmarks). When a publish finds the same
 * fingerprint as the last compile, only content changed: the compiled code is
 * reused and only the pages and indexes are generated again.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** Top-level folders that never change what the compile step produces (a folder so named deeper down is code). */
const NOT_CODE = new Set(['node_modules', 'content', 'docs', 'e2e', 'bench', 'test-results', 'playwright-report']);
/** Build settings read by next.config.ts or the pages at compile time. */
const BUILD_ENVIRONMENT = ['SITE_URL', 'PRERENDERED_RELEASES', 'BUILD_STANDALONE', 'NODE_ENV'];

export function codeFingerprint(projectDir: string, contentDir: string): string {
  const hash = createHash('sha256');
  const content = resolve(contentDir);
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(folder, entry.name);
      // At the top, dot folders are builds, caches and tooling (.next*, .git, .cluster), and dot files are not code either.
      const top = folder === projectDir;
      if ((top && (entry.name.startsWith('.') || NOT_CODE.has(entry.name))) || path === content) continue;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && !entry.name.endsWith('.md') && !entry.name.endsWith('.tsbuildinfo')) {
        hash.update(relative(projectDir, path)).update('\0').update(readFileSync(path)).update('\0');
      }
    }
  };
  walk(projectDir);
  for (const name of BUILD_ENVIRONMENT) hash.update(`${name}=${process.env[name] ?? ''}\0`);
  return hash.digest('hex');
}
