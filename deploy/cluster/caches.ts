/**
 * Dropping what nginx has stored, while it serves. The zone's files are
 * deleted; the keys stay in nginx's memory, and a key whose file is gone is a
 * miss, fetched again from the instances. That holds at once only because the
 * locations of these zones turn open_file_cache off (deploy/nginx.conf): a
 * descriptor held open would go on sending the deleted file. nginx is not
 * reloaded, which would close every reader's kept-alive connection.
 */
import { emptyCacheZone, type NginxCacheZone } from '../nginx';
import { clusterPaths } from './settings';

export function dropCaches(dir: string, zones: readonly NginxCacheZone[]): void {
  for (const zone of zones) emptyCacheZone(clusterPaths(dir).nginx, zone);
}
