/** Runs once when the server starts, before it answers any request. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (!process.env.PREVIEW_SECRET) {
    console.warn(
      '[preview] PREVIEW_SECRET is not set: staff preview is disabled and /api/preview answers 401. ' +
        'Set PREVIEW_SECRET to a long random value to enable it.',
    );
  }
  // A build reads content where its pages need it; a server reads and indexes it all once, now.
  if (process.env.NEXT_PHASE !== 'phase-production-build') {
    const { warmContentIndexes } = await import('./content-layer/warm');
    console.log(warmContentIndexes());
  }
}
