export const TEXT_SIZES = ['small', 'medium', 'large'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

const STORAGE_KEY = 'text-size';

/**
 * Runs inline in <head> before the first paint, so a reader's chosen size
 * never flashes at the default. Kept tiny and dependency-free on purpose.
 */
export const APPLY_SAVED_TEXT_SIZE = `try{var s=localStorage.getItem('${STORAGE_KEY}');if(s==='small'||s==='large')document.documentElement.dataset.textSize=s}catch(e){}`;

export function readTextSize(): TextSize {
  const size = document.documentElement.dataset.textSize;
  return size === 'small' || size === 'large' ? size : 'medium';
}

export function writeTextSize(size: TextSize): void {
  if (size === 'medium') delete document.documentElement.dataset.textSize;
  else document.documentElement.dataset.textSize = size;
  try {
    localStorage.setItem(STORAGE_KEY, size);
  } catch {
    // Private browsing may refuse storage; the size still applies to this page.
  }
}
