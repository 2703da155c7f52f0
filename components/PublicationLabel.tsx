import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/content-layer/dates';
import { publicationState, type ReleaseVersion } from '@/content-layer/releases';

/** "Draft" or "Scheduled for <date>" on a release staff can see before the public; nothing once public. */
export async function PublicationLabel({ release }: { release: ReleaseVersion }) {
  const state = publicationState(release, new Date());
  if (state === 'public') return null;
  const t = await getTranslations('Preview');
  return (
    <strong className={`publication-label publication-label--${state}`}>
      {state === 'draft' ? t('draft') : t('scheduled', { date: formatDate(release.date.instant, release.locale) })}
    </strong>
  );
}
