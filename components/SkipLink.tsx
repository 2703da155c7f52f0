import { getTranslations } from 'next-intl/server';

export const MAIN_CONTENT_ID = 'main-content';

/**
 * The first stop in the tab order, hidden until focused. It targets `<main>`,
 * which takes focus (tabIndex -1), so the next Tab lands inside the content.
 */
export async function SkipLink() {
  const t = await getTranslations('Site');
  return (
    <a className="skip-link" href={`#${MAIN_CONTENT_ID}`}>
      {t('skipLink')}
    </a>
  );
}
