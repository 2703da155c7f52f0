/**
 * PM2's process list for the press portal: N instances of the standalone
 * server (fork mode, one loopback port each) and the nginx in front of them.
 * `npm run cluster:start` writes the cluster's settings.json and nginx.conf,
 * then starts this file with PM2_HOME in the cluster folder; docs/deploying.md
 * says why fork mode and not PM2's cluster mode.
 *
 * By hand, from the checkout (after one `npm run cluster:start` wrote the settings):
 *   PM2_HOME=.cluster/pm2 npx pm2 start deploy/ecosystem.config.cjs
 */
const { readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const dir = resolve(process.env.CLUSTER_DIR || join(__dirname, '..', '.cluster'));
const settings = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'));
const nginxBin = process.env.NGINX_BIN || '/usr/sbin/nginx';

const instances = Array.from({ length: settings.instances }, (_, index) => {
  const port = settings.firstInstancePort + index;
  return {
    name: `press-${port}`,
    // A symlink to the active release, followed at every (re)start: a publish
    // or rollback moves it, then restarts the instances one at a time.
    script: join(dir, 'current', 'server.js'),
    exec_mode: 'fork',
    instances: 1,
    env: {
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      // Loopback only: readers reach the instances through nginx.
      HOSTNAME: '127.0.0.1',
      NEXT_DIST_DIR: settings.distDir,
      CONTENT_DIR: settings.contentDir,
      // Passed through from the environment of `cluster:start`, never written to disk here.
      ...(process.env.PREVIEW_SECRET ? { PREVIEW_SECRET: process.env.PREVIEW_SECRET } : {}),
      ...(process.env.REVIEW_SECRET ? { REVIEW_SECRET: process.env.REVIEW_SECRET } : {}),
      ...(process.env.SITE_URL ? { SITE_URL: process.env.SITE_URL } : {}),
    },
    // A dead instance comes back at once, then with growing delays if it keeps dying.
    autorestart: true,
    exp_backoff_restart_delay: 200,
    // Next finishes the requests it has before it exits on SIGINT; give it time.
    kill_timeout: 10000,
    max_memory_restart: '2G',
    out_file: join(dir, 'logs', `press-${port}.out.log`),
    error_file: join(dir, 'logs', `press-${port}.err.log`),
    time: true,
  };
});

module.exports = {
  apps: [
    ...instances,
    {
      name: 'press-nginx',
      script: nginxBin,
      args: ['-p', `${join(dir, 'nginx')}/`, '-c', join(dir, 'nginx', 'nginx.conf'), '-g', 'daemon off;'],
      interpreter: 'none',
      exec_mode: 'fork',
      autorestart: true,
      // nginx stops at once on SIGINT; requests in flight are cut, which is what `stop` means.
      kill_timeout: 5000,
      out_file: join(dir, 'logs', 'nginx.out.log'),
      error_file: join(dir, 'logs', 'nginx.err.log'),
      time: true,
    },
  ],
};
