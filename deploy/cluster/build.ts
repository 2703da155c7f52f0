/**
 * The cluster's build: `npm run build`'s steps into its build folder with the
 * standalone output. When the code is unchanged since that folder's last
 * compile, the compile step is skipped and only the pages and indexes are
 * generated again from the content (the build already runs them as separate steps).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { codeFingerprint } from './code-fingerprint';
import { PROJECT_DIR, type ClusterSettings } from './settings';

const FINGERPRINT_FILE = 'cluster-code-fingerprint';

/** `npm run build`'s commands, in order, as package.json says. */
function buildSteps(): string[] {
  const scripts = (JSON.parse(readFileSync(join(PROJECT_DIR, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  return scripts.build!.split('&&').map((step) => step.trim());
}

const isCompileStep = (step: string) => step.includes('--experimental-build-mode=compile');

export function buildForCluster(
  { contentDir, distDir }: Pick<ClusterSettings, 'contentDir' | 'distDir'>,
  log: (line: string) => void,
): { reusedCompile: boolean } {
  const dist = join(PROJECT_DIR, distDir);
  const fingerprint = codeFingerprint(PROJECT_DIR, contentDir);
  const fingerprintFile = join(dist, FINGERPRINT_FILE);
  const reusedCompile =
    existsSync(join(dist, 'standalone', 'server.js')) &&
    existsSync(fingerprintFile) &&
    readFileSync(fingerprintFile, 'utf8').trim() === fingerprint;
  const steps = buildSteps().filter((step) => !(reusedCompile && isCompileStep(step)));
  if (!steps.some(isCompileStep) && !reusedCompile) throw new Error('package.json "build" has no compile step to run');
  // A compile that fails half-way must not be taken for the last good one.
  if (!reusedCompile) rmSync(fingerprintFile, { force: true });
  log(reusedCompile ? 'code unchanged since the last build: reusing the compiled code' : 'compiling the code');
  const env = {
    ...process.env,
    NEXT_DIST_DIR: distDir,
    BUILD_STANDALONE: '1',
    CONTENT_DIR: contentDir,
    NEXT_TELEMETRY_DISABLED: '1',
    PATH: `${join(PROJECT_DIR, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`,
  };
  for (const step of steps) {
    log(`$ ${step}`);
    const result = spawnSync('sh', ['-c', step], { cwd: PROJECT_DIR, env, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`the build failed at "${step}": nothing was published`);
  }
  writeFileSync(fingerprintFile, `${fingerprint}\n`);
  return { reusedCompile };
}
