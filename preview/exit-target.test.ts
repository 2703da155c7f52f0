import assert from 'node:assert/strict';
import { test } from 'node:test';
import { exitTarget } from './exit-target';

test('exit returns to the public version of the page, in its language', () => {
  assert.equal(exitTarget('en', '/press/fixture-draft'), '/en/press/fixture-draft');
  assert.equal(exitTarget('zh-TW', '/press'), '/press');
  assert.equal(exitTarget('zh-TW', '/site-map'), '/site-map');
  assert.equal(exitTarget('en', '/'), '/en');
});

test('anything else returns home, never off the site', () => {
  for (const path of ['//evil.example', 'https://evil.example', '/\\evil.example', '/press/../x', '/preview', null, 42]) {
    assert.equal(exitTarget('en', path), '/en', String(path));
  }
  assert.equal(exitTarget('fr', '/press'), '/press');
});
