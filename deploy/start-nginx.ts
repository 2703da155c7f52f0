/**
 * Runs a copy of deploy/nginx.conf in the foreground, in front of a portal
 * already listening on --upstream, with an empty cache; stops it on SIGINT or
 * SIGTERM. For the browser tests (playwright.config.ts) and benchmarks:
 *
 *   npx tsx deploy/start-nginx.ts --listen 3102 --upstream 3100[,3101...] --work-dir /tmp/press-nginx [--no-access-log] [--conf FILE]
 *
 * The work dir (created if missing) gets the rendered nginx.conf, the cache,
 * logs, pid and temp files; delete it when done. --conf renders another file
 * with the same markers instead of deploy/nginx.conf (a variant to compare).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { nginxArgv, writeNginxConf } from './nginx';

const { values } = parseArgs({
  options: {
    listen: { type: 'string' },
    upstream: { type: 'string' },
    'work-dir': { type: 'string' },
    'no-access-log': { type: 'boolean', default: false },
    conf: { type: 'string' },
  },
  strict: true,
});

if (!values.listen || !values.upstream || !values['work-dir']) {
  console.error('usage: tsx deploy/start-nginx.ts --listen PORT --upstream PORT[,PORT...] --work-dir ABSOLUTE_DIR [--no-access-log] [--conf FILE]');
  process.exit(2);
}

const confPath = writeNginxConf({
  listenPort: Number(values.listen),
  upstreamPorts: values.upstream.split(',').map(Number),
  workDir: resolve(values['work-dir']),
  accessLog: !values['no-access-log'],
  sourcePath: values.conf && resolve(values.conf),
});
const [bin, ...args] = nginxArgv(confPath);
console.log(`nginx on 127.0.0.1:${values.listen} -> 127.0.0.1:${values.upstream} (${confPath})`);
const nginx = spawn(bin!, args, { stdio: 'inherit' });

// nginx's own signals: TERM and INT stop it at once, QUIT after open requests finish.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => nginx.kill(signal));
}
nginx.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
