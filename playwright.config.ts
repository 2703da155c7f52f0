import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/support/browser';
import { E2E_CONTENT_DIR, E2E_DIST_DIR } from './e2e/support/content';
import { PREVIEW_SECRET } from './e2e/support/site';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const SCHEDULING_PORT = PORT + 1;
/** deploy/nginx.conf, as shipped but for its ports and folders, in front of the first server. */
const NGINX_PORT = PORT + 2;
/** The nginx copy's conf, cache, logs and temp files: outside the repository, its cache emptied at each start. */
const NGINX_DIR = join(tmpdir(), `press-portal-e2e-nginx-${NGINX_PORT}`);

const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
};

const server = (port: number, distDir: string, contentDir: string) => ({
  command: `next start -p ${port}`,
  url: `http://localhost:${port}/`,
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
  env: {
    NEXT_DIST_DIR: distDir,
    CONTENT_DIR: contentDir,
    NEXT_TELEMETRY_DISABLED: '1',
    PREVIEW_SECRET,
  },
});

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  expect: { timeout: 10_000 },
  use: { trace: 'retain-on-failure' },
  projects: [
    {
      name: 'chromium',
      testIgnore: ['scheduling.spec.ts', 'nginx-cache.spec.ts', 'cluster.spec.ts'],
      use: { ...browser, baseURL: `http://localhost:${PORT}` },
    },
    {
      // Its own server, which the test starts itself once it has scheduled a release shortly
      // after that start (e2e/scheduling.spec.ts): going public mid-run, it changes no other test's counts.
      name: 'scheduling',
      testMatch: 'scheduling.spec.ts',
      use: { ...browser, baseURL: `http://localhost:${SCHEDULING_PORT}` },
    },
    {
      // Through the caching reverse proxy (deploy/nginx.conf) in front of the first server.
      name: 'nginx',
      testMatch: 'nginx-cache.spec.ts',
      use: { ...browser, baseURL: `http://localhost:${NGINX_PORT}` },
    },
    {
      // Two instances under PM2 behind nginx, under load (e2e/cluster.spec.ts starts
      // them itself): after the others, whose timings its load would disturb.
      name: 'cluster',
      testMatch: 'cluster.spec.ts',
      dependencies: ['chromium', 'scheduling', 'nginx'],
      use: browser,
    },
  ],
  // The production build of the fixture content (`npm run build:e2e`), and that server
  // again through nginx (Debian's package; started after it). scheduling.spec.ts runs its own.
  webServer: [
    server(PORT, E2E_DIST_DIR, E2E_CONTENT_DIR),
    {
      command: `tsx deploy/start-nginx.ts --listen ${NGINX_PORT} --upstream ${PORT} --work-dir ${NGINX_DIR}`,
      url: `http://localhost:${NGINX_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
