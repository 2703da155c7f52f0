import { spawnSync } from 'node:child_process';
import path from 'node:path';

export interface FileRevision {
  commit: string;
  /** committer date */
  date: Date;
  /** the file's text at that commit */
  content: string;
}

export type ContentHistory =
  | {
      available: true;
      /** oldest first; [] for a file git has never seen */
      revisions(absolutePath: string): FileRevision[];
    }
  | {
      available: false;
      /** one line, for the build log, e.g. "<root> is not in a git repository" */
      reason: string;
    };

/** A revision before its text is read: the blob holds the file's content at that commit. */
interface PendingRevision {
  commit: string;
  date: Date;
  blob: string;
}

class GitFailure extends Error {}

// Git output for a whole content folder can run to tens of megabytes; the default 1 MiB would truncate it.
const MAX_GIT_OUTPUT = 1024 * 1024 * 1024;

/**
 * Reads the git history of the given files under `root` (absolute paths of files inside root).
 * Runs four git processes whatever the number of files (two `rev-parse`, one `log`, one `cat-file --batch`);
 * the texts of every revision are read, so pass only the files whose history is needed. Never throws.
 */
export function readContentHistory(root: string, files: readonly string[]): ContentHistory {
  try {
    const repo = locateRepository(root);
    const wanted = new Map<string, string>();
    for (const file of files) {
      const relative = path.relative(root, file);
      if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) continue;
      wanted.set(repo.prefix + relative.split(path.sep).join('/'), file);
    }
    const pending = logRevisions(root, new Set(wanted.keys()));
    const texts = readBlobs(root, [...new Set([...pending.values()].flat().map((revision) => revision.blob))]);

    const byFile = new Map<string, FileRevision[]>();
    for (const [repoPath, revisions] of pending) {
      const file = wanted.get(repoPath);
      if (file === undefined) continue;
      // A blob git cannot produce (say, a partial clone offline) is left out rather than shown as an empty text.
      const readable = revisions.flatMap(({ commit, date, blob }) => {
        const content = texts.get(blob);
        return content === undefined ? [] : [{ commit, date, content }];
      });
      byFile.set(path.resolve(file), readable);
    }
    return {
      available: true,
      revisions: (absolutePath) => (byFile.get(path.resolve(absolutePath)) ?? []).map((revision) => ({ ...revision })),
    };
  } catch (error) {
    if (error instanceof GitFailure) return { available: false, reason: error.message };
    return { available: false, reason: `could not read the git history of ${root}: ${firstLine(String(error))}` };
  }
}

/** Where `root` sits in its repository, refusing histories that would misdate the change notes. */
function locateRepository(root: string): { prefix: string } {
  const located = git(root, ['rev-parse', '--show-prefix', '--is-shallow-repository'], (stderr) =>
    /not a git repository/i.test(stderr) ? `${root} is not in a git repository` : `git cannot read ${root}: ${stderr}`,
  );
  const [prefix = '', shallow = ''] = located.toString('utf8').split('\n');
  // A shallow clone's oldest commit looks like the one that added every note.
  if (shallow.trim() === 'true') throw new GitFailure(`${root} is in a shallow git clone; fetch the full history (git fetch --unshallow)`);
  git(root, ['rev-parse', '--quiet', '--verify', 'HEAD^{commit}'], () => `the git repository of ${root} has no commits yet`);
  return { prefix };
}

/**
 * One `git log` over the whole folder: the blobs each wanted path had, oldest first.
 * Following only first parents keeps the history linear, so "the previous commit that touched it"
 * is the version readers saw before, and a merge is dated when the change reached the branch.
 */
function logRevisions(root: string, wanted: ReadonlySet<string>): Map<string, PendingRevision[]> {
  const output = git(root, [
    'log', '--first-parent', '--diff-merges=first-parent', '--root', '--no-renames', '--no-abbrev',
    '--raw', '-z', '--format=%H %ct', '--', '.',
  ]);
  // With -z every field ends with NUL: "<commit> <time>", then per changed path "\n:<modes> <old> <new> <status>" and "<path>".
  // A path cannot contain NUL, so splitting on it is unambiguous; NUL never occurs inside a multi-byte UTF-8 character.
  const fields = output.toString('utf8').split('\0');
  const newestFirst = new Map<string, PendingRevision[]>();
  let commit = '';
  let date = new Date(Number.NaN);
  for (let index = 0; index < fields.length; index++) {
    const field = fields[index]!.replace(/^\n/, '');
    if (field === '') continue;
    if (field.startsWith(':')) {
      const repoPath = fields[++index] ?? '';
      if (!wanted.has(repoPath)) continue;
      const blob = field.split(' ')[3] ?? '';
      // A deleted file has no text at that commit: an all-zero blob id.
      if (/^0+$/.test(blob) || blob === '') continue;
      const revisions = newestFirst.get(repoPath) ?? [];
      revisions.push({ commit, date, blob });
      newestFirst.set(repoPath, revisions);
    } else {
      const [hash = '', seconds = ''] = field.split(' ');
      commit = hash;
      date = new Date(Number(seconds) * 1000);
    }
  }
  for (const revisions of newestFirst.values()) revisions.reverse();
  return newestFirst;
}

/**
 * One `git cat-file --batch` for every blob. Asking by blob id rather than `<commit>:<path>` keeps the
 * line-based request safe for any path (even one holding a newline) and reads a repeated text once.
 */
function readBlobs(root: string, blobs: readonly string[]): Map<string, string> {
  const texts = new Map<string, string>();
  if (blobs.length === 0) return texts;
  const output = git(root, ['cat-file', '--batch'], undefined, `${blobs.join('\n')}\n`);
  // Sizes in the headers count bytes, so the reply is walked as a Buffer and each text decoded on its own.
  let offset = 0;
  while (offset < output.length) {
    const headerEnd = output.indexOf(0x0a, offset);
    if (headerEnd === -1) break;
    const [object = '', type = '', size = ''] = output.toString('utf8', offset, headerEnd).split(' ');
    offset = headerEnd + 1;
    if (type === 'missing' || size === '') continue;
    const length = Number(size);
    texts.set(object, output.toString('utf8', offset, offset + length));
    offset += length + 1;
  }
  return texts;
}

/** Runs git without a shell; any failure becomes a GitFailure whose message is one line for the build log. */
function git(cwd: string, args: readonly string[], explain?: (stderr: string) => string, input?: string): Buffer {
  const result = spawnSync(
    'git',
    ['-C', cwd, '-c', 'core.quotePath=false', '-c', 'log.showSignature=false', '--literal-pathspecs', '--no-pager', ...args],
    { input, maxBuffer: MAX_GIT_OUTPUT, env: gitEnvironment(), stdio: ['pipe', 'pipe', 'pipe'] },
  );
  if (result.error) {
    const code = (result.error as NodeJS.ErrnoException).code;
    throw new GitFailure(code === 'ENOENT' ? 'git is not installed' : `git ${args[0]} failed: ${firstLine(result.error.message)}`);
  }
  if (result.status !== 0) {
    const stderr = firstLine(result.stderr.toString('utf8'));
    throw new GitFailure(explain?.(stderr) ?? `git ${args[0]} failed in ${cwd}: ${stderr}`);
  }
  return result.stdout;
}

// A build started from a git hook inherits GIT_DIR and friends, which would point git at that repository instead of root's.
// Messages are kept in English, as the reasons given for the build log are recognised by them.
function gitEnvironment(): NodeJS.ProcessEnv {
  const environment: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C' };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_COMMON_DIR']) delete environment[name];
  return environment;
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}
