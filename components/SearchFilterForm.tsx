import { getTranslations } from 'next-intl/server';
import type { Facets } from '@/content-layer/filters';
import { currentLocale } from '@/i18n/current-locale';
import { localizedPath } from '@/i18n/urls';
import { isFiltered, searchPath, type SearchFilter } from '@/search/paging';
import { FilterForm } from './FilterForm';

/** Narrows a search to a year and an issuing unit; the query rides along. */
export async function SearchFilterForm({ query, facets, filter }: { query: string; facets: Facets; filter: SearchFilter }) {
  const locale = await currentLocale();
  const t = await getTranslations('Search');
  return (
    <FilterForm
      action={localizedPath(locale, '/search')}
      label={t('filterLabel')}
      hidden={{ q: query }}
      selects={[
        {
          name: 'year',
          id: 'search-year',
          label: t('year'),
          allLabel: t('allYears'),
          value: filter.year?.toString() ?? '',
          options: facets.years.map((year) => ({ value: String(year), label: t('yearFilter', { year }) })),
        },
        {
          name: 'unit',
          id: 'search-unit',
          label: t('unit'),
          allLabel: t('allUnits'),
          value: filter.unit ?? '',
          options: facets.units.map(({ unit, count }) => ({ value: unit, label: `${unit} (${count})` })),
        },
      ]}
      apply={t('apply')}
      clear={isFiltered(filter) ? { href: searchPath(query), label: t('clear') } : undefined}
    />
  );
}
