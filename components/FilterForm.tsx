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

/** A yes/no filter, sent as `name=value` when ticked. */
export interface FilterCheckbox {
  name: string;
  value: string;
  id: string;
  label: string;
  checked: boolean;
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
  checkboxes = [],
  apply,
  clear,
}: {
  /** For links to the form (`/press#press-filters`). */
  id?: string;
  action: string;
  label: string;
  hidden?: Record<string, string>;
  selects: FilterSelect[];
  checkboxes?: FilterCheckbox[];
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
      {checkboxes.map((box) => (
        <div className="filter-form__check" key={box.name}>
          <input type="checkbox" id={box.id} name={box.name} value={box.value} defaultChecked={box.checked} />
          <label htmlFor={box.id}>{box.label}</label>
        </div>
      ))}
      <button type="submit">{apply}</button>
      {clear ? <Link href={clear.href}>{clear.label}</Link> : null}
    </form>
  );
}
