import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where the running build is, as Next's server finds it: the standalone
 * server (`node server.js`) passes the config it was built with in
 * `__NEXT_PRIVATE_STANDALONE_CONFIG` and runs from its own folder; otherwise
 * the same rule as next.config.ts (`NEXT_DIST_DIR`, or `.next`). `next dev`
 * builds into `<distDir>/dev`.
 */
export function buildFolders(env: NodeJS.ProcessEnv = process.env): string[] {
  let distDir = env.NEXT_DIST_DIR || '.next';
  try {
    const standalone: unknown = JSON.parse(env.__NEXT_PRIVATE_STANDALONE_CONFIG ?? 'null');
    const configured = (standalone as { distDir?: unknown } | null)?.distDir;
    if (typeof configured === 'string' && configured) distDir = configured;
  } catch {
    // Not a standalone server.
  }
  // Read at run time from a folder chosen by the environment; it is not code to trace.
  const folder = resolve(/*turbopackIgnore: true*/ distDir);
  return env.NODE_ENV === 'production' ? [folder] : [join(folder, 'dev'), folder];
}

/**
 * The build's preview mode id: the value of Next's Draft Mode cookie, which
 * `draftMode().enable()` sets and `draftMode().isEnabled` compares the cookie
 * with (next/dist/server/async-storage/draft-mode-provider.js). Next keeps it in
 * `<distDir>/server/preview-props.json`, and in `prerender-manifest.json` under
 * `preview`. Undefined when neither can be read.
 */
export function readPreviewModeId(folders: readonly string[] = buildFolders()): string | undefined {
  for (const folder of folders) {
    for (const [file, pick] of [
      ['server/preview-props.json', (json: unknown) => (json as { previewModeId?: unknown }).previewModeId],
      ['prerender-manifest.json', (json: unknown) => (json as { preview?: { previewModeId?: unknown } }).preview?.previewModeId],
    ] as const) {
      try {
        const id = pick(JSON.parse(readFileSync(join(/*turbopackIgnore: true*/ folder, file), 'utf8')));
        if (typeof id === 'string' && id) return id;
      } catch {
        // Not this file: try the next one.
      }
    }
  }
  return undefined;
}

/** Read once per process; a build does not change under a running server. */
const PREVIEW_MODE_ID = Symbol.for('moda-press-portal.preview-mode-id');
const WARNED = Symbol.for('moda-press-portal.preview-mode-id-warned');
const processGlobal = globalThis as typeof globalThis & { [PREVIEW_MODE_ID]?: string; [WARNED]?: boolean };

function previewModeId(): string | undefined {
  const cached = processGlobal[PREVIEW_MODE_ID];
  if (cached) return cached;
  const id = readPreviewModeId();
  if (id) processGlobal[PREVIEW_MODE_ID] = id;
  else if (!processGlobal[WARNED]) {
    processGlobal[WARNED] = true;
    console.warn(
      `[preview] the build's preview mode id was not found under ${buildFolders().join(' or ')}: ` +
        'requests with a Draft Mode cookie are answered as for the public until it is.',
    );
  }
  return id;
}

/**
 * Whether a Draft Mode cookie is one Next will honour, i.e. one that
 * /api/preview set: exactly the build's preview mode id (compared in constant
 * time). A forged, empty or stale cookie is not; nor is any cookie when the
 * id cannot be read, so that the proxy never treats a request as staff's
 * when the pages would not.
 */
export function isGenuineDraftModeCookie(value: string | undefined, expected: string | undefined = previewModeId()): boolean {
  if (!value || !expected) return false;
  // As for the preview secret (secret.ts): hashed first, so the time taken says nothing about the id.
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(value), digest(expected));
}
