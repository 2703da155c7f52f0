/**
 * Debian's Chromium by default, since Playwright's own browser download is not
 * reachable here. Set CHROMIUM_PATH to another binary, or to an empty string to
 * use the browser that `npx playwright install` fetches.
 */
export const CHROMIUM_PATH = (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') || undefined;

/** Root on a closed network: no sandbox, and none of Chromium's background calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
