import { diffArrays, type ArrayChange } from 'diff';
import type { Locale } from '@/i18n/routing';

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** One paragraph of the comparison: a paragraph kept (maybe with changes inside), added or removed whole. */
export interface DiffBlock {
  kind: 'same' | 'changed' | 'added' | 'removed';
  parts: DiffPart[];
}

// Interleaved fragments of two paragraphs that share less than this are harder to read than the two paragraphs whole.
const MIN_SHARED_SHARE = 0.4;
// Myers' diff costs about edits² (worse with long texts), so edits are capped, per paragraph and for the whole
// comparison, keeping the worst case to some tens of milliseconds. Past the cap a word-by-word comparison would be
// unreadable anyway, so those paragraphs are shown whole.
const MAX_WORD_EDITS_PER_PARAGRAPH = 500;
const MAX_WORD_EDITS_PER_COMPARISON = 1000;
const MAX_PARAGRAPH_EDITS = 200;

/** What is left of a comparison's word edits. */
interface EditBudget {
  remaining: number;
}

const segmenters = new Map<Locale, Intl.Segmenter>();

/** Splits text into words a reader recognises: Intl.Segmenter with granularity 'word' for the locale (zh-Hant-TW or en); spaces and punctuation are their own tokens. */
export function words(text: string, locale: Locale): string[] {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale === 'zh-TW' ? 'zh-Hant-TW' : 'en', { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return Array.from(segmenter.segment(text), (segment) => segment.segment);
}

/** Compares two texts given as paragraphs (plain text, already stripped of markup). */
export function compareParagraphs(before: readonly string[], after: readonly string[], locale: Locale): DiffBlock[] {
  // Past the cap the texts are rewritten throughout: read them as one run of edited paragraphs.
  const changes = diffArrays([...before], [...after], { maxEditLength: MAX_PARAGRAPH_EDITS }) ?? [
    { value: [...before], added: false, removed: true, count: before.length },
    { value: [...after], added: true, removed: false, count: after.length },
  ];

  const blocks: DiffBlock[] = [];
  const budget: EditBudget = { remaining: MAX_WORD_EDITS_PER_COMPARISON };
  let removed: string[] = [];
  let added: string[] = [];
  // A run of removed paragraphs followed by a run of added ones is read as those paragraphs edited, in order.
  const flushEdits = (): void => {
    const paired = Math.min(removed.length, added.length);
    for (let index = 0; index < paired; index++) blocks.push(...compareParagraph(removed[index]!, added[index]!, locale, budget));
    blocks.push(...removed.slice(paired).map(wholeParagraph('removed')), ...added.slice(paired).map(wholeParagraph('added')));
    removed = [];
    added = [];
  };
  for (const change of changes) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) added.push(...change.value);
    else {
      flushEdits();
      blocks.push(...change.value.map(wholeParagraph('same')));
    }
  }
  flushEdits();
  return blocks;
}

/** One edited paragraph as a 'changed' block, or as removed + added when a word comparison would not help the reader. */
function compareParagraph(before: string, after: string, locale: Locale, budget: EditBudget): DiffBlock[] {
  const rewritten = [wholeParagraph('removed')(before), wholeParagraph('added')(after)];
  const enoughShared = MIN_SHARED_SHARE * Math.max(before.length, after.length);
  // Cheap tests first: unrelated paragraphs, the costly case for both segmenting and diffing, are recognised
  // by the characters, then the words, they have in common whatever the order.
  if (commonLength([...before], [...after]) < enoughShared) return rewritten;
  const beforeWords = words(before, locale);
  const afterWords = words(after, locale);
  if (commonLength(beforeWords, afterWords) < enoughShared) return rewritten;
  const maxEditLength = Math.min(MAX_WORD_EDITS_PER_PARAGRAPH, budget.remaining);
  const changes = maxEditLength > 0 ? diffArrays(beforeWords, afterWords, { maxEditLength }) : undefined;
  budget.remaining -= changes ? changes.reduce((edits, change) => edits + (isSame(change) ? 0 : change.count), 0) : maxEditLength;
  if (!changes) return rewritten;
  const sharedLength = changes.reduce((length, change) => length + (isSame(change) ? change.value.join('').length : 0), 0);
  return sharedLength < enoughShared ? rewritten : [{ kind: 'changed', parts: readableParts(changes) }];
}

/** Length of the tokens both sides hold, order aside: an upper bound on what a diff can find the same. */
function commonLength(before: readonly string[], after: readonly string[]): number {
  const available = new Map<string, number>();
  for (const word of before) available.set(word, (available.get(word) ?? 0) + 1);
  let length = 0;
  for (const word of after) {
    const count = available.get(word) ?? 0;
    if (count > 0) {
      available.set(word, count - 1);
      length += word.length;
    }
  }
  return length;
}

/**
 * Turns word changes into parts, merging neighbours of one kind. A lone space between two edits is given
 * to both sides ("twelve big" → "fifteen small" rather than twelve/fifteen, space, big/small), which keeps
 * same + removed equal to the old text and same + added equal to the new one.
 */
function readableParts(changes: readonly ArrayChange<string>[]): DiffPart[] {
  const parts: DiffPart[] = [];
  let removed = '';
  let added = '';
  const push = (kind: DiffPart['kind'], text: string): void => {
    if (text === '') return;
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  const flushEdit = (): void => {
    push('removed', removed);
    push('added', added);
    removed = '';
    added = '';
  };
  changes.forEach((change, index) => {
    const text = change.value.join('');
    if (change.removed) removed += text;
    else if (change.added) added += text;
    else {
      const next = changes[index + 1];
      const betweenReplacements = removed !== '' && added !== '' && next !== undefined && !isSame(next) && /^\s+$/.test(text);
      if (betweenReplacements) {
        removed += text;
        added += text;
      } else {
        flushEdit();
        push('same', text);
      }
    }
  });
  flushEdit();
  return parts;
}

function isSame(change: ArrayChange<string>): boolean {
  return !change.added && !change.removed;
}

function wholeParagraph(kind: DiffBlock['kind'] & DiffPart['kind']): (text: string) => DiffBlock {
  return (text) => ({ kind, parts: text === '' ? [] : [{ kind, text }] });
}
