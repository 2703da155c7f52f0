/**
 * `npm run bench:history`: what the public record costs at scale. The bench
 * archive (10,000 bilingual releases by default) is given a git history: it is
 * committed, then a tenth of its releases are corrected in a later commit
 * (a change note and an edited paragraph), one in a hundred withdrawn and one
 * in two hundred removed, in a third. The same final tree, without `.git`, is
 * the baseline: its notes show, without comparisons. Measured in one run, A B A B:
 * - the build (`npm run build`) with the history against without it (budget: at most 1.10×);
 * - a corrected release page's first render against an uncorrected one's, on
 *   the server of the build with history (budget: at most 1.10×, i.e. as fast).
 *
 *   npx tsx bench/history.ts [count=10000] [rounds=2]
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateArchive } from './generate-archive';
import { NEXT_BIN, buildPortal, start, waitForUrl } from './support/processes';
import { formatSpread, median, ratio, spread } from './support/stats';

const COUNT = Number(process.argv[2] ?? (process.env.BENCH_QUICK ? 1000 : 10000));
const ROUNDS = Number(process.argv[3] ?? 2);
const WORK = resolve('.bench/history');
const WITH_GIT = join(WORK, 'with-history');
const WITHOUT = join(WORK, 'without-history');
const DIST = { git: '.next-bench-history', plain: '.next-bench-history-plain' };
const PORT = 3520;
/** Release pages rendered on first request, per kind: older than the prerendered 100. */
const PAGES = 150;

const log = (line: string) => console.log(`[bench:history ${new Date().toISOString().slice(11, 19)}] ${line}`);
const slugOf = (n: number) => `bench-${String(n + 1).padStart(5, '0')}`;
const isCorrected = (n: number) => n % 10 === 3;
const isWithdrawn = (n: number) => n % 100 === 7;
const isRemoved = (n: number) => n % 200 === 11;

function git(...args: string[]) {
  execFileSync('git', ['-C', WITH_GIT, '-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', ...args], { stdio: 'pipe' });
}

/** Adds YAML lines to a release file's front matter, and edits its body. */
function amend(file: string, frontMatter: string, edit: (body: string) => string = (body) => body) {
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('\n---\n', 4);
  writeFileSync(file, `${text.slice(0, end)}\n${frontMatter}${text.slice(end, end + 5)}${edit(text.slice(end + 5))}`);
}

/** A date two days after the release's own, in Taipei time, as staff write it. */
function dayAfter(file: string, days: number): string {
  const date = /^date: "([^"]+)"/m.exec(readFileSync(file, 'utf8'))![1]!;
  return new Date(new Date(`${date}Z`).getTime() + days * 86_400_000).toISOString().slice(0, 16);
}

function layOut() {
  log(`generating ${COUNT} releases with a history`);
  generateArchive(WITH_GIT, COUNT, 1);
  execFileSync('git', ['init', '-q', WITH_GIT]);
  git('add', '-A');
  git('commit', '-q', '-m', 'The archive as first published');
  for (let n = 0; n < COUNT; n++) {
    if (!isCorrected(n) || isRemoved(n)) continue;
    for (const [locale, note, edit] of [
      ['zh-TW', '更正數字。', (body: string) => body.replace('。', '，已更正為十五項。')],
      ['en', 'Corrected a figure.', (body: string) => body.replace('.', ', corrected to fifteen.')],
    ] as const) {
      const file = join(WITH_GIT, 'press-releases', slugOf(n), `${locale}.md`);
      amend(file, `changes:\n  - date: ${dayAfter(file, 2)}\n    note: ${note}`, edit);
    }
  }
  git('add', '-A');
  git('commit', '-q', '-m', 'Corrections');
  for (let n = 0; n < COUNT; n++) {
    for (const locale of ['zh-TW', 'en']) {
      const file = join(WITH_GIT, 'press-releases', slugOf(n), `${locale}.md`);
      if (isRemoved(n)) amend(file, `removed:\n  date: ${dayAfter(file, 3)}`);
      else if (isWithdrawn(n)) amend(file, `withdrawn:\n  date: ${dayAfter(file, 3)}\n  reason: ${locale === 'en' ? 'Superseded.' : '已另行公告。'}`);
    }
  }
  git('add', '-A');
  git('commit', '-q', '-m', 'Withdrawals and removals');
  rmSync(WITHOUT, { recursive: true, force: true });
  cpSync(WITH_GIT, WITHOUT, { recursive: true, filter: (source) => !source.includes(`${WITH_GIT}/.git`) });
}

