/**
 * The JavaScript a modern browser downloads for a page: every script it
 * fetches while loading the page (Debian's Chromium through Playwright),
 * summed as gzip would send it (level 6, whatever the server did), so that two
 * servers are compared on their bytes rather than their compression settings.
 */
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/browser';

export interface ScriptBytes {
  files: number;
  gzipBytes: number;
  rawBytes: number;
}

export async function scriptBytes(url: string): Promise<ScriptBytes> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const bodies: Promise<Buffer>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') bodies.push(response.body());
    });
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    if (response?.status() !== 200) throw new Error(`${url} answered ${response?.status()}`);
    const scripts = await Promise.all(bodies);
    return {
      files: scripts.length,
      gzipBytes: scripts.reduce((sum, body) => sum + gzipSync(body, { level: 6 }).length, 0),
      rawBytes: scripts.reduce((sum, body) => sum + body.length, 0),
    };
  } finally {
    await browser.close();
  }
}
