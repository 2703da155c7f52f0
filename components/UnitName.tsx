import { groupPath } from '@/content-layer/group-routes';
import type { ReleaseVersion } from '@/content-layer/releases';
import { getUnitTable, unitSlug } from '@/content-layer/units';
import { LocalizedLink as Link } from './LocalizedLink';

/**
 * A release's issuing unit, as a link to the unit's page (its releases and
 * feeds). Plain text only for a unit the units file lacks, which content:check
 * and the build refuse, so a staff preview of such a draft still renders.
 */
export function UnitName({ release }: { release: Pick<ReleaseVersion, 'locale' | 'unit'> }) {
  const slug = unitSlug(getUnitTable(), release);
  return slug === undefined ? <>{release.unit}</> : <Link href={groupPath('unit', slug)}>{release.unit}</Link>;
}
