import type { Page } from '@playwright/test';

interface RecordedShift {
  at: number;
  afterInput: boolean;
  what: string;
}

/** Records every layout shift of the page from its next load on: call before `goto`, read with `layoutShifts`. */
export async function recordLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node | null }[] };
    const shifts: RecordedShift[] = [];
    (window as unknown as { __shifts: RecordedShift[] }).__shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        const moved = (entry.sources ?? []).map(({ node }) =>
          node instanceof Element ? `${node.tagName.toLowerCase()}.${node.getAttribute('class') ?? ''}` : String(node?.nodeName),
        );
        shifts.push({
          at: entry.startTime,
          afterInput: entry.hadRecentInput,
          what: `${entry.value} at ${Math.round(entry.startTime)} ms: ${moved.join(', ')}`,
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/**
 * The shifts recorded so far, each as its value, time and what moved. `afterLoad` keeps those from the
 * load event on; `ignoreInput` leaves out those right after the reader's input, as CLS does.
 */
export function layoutShifts(page: Page, { afterLoad = false, ignoreInput = false } = {}): Promise<string[]> {
  return page.evaluate(
    ({ afterLoad, ignoreInput }) => {
      const loadedAt = afterLoad ? (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart : 0;
      return (window as unknown as { __shifts: RecordedShift[] }).__shifts
        .filter(({ at, afterInput }) => at >= loadedAt && !(ignoreInput && afterInput))
        .map(({ what }) => what);
    },
    { afterLoad, ignoreInput },
  );
}
