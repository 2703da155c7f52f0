import { getTranslations } from 'next-intl/server';
import { currentLocale } from '@/i18n/current-locale';
import { localizedPath } from '@/i18n/urls';

/**
 * A plain GET form to /search, so it works without JavaScript. `id` keeps the
 * header's and the search page's fields apart; `query` refills the field.
 */
export async function SearchForm({ id, query = '' }: { id: string; query?: string }) {
  const locale = await currentLocale();
  const t = await getTranslations('Search');
  return (
    <form className="search-form" role="search" method="get" action={localizedPath(locale, '/search')}>
      <label htmlFor={id} className="visually-hidden">
        {t('label')}
      </label>
      <input id={id} type="search" name="q" defaultValue={query} maxLength={2000} autoComplete="off" />
      <button type="submit">{t('button')}</button>
    </form>
  );
}
