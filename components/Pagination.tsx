import { getTranslations } from 'next-intl/server';
import { LocalizedLink as Link } from './LocalizedLink';

/** Previous/next and numbered page links: plain links, so they work without JavaScript. */
export async function Pagination({ page, totalPages, path }: { page: number; totalPages: number; path: string }) {
  if (totalPages <= 1) return null;
  const t = await getTranslations('Press');
  const hrefFor = (target: number) => (target === 1 ? path : `${path}?page=${target}`);
  return (
    <nav className="pagination" aria-label={t('pagination')}>
      <ul>
        {page > 1 ? (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev">
              {t('previous')}
            </Link>
          </li>
        ) : null}
        {Array.from({ length: totalPages }, (_, index) => index + 1).map((target) => (
          <li key={target}>
            <Link
              href={hrefFor(target)}
              aria-current={target === page ? 'page' : undefined}
              aria-label={t('page', { page: target })}
            >
              {target}
            </Link>
          </li>
        ))}
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
