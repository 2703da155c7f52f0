import { getTranslations } from 'next-intl/server';
import type { ContentProblem } from '@/content-layer/problems';

/**
 * The content layer writes its messages in English; marked so, a screen
 * reader reads them with English pronunciation on a Chinese page too.
 */
const MESSAGE_LANGUAGE = 'en';

/**
 * Content problems for staff, one list item each, every part named in words
 * (kind, file, line, field, what is wrong and what is expected): a list of
 * description lists reads the same at any width and with any assistive
 * technology, and nothing is told by colour alone.
 */
export async function ContentProblemList({ problems }: { problems: readonly ContentProblem[] }) {
  const t = await getTranslations('Preview');
  return (
    <ol className="content-problems">
      {problems.map((problem, position) => (
        <li key={position}>
          <dl>
            <dt>{t('problemKind')}</dt>
            <dd>
              <strong>{problem.severity === 'error' ? t('problemError') : t('problemWarning')}</strong>
            </dd>
            <dt>{t('problemFile')}</dt>
            <dd>
              <code>{problem.path}</code>
            </dd>
            <dt>{t('problemLine')}</dt>
            <dd>{problem.line ?? t('problemNotGiven')}</dd>
            <dt>{t('problemField')}</dt>
            <dd>{problem.field ? <code>{problem.field}</code> : t('problemNotGiven')}</dd>
            <dt>{t('problemMessage')}</dt>
            <dd lang={MESSAGE_LANGUAGE}>{problem.message}</dd>
          </dl>
        </li>
      ))}
    </ol>
  );
}
