import { getTranslations } from 'next-intl/server';

/**
 * The first stop in the tab order, hidden until focused. It leads to the
 * central area's ":::" anchor at the start of `<main>`, which takes focus, so
 * the next Tab lands inside the content.
 */
export async function SkipLink() {
  const t = await getTranslations('Site');
  return (
    <a className="skip-link" href="#C">
      {t('skipLink')}
    </a>
  );
}
