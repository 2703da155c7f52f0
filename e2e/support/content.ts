/**
 * The e2e content roots, laid out by e2e/prepare-content.ts: `site` is a copy
 * of e2e/fixtures/content (the preview test edits a draft in it), and what the
 * build reads; `scheduling` is another copy, to which scheduling.spec.ts adds a
 * release due shortly after it starts that copy's server itself, so that its
 * going public cannot change what the other tests count.
 */
export const E2E_CONTENT_DIR = '.e2e-content/site';
export const SCHEDULING_CONTENT_DIR = '.e2e-content/scheduling';

/** A release scheduled shortly after its server starts, to watch it go public without a rebuild. */
export const DUE_SOON_SLUG = 'fixture-due-soon';
/** From writing the release to its time: its server starts well within it (a few seconds). */
export const DUE_SOON_DELAY_SECONDS = 45;

/** Where `npm run build:e2e` builds the site: the folder its server runs from. */
export const E2E_DIST_DIR = process.env.E2E_DIST_DIR || '.next-e2e';
