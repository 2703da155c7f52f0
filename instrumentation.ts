/** Runs once when the server starts. */
export function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && !process.env.PREVIEW_SECRET) {
    console.warn(
      '[preview] PREVIEW_SECRET is not set: staff preview is disabled and /api/preview answers 401. ' +
        'Set PREVIEW_SECRET to a long random value to enable it.',
    );
  }
}
