/**
 * Where the cluster lives and how it is laid out: one folder (CLUSTER_DIR,
 * `.cluster/` in the checkout by default) holding the published releases, the
 * static files nginx serves, PM2's home, nginx's copy of deploy/nginx.conf and
 * the logs. Ports and instance count come from the environment at
 * `cluster:start` and are saved, so that status, reload, publish and stop act
 * on what is running whatever the environment says later.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout: deploy/cluster/ is two levels below it. */
export const PROJECT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');


export interface ClusterSettings {
  /** How many portal instances PM2 runs. */
  instances: number;
  /** nginx's port, on 127.0.0.1. */
  clusterPort: number;
  /** The first instance's port; the others follow it. */
  firstInstancePort: number;
  /** The content folder the instances read (drafts for preview; the build's snapshot for the public). */
  contentDir: string;
  /**
   * The Next build folder the cluster builds into and runs, relative to the
   * checkout: `.next-cluster`, apart from `.next` (which `npm run serve` and dev use).
   */
  distDir: string;
}

export function clusterDir(): string {
  return resolve(process.env.CLUSTER_DIR || join(PROJECT_DIR, '.cluster'));
}

export function clusterPaths(dir = clusterDir()) {
  return {
    dir,
    releases: join(dir, 'releases'),
    /** A symlink to the release the instances run. */
    current: join(dir, 'current'),
    /** What nginx serves at /_next/static/: the kept releases' files, merged. */
    static: join(dir, 'static'),
    nginx: join(dir, 'nginx'),
    pm2Home: join(dir, 'pm2'),
    logs: join(dir, 'logs'),
    settings: join(dir, 'settings.json'),
  };
}

function whole(name: string, fallback: number, low: number, high: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < low || value > high) {
    throw new Error(`${name}=${raw}: expected a whole number from ${low} to ${high}`);
  }
  return value;
}

/** The settings a new cluster starts with, from the environment. */
export function settingsFromEnvironment(): ClusterSettings {
  return {
    instances: whole('INSTANCES', 2, 1, 64),
    clusterPort: whole('CLUSTER_PORT', 8080, 1, 65535),
    firstInstancePort: whole('FIRST_INSTANCE_PORT', 3001, 1, 65535 - 64),
    contentDir: resolve(process.env.CONTENT_DIR || join(PROJECT_DIR, 'content')),
    distDir: process.env.CLUSTER_DIST_DIR || '.next-cluster',
  };
}

/** The running cluster's settings, or the environment's when none was started here. */
export function loadSettings(dir = clusterDir()): ClusterSettings {
  const file = clusterPaths(dir).settings;
  if (!existsSync(file)) return settingsFromEnvironment();
  return JSON.parse(readFileSync(file, 'utf8')) as ClusterSettings;
}

export function saveSettings(settings: ClusterSettings, dir = clusterDir()): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(clusterPaths(dir).settings, `${JSON.stringify(settings, null, 2)}\n`);
}

export function instancePorts(settings: ClusterSettings): number[] {
  return Array.from({ length: settings.instances }, (_, index) => settings.firstInstancePort + index);
}

/** PM2's name for the instance on a port. */
export function instanceName(port: number): string {
  return `press-${port}`;
}

export const NGINX_APP = 'press-nginx';
