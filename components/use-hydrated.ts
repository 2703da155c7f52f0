import { startTransition, useEffect, useState } from 'react';

/** Set once the page has hydrated; controls mounted later (after a client-side navigation) start true. */
let pageHydrated = false;

/**
 * False on the server and while React hydrates, true soon after: for controls
 * that cannot act, or show the reader's settings, before their script runs.
 *
 * The switch is a transition, so React renders it in short tasks of its own
 * once hydration is done. A useSyncExternalStore whose server value differs
 * from the browser's instead forces a synchronous render at the end of
 * hydration, which lengthened the longest task a phone runs on every page.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(pageHydrated);
  useEffect(() => {
    pageHydrated = true;
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return hydrated;
}
