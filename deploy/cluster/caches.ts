/**
 * Dropping what nginx has stored, while it serves. Deleting a zone's files is
 * not enough on its own: deploy/nginx.conf keeps the descriptors of hot cache
 * files open (open_file_cache, up to 60 s), and a worker goes on sending a
 * deleted file through one. So nginx is then told to reload (SIGHUP): new
 * workers, with nothing open, take the new connections; the old ones finish
 * the requests they have and exit. The zone's keys survive the reload, and a
 * key whose file is gone is a miss, fetched again from the instances.
 */
import { emptyCacheZone, type NginxCacheZone } from '../nginx';
import { pm2Processes } from './pm2';
import { clusterPaths, NGINX_APP } from './settings';

export function dropCaches(dir: string, zones: readonly NginxCacheZone[]): void {
  for (const zone of zones) emptyCacheZone(clusterPaths(dir).nginx, zone);
  const nginx = pm2Processes(dir).find((each) => each.name === NGINX_APP && each.status === 'online');
  if (nginx && nginx.pid > 0) process.kill(nginx.pid, 'SIGHUP');
}
