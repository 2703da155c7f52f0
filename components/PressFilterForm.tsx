import { getTranslations } from 'next-intl/server';
import type { Facets, ListFilter } from '@/content-layer/filters';
import { currentLocale } from '@/i18n/current-locale';
import { localizedPath } from '@/i18n/urls';
import { LocalizedLink as Link } from './LocalizedLink';

/** Year and tag filters: a plain GET form, so the filter lives in the URL and works without JavaScript. */
export async function PressFilterForm({ facets, filter }: { facets: Facets; filter: ListFilter }) {
  const locale = await currentLocale();
  const t = await getTranslations('Press');
  const filtered = filter.year !== undefined || filter.tag !== undefined;
  return (
    <form className="filter-form" method="get" action={localizedPath(locale, '/press')} aria-label={t('filterLabel')}>
      <div className="filter-form__field">
        <label htmlFor="filter-year">{t('year')}</label>
        <select id="filter-year" name="year" defaultValue={filter.year ?? ''}>
          <option value="">{t('allYears')}</option>
          {facets.years.map((year) => (
            <option key={year} value={year}>
              {t('yearFilter', { year })}
            </option>
          ))}
        </select>
      </div>
      {facets.tags.length > 0 ? (
        <div className="filter-form__field">
          <label htmlFor="filter-tag">{t('tag')}</label>
          <select id="filter-tag" name="tag" defaultValue={filter.tag ?? ''}>
            <option value="">{t('allTags')}</option>
            {facets.tags.map(({ tag, count }) => (
              <option key={tag} value={tag}>
                {`${tag} (${count})`}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button type="submit">{t('apply')}</button>
      {filtered ? <Link href="/press">{t('clear')}</Link> : null}
    </form>
  );
}