async function main() {
  layOut();
  const builds: Record<'git' | 'plain', number[]> = { git: [], plain: [] };
  for (let round = 1; round <= ROUNDS; round++) {
    for (const kind of ['plain', 'git'] as const) {
      log(`round ${round}: building ${kind === 'git' ? 'with' : 'without'} history`);
      rmSync(DIST[kind], { recursive: true, force: true });
      const { seconds } = await buildPortal({
        CONTENT_DIR: kind === 'git' ? WITH_GIT : WITHOUT,
        NEXT_DIST_DIR: DIST[kind],
      });
      builds[kind].push(seconds);
    }
  }

  log('rendering corrected and uncorrected release pages on first request');
  const server = start(process.execPath, [NEXT_BIN, 'start', '-p', String(PORT)], {
    env: { CONTENT_DIR: WITH_GIT, NEXT_DIST_DIR: DIST.git },
  });
  const renders: Record<'corrected' | 'plain', number[]> = { corrected: [], plain: [] };
  try {
    await waitForUrl(`http://localhost:${PORT}/healthz`, server);
    // Oldest first, well away from the newest 100 that the build prerendered; removed and withdrawn ones left out.
    const pick = (corrected: boolean) =>
      Array.from({ length: COUNT }, (_, n) => n).filter((n) => isCorrected(n) === corrected && !isRemoved(n) && !isWithdrawn(n)).slice(0, PAGES);
    const corrected = pick(true);
    const plain = pick(false);
    const pages = Math.min(corrected.length, plain.length) - 1;
    await fetch(`http://localhost:${PORT}/press/${slugOf(plain[pages]!)}`); // warm the route
    for (let i = 0; i < pages; i++) {
      for (const [kind, n] of [['corrected', corrected[i]!], ['plain', plain[i]!]] as const) {
        const began = performance.now();
        const response = await fetch(`http://localhost:${PORT}/press/${slugOf(n)}`);
        const html = await response.text();
        if (response.status !== 200 || (kind === 'corrected' && !html.includes('/changes/1'))) {
          throw new Error(`/press/${slugOf(n)} answered ${response.status}${kind === 'corrected' ? ' without its comparison link' : ''}`);
        }
        renders[kind].push(performance.now() - began);
      }
    }
  } finally {
    await server.stop();
  }

  const buildRatio = ratio(median(builds.git), median(builds.plain));
  const renderRatio = ratio(median(renders.corrected), median(renders.plain));
  console.log(`\n${COUNT} releases, ${ROUNDS} rounds, ${new Date().toISOString()}`);
  console.log('| | with history | without | ratio | budget |');
  console.log('| --- | --- | --- | --- | --- |');
  console.log(`| build (s) | ${formatSpread(spread(builds.git), 1)} | ${formatSpread(spread(builds.plain), 1)} | ${buildRatio}× | ≤ 1.10× ${buildRatio <= 1.1 ? 'met' : 'MISSED'} |`);
  console.log(
    `| release page, first render (ms) | corrected ${formatSpread(spread(renders.corrected), 1)} | uncorrected ${formatSpread(spread(renders.plain), 1)} | ${renderRatio}× | ≤ 1.10× ${renderRatio <= 1.1 ? 'met' : 'MISSED'} |`,
  );
  process.exitCode = buildRatio <= 1.1 && renderRatio <= 1.1 ? 0 : 1;
}

await main();
