import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);

/**
 * Debian's Chromium by default, since Playwright's own browser download is not
 * reachable here. Set CHROMIUM_PATH to another binary, or to an empty string to
 * use the browser that `npx playwright install` fetches.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumPath || undefined,
          // Root on a closed network: no sandbox, and none of Chromium's background calls home.
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  // The production build of the fixture content tree (`npm run build:e2e`), so
  // tests see drafts, scheduled, untranslated and paginated releases.
  webServer: {
    command: `next start -p ${PORT}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: {
      NEXT_DIST_DIR: '.next-e2e',
      CONTENT_DIR: 'e2e/fixtures/content',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
