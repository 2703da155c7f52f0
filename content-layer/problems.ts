/** One thing wrong (or worth a look) in the content tree, located well enough to fix. */
export interface ContentProblem {
  severity: 'error' | 'warning';
  /** Path of the file or folder, relative to the working directory. */
  path: string;
  /** 1-based line in the file, when the problem has one. */
  line?: number;
  /** Front matter field, e.g. `date` or `images[0].alt`. */
  field?: string;
  /** What is wrong and what is expected instead. */
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.path}:${problem.line}` : problem.path;
  const field = problem.field ? ` ${problem.field}:` : '';
  return `${problem.severity}: ${where}:${field} ${problem.message}`;
}

/**
 * How a build step that validates the content (the snapshot step) says that
 * the content has errors, as opposed to failing for another reason: sysexits'
 * EX_DATAERR. `npm run publish` tells the two apart.
 */
export const CONTENT_ERRORS_EXIT_CODE = 65;

/** Thrown when the content tree has errors: nothing may be published from it. */
export class ContentValidationError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(
      `The content tree has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n` +
        errors.map(formatProblem).join('\n'),
    );
    this.name = 'ContentValidationError';
    this.problems = problems;
  }
}
