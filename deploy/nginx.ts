/**
 * Runnable copies of deploy/nginx.conf, for the browser tests and the load
 * benchmark: the shipped file with its own listen port, upstream port and
 * folders (cache, pid, logs, temp), so that nothing is copied by hand and what
 * is tested is what ships. Only the lines marked `# render:<name>` change; a
 * marker that is missing or doubled fails loudly, so an edit to the shipped
 * file cannot silently leave the tests running something else.
 *
 *   const confPath = writeNginxConf({ listenPort: 3102, upstreamPorts: [3100], workDir });
 *   const [bin, ...args] = nginxArgv(confPath);   // or nginxCommand(confPath), one shell line
 *
 * or from a shell: `npx tsx deploy/start-nginx.ts --listen 3102 --upstream 3100 --work-dir /tmp/x`.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Debian's binary; /usr/sbin is not on every user's PATH. */
export const NGINX_BIN = process.env.NGINX_BIN || '/usr/sbin/nginx';

export const SHIPPED_CONF = join(dirname(fileURLToPath(import.meta.url)), 'nginx.conf');

export interface NginxOptions {
  /** The port nginx listens on (on 127.0.0.1). */
  listenPort: number;
  /** The ports the portal's instances listen on (on 127.0.0.1): one `server` line each. */
  upstreamPorts: readonly number[];
  /**
   * The folder `/_next/static/` is served from before asking the instances
   * (the cluster's kept static files); by default an empty one in workDir, so
   * every asset comes from the instances.
   */
  staticRoot?: string;
  /** An absolute folder of its own: cache, pid, logs and temp files go here. */
  workDir: string;
  /**
   * Keep the shipped buffered access log (in workDir/logs/access.log). Off for
   * a benchmark that wants no log writes at all; the shipped file keeps it.
   */
  accessLog?: boolean;
  /** The file to render, deploy/nginx.conf by default. */
  sourcePath?: string;
}

/** The folders and files of a rendered copy, under its workDir. */
export function nginxPaths(workDir: string) {
  const root = resolve(workDir);
  return {
    root,
    conf: join(root, 'nginx.conf'),
    pid: join(root, 'nginx.pid'),
    logs: join(root, 'logs'),
    cache: join(root, 'cache'),
    temp: join(root, 'temp'),
    static: join(root, 'static'),
  };
}

/** The cache zones of deploy/nginx.conf, each a folder of its own under the copy's cache folder. */
export const NGINX_CACHE_ZONES = ['pages', 'static', 'media'] as const;
export type NginxCacheZone = (typeof NGINX_CACHE_ZONES)[number];

/**
 * Empties one cache zone of a running copy. nginx takes a missing cache file
 * for a miss and fetches it again, so this is safe while it serves.
 */
export function emptyCacheZone(workDir: string, zone: NginxCacheZone): void {
  const folder = join(nginxPaths(workDir).cache, zone);
  if (!existsSync(folder)) return;
  for (const entry of readdirSync(folder)) rmSync(join(folder, entry), { recursive: true, force: true });
}

/** Replaces the one line ending in `# render:<name>`; throws unless exactly one has it. */
function replaceMarked(lines: string[], name: string, replacement: string, sourcePath: string): void {
  const marker = `# render:${name}`;
  const found = lines.flatMap((line, index) => (line.trimEnd().endsWith(marker) ? [index] : []));
  if (found.length !== 1) {
    throw new Error(
      `${sourcePath}: expected exactly one line ending in "${marker}", found ${found.length}. ` +
        'deploy/nginx.ts renders the test and benchmark copies from those markers.',
    );
  }
  const index = found[0]!;
  const indent = /^\s*/.exec(lines[index]!)?.[0] ?? '';
  lines[index] = `${indent}${replacement}  ${marker}`;
}

/**
 * Replaces the run of adjacent lines ending in `# render:<name>` with one line
 * per replacement, keeping what follows the first line's address (its
 * parameters) when `keepAfter` matches it.
 */
function replaceMarkedRun(lines: string[], name: string, replacements: readonly string[], sourcePath: string): void {
  const marker = `# render:${name}`;
  const found = lines.flatMap((line, index) => (line.trimEnd().endsWith(marker) ? [index] : []));
  const first = found[0];
  if (first === undefined || found.some((index, at) => index !== first + at)) {
    throw new Error(`${sourcePath}: expected one run of adjacent lines ending in "${marker}", found ${found.length} lines.`);
  }
  const indent = /^\s*/.exec(lines[first]!)?.[0] ?? '';
  lines.splice(first, found.length, ...replacements.map((each) => `${indent}${each}  ${marker}`));
}

