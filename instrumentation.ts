/** Runs once when the server starts, before it answers any request. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (!process.env.PREVIEW_SECRET) {
    console.warn(
      '[preview] PREVIEW_SECRET is not set: staff preview is disabled and /api/preview answers 401. ' +
        'Set PREVIEW_SECRET to a long random value to enable it.',
    );
  }
  // A build reads content where its pages need it; a server loads it all once, now: from the
  // snapshot the build made (see snapshot/snapshot.ts), or by reading and indexing the tree.
  if (process.env.NEXT_PHASE !== 'phase-production-build') {
    const { warmContentIndexes } = await import('./snapshot/warm');
    const { snapshotLocation } = await import('./content-layer/build-folder');
    console.log(
      await warmContentIndexes(
        // `next dev` builds into its own folder, but NEXT_DIST_DIR names the production build's,
        // whose snapshot would show the content of that build rather than the tree being edited.
        process.env.NODE_ENV === 'production'
          ? { location: snapshotLocation() }
          : { location: null, reason: 'a development server reads the tree' },
      ),
    );
    // The corrections' comparisons: the build's, or worked out from the content folder's git history.
    const { warmHistory } = await import('./history/store');
    console.log(warmHistory());
  }
}
