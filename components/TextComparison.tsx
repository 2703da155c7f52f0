import { getTranslations } from 'next-intl/server';
import type { DiffBlock } from '@/history/word-diff';

/**
 * A comparison of two versions of a text, paragraph by paragraph: removed
 * words struck through in `<del>`, added ones underlined in `<ins>`, each also
 * announced as "removed" / "added" by words a screen reader reads (most say
 * nothing of `<del>` and `<ins>`), and marked by more than colour, so that
 * the change shows on paper and in forced colours too.
 */
export async function TextComparison({ blocks, lang }: { blocks: readonly DiffBlock[]; lang: string }) {
  const t = await getTranslations('Record');
  return (
    <div className="comparison__text" lang={lang}>
      {blocks.map((block, index) => (
        <p key={index} className={`comparison__block comparison__block--${block.kind}`}>
          {block.parts.map((part, at) =>
            part.kind === 'same' ? (
              part.text
            ) : part.kind === 'removed' ? (
              <del key={at}>
                <span className="visually-hidden">{t('removedStart')}</span>
                {part.text}
                <span className="visually-hidden">{t('removedEnd')}</span>
              </del>
            ) : (
              <ins key={at}>
                <span className="visually-hidden">{t('addedStart')}</span>
                {part.text}
                <span className="visually-hidden">{t('addedEnd')}</span>
              </ins>
            ),
          )}
        </p>
      ))}
    </div>
  );
}

/** How many passages a comparison removes and adds. */
export function changeCounts(blocks: readonly DiffBlock[]): { removed: number; added: number } {
  const parts = blocks.flatMap((block) => block.parts);
  return {
    removed: parts.filter((part) => part.kind === 'removed').length,
    added: parts.filter((part) => part.kind === 'added').length,
  };
}
