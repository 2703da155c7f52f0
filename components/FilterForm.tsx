import { LocalizedLink as Link } from './LocalizedLink';

export interface FilterSelect {
  name: string;
  id: string;
  label: string;
  /** The first option, which means "no filter" (an empty value). */
  allLabel: string;
  value: string;
  options: { value: string; label: string }[];
}

/**
 * Select filters as a plain GET form, so the filter lives in the URL and works
 * without JavaScript: the press list's year and tag, a search's year and unit.
 * `hidden` carries what the form does not change (a search's query).
 */
export function FilterForm({
  id,
  action,
  label,
  hidden = {},
  selects,
  apply,
  clear,
}: {
  /** For links to the form (`/press#press-filters`). */
  id?: string;
  action: string;
  label: string;
  hidden?: Record<string, string>;
  selects: FilterSelect[];
  apply: string;
  /** A link that drops the filters, shown when one is set. */
  clear?: { href: string; label: string };
}) {
  return (
    <form id={id} className="filter-form" method="get" action={action} aria-label={label}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {selects.map((select) =>
        select.options.length > 0 ? (
          <div className="filter-form__field" key={select.name}>
            <label htmlFor={select.id}>{select.label}</label>
            <select id={select.id} name={select.name} defaultValue={select.value}>
              <option value="">{select.allLabel}</option>
              {select.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
        ) : null,
      )}
      <button type="submit">{apply}</button>
      {clear ? <Link href={clear.href}>{clear.label}</Link> : null}
    </form>
  );
}
