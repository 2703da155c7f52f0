/**
 * The production server answers every page type in both languages whatever
 * address it binds to (vercel/next.js#94745: bound to a literal loopback
 * address, its proxy's rewrites once looked external and every Chinese page
 * redirected to itself). Each case starts its own server from the e2e build.
 */
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { NEXT_BIN, start, waitForUrl, type Started } from '../bench/support/processes';
import { E2E_CONTENT_DIR, E2E_DIST_DIR } from './support/content';

const PORT = Number(process.env.E2E_PORT ?? 3100) + 40;

/** Every page type, both languages, with the status a reader must get. */
const EXPECTED: [string, number][] = [
  ['/', 200],
  ['/en', 200],
  ['/press', 200],
  ['/en/press', 200],
  ['/press?page=2', 200],
  ['/en/press?tag=fixture-tag-does-not-exist', 404],
  ['/press/fixture-01', 200],
  ['/en/press/fixture-01', 200],
  ['/search?q=%E6%B8%AC%E8%A9%A6', 200],
  ['/en/search?q=test', 200],
  ['/site-map', 200],
  ['/en/accessibility', 200],
  ['/feed.xml', 200],
  ['/en/feed.xml', 200],
  ['/zh-TW/press', 307],
  ['/press/no-such-release', 404],
  ['/en/press/no-such-release', 404],
  ['/en/press?page=99', 404],
  ['/fr/press', 404],
  ['/healthz', 200],
];

const content = { CONTENT_DIR: resolve(E2E_CONTENT_DIR), NEXT_DIST_DIR: E2E_DIST_DIR };

const CASES: { name: string; url: string; launch: () => Started }[] = [
  ...[undefined, '127.0.0.1', '::1', 'localhost', '0.0.0.0'].map((host) => ({
    name: host ? `next start -H ${host}` : 'next start with no -H',
    url: `http://${host === '::1' ? '[::1]' : '127.0.0.1'}:${PORT}`,
    launch: () => start(process.execPath, [NEXT_BIN, 'start', '-p', String(PORT), ...(host ? ['-H', host] : [])], { env: content }),
  })),
  ...['127.0.0.1', '0.0.0.0'].map((host) => ({
    // Docker sets HOSTNAME to the container's id; Next's own Docker example sets 0.0.0.0.
    name: `standalone server.js with HOSTNAME=${host}`,
    url: `http://127.0.0.1:${PORT}`,
    launch: () =>
      start(process.execPath, [`${E2E_DIST_DIR}/standalone/server.js`], {
        env: { ...content, PORT: String(PORT), HOSTNAME: host },
      }),
  })),
];

// One port for every case: one server at a time.
test.describe.configure({ mode: 'serial' });

for (const { name, url, launch } of CASES) {
  test(`${name}: every page type answers with its status in both languages`, async () => {
    const server = launch();
    try {
      await waitForUrl(`${url}/healthz`, server, 60_000);
      const answers: string[] = [];
      for (const [path] of EXPECTED) {
        const response = await fetch(`${url}${path}`, { redirect: 'manual' });
        await response.arrayBuffer();
        answers.push(`${response.status} ${path}`);
      }
      expect(answers).toEqual(EXPECTED.map(([path, status]) => `${status} ${path}`));
    } finally {
      await server.stop();
    }
  });
}
