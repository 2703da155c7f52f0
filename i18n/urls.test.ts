import assert from 'node:assert/strict';
import { test } from 'node:test';
import { feedPath, localizedPath } from './urls';

test('Chinese paths have no prefix; English ones are under /en', () => {
  assert.equal(localizedPath('zh-TW', '/'), '/');
  assert.equal(localizedPath('zh-TW', '/press/5763'), '/press/5763');
  assert.equal(localizedPath('en', '/'), '/en');
  assert.equal(localizedPath('en', '/press/5763'), '/en/press/5763');
  assert.equal(localizedPath('en', '/press?page=2'), '/en/press?page=2');
  assert.equal(feedPath('zh-TW'), '/feed.xml');
  assert.equal(feedPath('en'), '/en/feed.xml');
});
