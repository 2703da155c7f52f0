/**
 * The e2e content roots, laid out by e2e/prepare-content.ts: `site` is a copy
 * of e2e/fixtures/content (the preview test edits a draft in it); `scheduling`
 * adds a release due shortly after the build, served by its own server so that
 * its going public cannot change what the other tests count.
 */
export const E2E_CONTENT_DIR = '.e2e-content/site';
export const SCHEDULING_CONTENT_DIR = '.e2e-content/scheduling';

/** A release scheduled shortly after the build, to watch it go public without a rebuild. */
export const DUE_SOON_SLUG = 'fixture-due-soon';
export const DUE_SOON_DELAY_SECONDS = 75;

/** Where `npm run build:e2e` builds the site: the folder its server runs from. */
export const E2E_DIST_DIR = process.env.E2E_DIST_DIR || '.next-e2e';
