'use client';

import { useTheme } from 'next-themes';
import { useHydrated } from './use-hydrated';

interface ThemeToggleProps {
  /** The button's accessible name, e.g. "Toggle Dark/Light Mode". */
  label: string;
  /** What the button says of the current state, per theme. */
  darkState: string;
  lightState: string;
}

/**
 * Switches between dark and light. The first theme is the reader's system
 * setting; a choice is kept by next-themes across pages and reloads, and its
 * inline script applies it before the first paint, so there is no flash.
 */
export function ThemeToggle({ label, darkState, lightState }: ThemeToggleProps) {
  const { resolvedTheme, setTheme } = useTheme();
  // The server cannot know the reader's theme.
  const hydrated = useHydrated();
  const isDark = resolvedTheme === 'dark';
  return (
    <button
      type="button"
      className="theme-toggle needs-js"
      // Until hydration the button cannot act; disabled says so honestly.
      disabled={!hydrated}
      aria-pressed={hydrated ? isDark : undefined}
      aria-describedby="theme-state"
      title={label}
      onClick={() => setTheme(isDark ? 'light' : 'dark')}
    >
      <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
        {isDark ? (
          <path d="M21 12.8A9 9 0 1 1 11.2 3a7 7 0 0 0 9.8 9.8Z" fill="currentColor" />
        ) : (
          <g fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
            <circle cx="12" cy="12" r="4.5" fill="currentColor" />
            <path d="M12 1.5v2.5M12 20v2.5M1.5 12H4M20 12h2.5M4.6 4.6l1.8 1.8M17.6 17.6l1.8 1.8M4.6 19.4l1.8-1.8M17.6 6.4l1.8-1.8" />
          </g>
        )}
      </svg>
      <span className="visually-hidden">{label}</span>
      <span id="theme-state" hidden>
        {hydrated ? (isDark ? darkState : lightState) : ''}
      </span>
    </button>
  );
}
