import assert from 'node:assert/strict';
import { test } from 'node:test';
import { previewSecretMatches } from './secret';

test('only the exact secret opens preview', () => {
  assert.equal(previewSecretMatches('correct horse battery', 'correct horse battery'), true);
  for (const guess of ['correct horse batter', 'correct horse battery ', 'Correct horse battery', '', 'x'.repeat(5000)]) {
    assert.equal(previewSecretMatches(guess, 'correct horse battery'), false, guess.slice(0, 30));
  }
  assert.equal(previewSecretMatches(null, 'correct horse battery'), false);
});

test('no secret configured: preview is off, whatever is given', () => {
  assert.equal(previewSecretMatches('anything', undefined), false);
  assert.equal(previewSecretMatches('', ''), false);
});