function checkPort(name: string, port: number): void {
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`${name} must be a TCP port, not ${port}`);
}

/** The text of a runnable copy of deploy/nginx.conf. */
export function renderNginxConf(options: NginxOptions): string {
  const { listenPort, upstreamPorts, workDir } = options;
  checkPort('listenPort', listenPort);
  if (upstreamPorts.length === 0) throw new Error('upstreamPorts must name at least one instance');
  for (const port of upstreamPorts) checkPort('upstreamPorts', port);
  if (!workDir.startsWith('/')) throw new Error(`workDir must be absolute, not ${workDir}`);
  const sourcePath = options.sourcePath ?? SHIPPED_CONF;
  const paths = nginxPaths(workDir);
  const lines = readFileSync(sourcePath, 'utf8').split('\n');
  const set = (name: string, replacement: string) => replaceMarked(lines, name, replacement, sourcePath);

  // Workers run as www-data only when the master is root; any other user runs them as itself.
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  set('user', root ? 'user www-data;' : '# (not root: workers run as the current user)');
  set('pid', `pid ${paths.pid};`);
  set('error-log', `error_log ${join(paths.logs, 'error.log')} warn;`);
  for (const temp of ['client-body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
    const directive = temp === 'client-body' ? 'client_body' : temp;
    set(`${temp}-temp`, `${directive}_temp_path ${join(paths.temp, temp)};`);
  }
  set(
    'access-log',
    options.accessLog === false ? 'access_log off;' : `access_log ${join(paths.logs, 'access.log')} press buffer=64k flush=5s;`,
  );
  for (const zone of NGINX_CACHE_ZONES) {
    const marker = `cache-${zone}`;
    const line = lines.find((each) => each.trimEnd().endsWith(`# render:${marker}`)) ?? '';
    // Keep the shipped zone settings (size, inactive, ...); only the folder moves.
    const shipped = /^\s*proxy_cache_path\s+\S+\s+(.*?);/.exec(line);
    if (!shipped) throw new Error(`${sourcePath}: the "# render:${marker}" line is not a proxy_cache_path`);
    set(marker, `proxy_cache_path ${join(paths.cache, zone)} ${shipped[1]};`);
  }
  // Keep the shipped server parameters (max_fails); only the servers change.
  const shippedServer = lines.find((each) => each.trimEnd().endsWith('# render:upstream')) ?? '';
  const parameters = /^\s*server\s+\S+\s*(.*?);/.exec(shippedServer)?.[1] ?? '';
  replaceMarkedRun(
    lines,
    'upstream',
    upstreamPorts.map((port) => `server 127.0.0.1:${port}${parameters ? ` ${parameters}` : ''};`),
    sourcePath,
  );
  set('static-root', `root ${options.staticRoot ? resolve(options.staticRoot) : paths.static};`);
  set('listen', `listen 127.0.0.1:${listenPort} default_server;`);
  return lines.join('\n');
}

/**
 * Writes a runnable copy to workDir/nginx.conf with the folders it needs, an
 * empty cache, and returns the file's path. The folders are readable by
 * www-data, which runs the workers when nginx is started as root.
 */
export function writeNginxConf(options: NginxOptions): string {
  const paths = nginxPaths(options.workDir);
  const text = renderNginxConf(options);
  rmSync(paths.cache, { recursive: true, force: true });
  for (const dir of [paths.root, paths.logs, paths.cache, paths.temp, paths.static]) {
    mkdirSync(dir, { recursive: true });
    chmodSync(dir, 0o755);
  }
  writeFileSync(paths.conf, text);
  return paths.conf;
}

/**
 * The command that runs a rendered copy in the foreground (no daemon, so the
 * process that starts it can stop it), as argv: nginx with the copy, the
 * copy's folder as prefix, and nothing read from /etc/nginx but mime.types.
 */
export function nginxArgv(confPath: string, workDir = dirname(confPath)): string[] {
  if (!existsSync(NGINX_BIN)) {
    throw new Error(`${NGINX_BIN} not found: apt-get install -y nginx (or set NGINX_BIN)`);
  }
  return [NGINX_BIN, '-p', `${resolve(workDir)}/`, '-c', resolve(confPath), '-g', 'daemon off;'];
}

/** nginxArgv as one shell command line: `/usr/sbin/nginx -p <dir>/ -c <conf> -g 'daemon off;'`. */
export function nginxCommand(confPath: string, workDir?: string): string {
  return nginxArgv(confPath, workDir)
    .map((arg) => (/^[\w./:=-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`))
    .join(' ');
}
