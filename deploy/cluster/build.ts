/**
 * The cluster's build: `npm run build`'s steps into its build folder with the
 * standalone output. When the code is unchanged since that folder's last
 * compile, the compile step is skipped and only the pages and indexes are
 * generated again from the content (the build already runs them as separate steps).
 *
 * The steps after the compile (page generation, the content snapshot) read
 * the compiled build and the content and write apart from each other, so here
 * they run side by side: on two cores that is most of a publish's time saved.
 * `npm run build` keeps them one after the other, for its lower peak memory.
 *
 * The content is validated before anything is built. When the compile runs,
 * that is a pass of its own first (seconds, against the compile's half
 * minute); when it is reused, the snapshot step is the validation: it reads
 * and checks every file anyway, and a second pass would cost a publish 7 s
 * of its minute at 10,000 releases. Either way nothing is published from
 * content with an error, and the errors are listed with file, line and field.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { CONTENT_ERRORS_EXIT_CODE } from '../../content-layer/problems';
import { codeFingerprint } from './code-fingerprint';
import { PROJECT_DIR, type ClusterSettings } from './settings';

export const FINGERPRINT_FILE = 'cluster-code-fingerprint';

/** `npm run build`'s commands, in order, as package.json says. */
function buildSteps(): string[] {
  const scripts = (JSON.parse(readFileSync(join(PROJECT_DIR, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  return scripts.build!.split('&&').map((step) => step.trim());
}

const isCompileStep = (step: string) => step.includes('--experimental-build-mode=compile');

/** Runs one step in a shell, its output passed through; resolves with its exit status. */
function runStep(step: string, env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<number | null> {
  log(`$ ${step}`);
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', step], { cwd: PROJECT_DIR, env, stdio: 'inherit' });
    child.once('exit', (code) => resolve(code));
    child.once('error', () => resolve(null));
  });
}

const REFUSED = 'fix them and publish again; nothing was published';

export async function buildForCluster(
  { contentDir, distDir }: Pick<ClusterSettings, 'contentDir' | 'distDir'>,
  log: (line: string) => void,
  /** Checks the content, throwing to refuse it: run before a compile, which the snapshot step's own check would follow. */
  validateContent: () => Promise<void>,
): Promise<{ reusedCompile: boolean }> {
  const dist = join(PROJECT_DIR, distDir);
  const fingerprint = codeFingerprint(PROJECT_DIR, contentDir);
  const fingerprintFile = join(dist, FINGERPRINT_FILE);
  const reusedCompile =
    existsSync(join(dist, 'standalone', 'server.js')) &&
    existsSync(fingerprintFile) &&
    readFileSync(fingerprintFile, 'utf8').trim() === fingerprint;
  const all = buildSteps();
  const compile = all.filter(isCompileStep);
  const afterCompile = all.filter((step) => !isCompileStep(step));
  if (compile.length !== 1 || !isCompileStep(all[0]!)) {
    throw new Error('package.json "build" must start with its one compile step (next build --experimental-build-mode=compile)');
  }
  // A compile that fails half-way must not be taken for the last good one.
  if (!reusedCompile) {
    rmSync(fingerprintFile, { force: true });
    await validateContent();
  }
  log(
    reusedCompile
      ? 'code unchanged since the last build: reusing the compiled code; the snapshot step validates the content'
      : 'compiling the code',
  );
  const env = {
    ...process.env,
    NEXT_DIST_DIR: distDir,
    BUILD_STANDALONE: '1',
    CONTENT_DIR: contentDir,
    NEXT_TELEMETRY_DISABLED: '1',
    PATH: `${join(PROJECT_DIR, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`,
  };
  if (!reusedCompile && (await runStep(compile[0]!, env, log)) !== 0) {
    throw new Error(`the build failed at "${compile[0]}": nothing was published`);
  }
  const statuses = await Promise.all(afterCompile.map((step) => runStep(step, env, log)));
  if (statuses.includes(CONTENT_ERRORS_EXIT_CODE)) throw new Error(`the content has errors (listed above): ${REFUSED}`);
  const failed = afterCompile.filter((_, at) => statuses[at] !== 0);
  if (failed.length > 0) throw new Error(`the build failed at "${failed.join('" and "')}": nothing was published`);
  writeFileSync(fingerprintFile, `${fingerprint}\n`);
  return { reusedCompile };
}
