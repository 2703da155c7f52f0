/**
 * `npm run screenshots`: PNGs of the home page, the press list and the seed
 * release, in both languages and both themes, on a phone (390 × 844) and a
 * desktop (1280 × 800), into screenshots/ (git-ignored). It serves an existing
 * build (NEXT_DIST_DIR, `.next` by default; run `npm run build` first) with its
 * own `next start` on a free port, and stops it at the end. Not part of `npm test`.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/browser';

const OUT = 'screenshots';
const DIST_DIR = process.env.NEXT_DIST_DIR || '.next';
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'press-list', path: '/press' },
  { name: 'release', path: '/press/5763' },
];
const LOCALES = [
  { locale: 'zh-TW', prefix: '' },
  { locale: 'en', prefix: '/en' },
];
const THEMES = ['light', 'dark'] as const;
const WIDTHS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilServing(url: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** False only where fontconfig is present and knows no Chinese font (then Chinese would be drawn as boxes). */
function hasChineseFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh-tw', 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return true; // no fontconfig (macOS, Windows): the system's own fonts cover Chinese
  }
}

async function main() {
  if (!hasChineseFont()) {
    console.warn('No Chinese font is installed: Chinese pages will show boxes. On Debian: apt-get install -y fonts-noto-cjk');
  }
  if (!existsSync(join(DIST_DIR, 'BUILD_ID'))) {
    throw new Error(`No build in ${DIST_DIR}: run \`npm run build\` first, or set NEXT_DIST_DIR.`);
  }
  mkdirSync(OUT, { recursive: true });
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    await waitUntilServing(`${origin}/`);
    let count = 0;
    for (const size of WIDTHS) {
      for (const theme of THEMES) {
        const context = await browser.newContext({
          viewport: { width: size.width, height: size.height },
          colorScheme: theme,
          deviceScaleFactor: 1,
        });
        const page = await context.newPage();
        for (const { locale, prefix } of LOCALES) {
          for (const { name, path } of PAGES) {
            await page.goto(origin + (prefix && path === '/' ? prefix : prefix + path));
            // Hydrated: the theme toggle is enabled, so the theme is applied as a reader sees it.
            await page.locator('.theme-toggle:enabled').waitFor({ state: 'attached' });
            const file = join(OUT, `${name}-${locale}-${theme}-${size.name}.png`);
            await page.screenshot({ path: file, fullPage: true });
            count++;
          }
        }
        await context.close();
      }
    }
    console.log(`${count} screenshots in ${OUT}/`);
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
