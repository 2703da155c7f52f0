/**
 * `npm run content:check`: validates the whole content tree and prints every
 * problem at once. Exits 1 on any error; warnings (work for staff) do not fail.
 */
import { loadContentTree } from '../content-layer/load';
import { formatProblem } from '../content-layer/problems';
import { contentRoot } from '../content-layer/releases';
import { unitProblems } from '../content-layer/units';
import { checkRedirectFile } from '../redirects/check';

const root = process.argv[2] ?? contentRoot();
const loaded = loadContentTree(root);
const { releases } = loaded;
// Every release's unit needs its URL slug in units.json (its page and feeds live there).
const problems = [...loaded.problems, ...unitProblems(root, releases)];
for (const problem of problems) console.log(formatProblem(problem));
const redirects = checkRedirectFile(root, releases);
for (const error of redirects.errors) console.log(`error: ${error}`);
for (const warning of redirects.warnings) console.log(`warning: ${warning}`);
const contentErrors = problems.filter((p) => p.severity === 'error').length;
const errors = contentErrors + redirects.errors.length;
const warnings = problems.length - contentErrors + redirects.warnings.length;
const versions = releases.reduce((sum, r) => sum + Object.keys(r.versions).length, 0);
console.log(
  `${releases.length} releases (${versions} language versions) checked: ${errors} errors, ${warnings} warnings.`,
);
process.exitCode = errors > 0 ? 1 : 0;
