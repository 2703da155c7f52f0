import { getTranslations } from 'next-intl/server';
import { SHOW_PARAM, SHOW_WITHDRAWN, type Facets, type ListFilter } from '@/content-layer/filters';
import { currentLocale } from '@/i18n/current-locale';
import { localizedPath } from '@/i18n/urls';
import { FilterForm } from './FilterForm';

/** Year and tag filters of the press list, and withdrawn releases shown or not where there are any. */
export async function PressFilterForm({ facets, filter, offerWithdrawn }: { facets: Facets; filter: ListFilter; offerWithdrawn: boolean }) {
  const locale = await currentLocale();
  const t = await getTranslations('Press');
  const record = await getTranslations('Record');
  const filtered = filter.year !== undefined || filter.tag !== undefined || filter.withdrawn === true;
  return (
    <FilterForm
      id="press-filters"
      action={localizedPath(locale, '/press')}
      label={t('filterLabel')}
      selects={[
        {
          name: 'year',
          id: 'filter-year',
          label: t('year'),
          allLabel: t('allYears'),
          value: filter.year?.toString() ?? '',
          options: facets.years.map((year) => ({ value: String(year), label: t('yearFilter', { year }) })),
        },
        {
          name: 'tag',
          id: 'filter-tag',
          label: t('tag'),
          allLabel: t('allTags'),
          value: filter.tag ?? '',
          options: facets.tags.map(({ tag, count }) => ({ value: tag, label: `${tag} (${count})` })),
        },
      ]}
      checkboxes={
        offerWithdrawn || filter.withdrawn
          ? [{ name: SHOW_PARAM, value: SHOW_WITHDRAWN, id: 'filter-withdrawn', label: record('includeWithdrawn'), checked: filter.withdrawn === true }]
          : []
      }
      apply={t('apply')}
      clear={filtered ? { href: '/press', label: t('clear') } : undefined}
    />
  );
}
