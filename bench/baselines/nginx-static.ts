/**
 * The ceiling: nginx answering with bytes it already has, the portal's own
 * prerendered HTML for a page, from a file. Tuned as deploy/nginx.conf is
 * (workers, sendfile, keep-alive), without logging, like the cache it is
 * compared with in the benchmark.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function writeStaticNginxConf(options: { workDir: string; listenPort: number; urlPath: string; file: string }): string {
  const workDir = resolve(options.workDir);
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(join(workDir, 'temp'), { recursive: true });
  const conf = join(workDir, 'nginx.conf');
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  writeFileSync(
    conf,
    `${root ? 'user root;' : ''}
worker_processes auto;
pid ${join(workDir, 'nginx.pid')};
error_log ${join(workDir, 'error.log')} warn;
events { worker_connections 4096; }
http {
    access_log off;
    server_tokens off;
    sendfile on;
    tcp_nopush on;
    open_file_cache max=1000 inactive=60s;
    keepalive_timeout 65s;
    keepalive_requests 10000;
    client_body_temp_path ${join(workDir, 'temp')};
    proxy_temp_path ${join(workDir, 'temp')};
    fastcgi_temp_path ${join(workDir, 'temp')};
    uwsgi_temp_path ${join(workDir, 'temp')};
    scgi_temp_path ${join(workDir, 'temp')};
    server {
        listen 127.0.0.1:${options.listenPort};
        location = ${options.urlPath} {
            default_type "text/html; charset=utf-8";
            alias ${resolve(options.file)};
        }
    }
}
`,
  );
  return conf;
}
