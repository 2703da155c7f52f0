import { getTranslations } from 'next-intl/server';
import { LocalizedLink as Link } from './LocalizedLink';

/** Home > Press releases > the current page, which is not a link. */
export async function Breadcrumb({ current }: { current: string }) {
  const t = await getTranslations();
  return (
    <nav className="breadcrumb" aria-label={t('Breadcrumb.label')}>
      <ol>
        <li>
          <Link href="/">{t('Nav.home')}</Link>
        </li>
        <li>
          <Link href="/press">{t('Nav.press')}</Link>
        </li>
        <li>
          <span aria-current="page">{current}</span>
        </li>
      </ol>
    </nav>
  );
}
