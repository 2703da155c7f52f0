import { getTranslations } from 'next-intl/server';
import { pageLinks } from '@/content-layer/pagination';
import { LocalizedLink as Link } from './LocalizedLink';

/**
 * Previous/next and numbered page links: plain links, so they work without
 * JavaScript. `hrefFor` keeps whatever else the URL carries (filters, query).
 * A long list links the first, the last and the pages around the current
 * one, with "…" for the pages between (see pageLinks).
 */
export async function Pagination({
  page,
  totalPages,
  hrefFor,
  label,
}: {
  page: number;
  totalPages: number;
  hrefFor: (page: number) => string;
  label: string;
}) {
  if (totalPages <= 1) return null;
  const t = await getTranslations('Press');
  return (
    <nav className="pagination" aria-label={label}>
      <ul>
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev">
              {t('previous')}
            </Link>
          </li>
        ) : null}
        {pageLinks(page, totalPages).map((target, index) =>
          target === 'gap' ? (
            <li key={`gap-${index}`} className="pagination__gap">
              …
            </li>
          ) : (
            <li key={target}>
              <Link
                href={hrefFor(target)}
                aria-current={target === page ? 'page' : undefined}
                aria-label={t('page', { page: target })}
              >
                {target}
              </Link>
            </li>
          ),
        )}
        {page < totalPages ? (
          <li>
            <Link href={hrefFor(page + 1)} rel="next">
              {t('next')}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
