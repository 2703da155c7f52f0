import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { buildFolders, isGenuineDraftModeCookie, readPreviewModeId } from './draft-mode';

test("only the build's own preview mode id is a genuine Draft Mode cookie", () => {
  const id = 'ddef0869575a694ed94dd473f32afe2f';
  assert.equal(isGenuineDraftModeCookie(id, id), true);
  for (const forged of ['forged', '', id.slice(0, -1), `${id} `, id.toUpperCase(), undefined]) {
    assert.equal(isGenuineDraftModeCookie(forged, id), false, String(forged));
  }
});

test('no preview mode id known: no cookie is genuine, not even an empty one', () => {
  assert.equal(isGenuineDraftModeCookie('anything', undefined), false);
  assert.equal(isGenuineDraftModeCookie('', ''), false);
  assert.equal(isGenuineDraftModeCookie(undefined, undefined), false);
});

test('the id is read from the build, preview-props.json first, then the prerender manifest', () => {
  const build = mkdtempSync(join(tmpdir(), 'dist-'));
  assert.equal(readPreviewModeId([build]), undefined);
  writeFileSync(join(build, 'prerender-manifest.json'), JSON.stringify({ preview: { previewModeId: 'from-manifest' } }));
  assert.equal(readPreviewModeId([build]), 'from-manifest');
  mkdirSync(join(build, 'server'));
  writeFileSync(join(build, 'server', 'preview-props.json'), '{ not json');
  assert.equal(readPreviewModeId([build]), 'from-manifest');
  writeFileSync(join(build, 'server', 'preview-props.json'), JSON.stringify({ previewModeId: 'from-props' }));
  assert.equal(readPreviewModeId([join(build, 'missing'), build]), 'from-props');
});

test("the build folder is where Next's server looks: next.config.ts's distDir, the standalone config's, next dev's subfolder", () => {
  assert.deepEqual(buildFolders({ NODE_ENV: 'production', NEXT_DIST_DIR: '.next-e2e' }), [resolve('.next-e2e')]);
  assert.deepEqual(buildFolders({ NODE_ENV: 'production' }), [resolve('.next')]);
  assert.deepEqual(buildFolders({ NODE_ENV: 'development' }), [resolve('.next/dev'), resolve('.next')]);
  // The standalone server runs with the config it was built with, whatever the environment says now.
  const standalone = JSON.stringify({ distDir: '.next-cluster', poweredByHeader: false });
  assert.deepEqual(buildFolders({ NODE_ENV: 'production', __NEXT_PRIVATE_STANDALONE_CONFIG: standalone }), [resolve('.next-cluster')]);
  assert.deepEqual(buildFolders({ NODE_ENV: 'production', __NEXT_PRIVATE_STANDALONE_CONFIG: '{oops' }), [resolve('.next')]);
});
