import { getTranslations } from 'next-intl/server';
import { groupIndexPath, groupPath } from '@/content-layer/group-routes';
import { LocalizedLink as Link } from './LocalizedLink';

/**
 * Beside the press list's filters: the unit and tag indexes, and the chosen
 * tag's own page, where its releases have an address and feeds of their own.
 */
export async function GroupLinks({ tag }: { tag?: string }) {
  const t = await getTranslations('Groups');
  return (
    <nav className="group-links" aria-label={t('browse')}>
      <ul>
        <li>
          <Link href={groupIndexPath('unit')}>{t('allUnits')}</Link>
        </li>
        <li>
          <Link href={groupIndexPath('tag')}>{t('allTags')}</Link>
        </li>
        {tag !== undefined ? (
          <li>
            <Link href={groupPath('tag', tag)}>{t('tagPage', { tag })}</Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
