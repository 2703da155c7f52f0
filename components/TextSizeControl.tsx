'use client';

import { useSyncExternalStore } from 'react';
import { readTextSize, TEXT_SIZES, writeTextSize, type TextSize } from './text-size';
import { useHydrated } from './use-hydrated';

interface TextSizeControlProps {
  label: string;
  names: Record<TextSize, string>;
}

const listeners = new Set<() => void>();
const unknownSize = () => null;
function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Three text sizes, as on the ministry's site. The choice is kept in
 * localStorage and applied by an inline script before the first paint
 * (see text-size.ts), like the theme.
 */
export function TextSizeControl({ label, names }: TextSizeControlProps) {
  // null on the server and until hydrated: the reader's choice is only in the browser. Reading it
  // only once hydrated keeps the value React hydrates with equal to the server's (see useHydrated).
  const hydrated = useHydrated();
  const current = useSyncExternalStore(subscribe, hydrated ? readTextSize : unknownSize, unknownSize);
  const choose = (size: TextSize) => {
    writeTextSize(size);
    listeners.forEach((listener) => listener());
  };
  return (
    <div className="text-size needs-js" role="group" aria-labelledby="text-size-label">
      <span id="text-size-label" className="text-size__label">
        {label}
      </span>
      {TEXT_SIZES.map((size) => (
        <button
          key={size}
          type="button"
          className={`text-size__option text-size__option--${size}`}
          data-label={names[size]}
          disabled={current === null}
          aria-pressed={current === null ? undefined : current === size}
          onClick={() => choose(size)}
        >
          {names[size]}
        </button>
      ))}
    </div>
  );
}
