import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.2 A and AA, and axe's best practices: what every page of the portal must pass. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * The violations axe finds on the page as it is now, each labelled with
 * `state` (what was checked), so that a failure names it.
 *
 * In axe's legacy mode, which runs in the page itself: the default mode opens
 * a blank page for every run to finish it in, which doubled the cost of the
 * accessibility spec, then half of the e2e suite's time. What legacy mode
 * cannot do, frames from other origins, no page of the portal has. Only
 * violations are detailed: passes are not read.
 */
export async function axeViolations(page: Page, state = '') {
  const { violations } = await new AxeBuilder({ page })
    .withTags(AXE_TAGS)
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return violations.map(({ id, nodes }) => ({ state, id, targets: nodes.map((node) => node.target) }));
}
