/**
 * Driving the cluster's commands from another program (the cluster e2e test
 * and the publish benchmark): each runs `tsx deploy/cluster/cli.ts` with the
 * cluster's settings in its environment, as an operator's shell would.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_DIR } from './settings';

const run = promisify(execFile);
const TSX = join(PROJECT_DIR, 'node_modules', '.bin', 'tsx');
const CLI = join(PROJECT_DIR, 'deploy', 'cluster', 'cli.ts');

export interface ClusterStatus {
  url: string;
  instances: { port: number; pid: number | null }[];
}

export interface ClusterControl {
  /** Runs a command (start, reload, stop, publish, rollback); resolves with what it logged, rejects with it on failure. */
  command(name: string): Promise<string>;
  status(): Promise<ClusterStatus>;
}

/** `environment`: CLUSTER_DIR, CLUSTER_PORT, FIRST_INSTANCE_PORT, INSTANCES, CONTENT_DIR, CLUSTER_DIST_DIR, PREVIEW_SECRET... */
export function clusterControl(environment: Record<string, string>): ClusterControl {
  const options = { cwd: PROJECT_DIR, env: { ...process.env, ...environment }, maxBuffer: 64 * 1024 * 1024 };
  return {
    async command(name) {
      try {
        const { stdout, stderr } = await run(TSX, [CLI, name], options);
        return `${stdout}${stderr}`;
      } catch (error) {
        const failure = error as { stdout?: string; stderr?: string; message: string };
        throw new Error(`cluster ${name} failed:\n${failure.stdout ?? ''}${failure.stderr ?? failure.message}`);
      }
    },
    async status() {
      const { stdout } = await run(TSX, [CLI, 'status'], options);
      return JSON.parse(stdout) as ClusterStatus;
    },
  };
}
