import assert from 'node:assert/strict';
import { test } from 'node:test';
import { register } from '../instrumentation';

test('the server says at start that preview is disabled when PREVIEW_SECRET is unset', (t) => {
  const warn = t.mock.method(console, 'warn', () => {});
  const saved = { secret: process.env.PREVIEW_SECRET, runtime: process.env.NEXT_RUNTIME };
  try {
    delete process.env.PREVIEW_SECRET;
    process.env.NEXT_RUNTIME = 'nodejs';
    register();
    assert.equal(warn.mock.callCount(), 1);
    assert.match(String(warn.mock.calls[0]?.arguments[0]), /PREVIEW_SECRET is not set: staff preview is disabled/);

    process.env.PREVIEW_SECRET = 'set';
    register();
    assert.equal(warn.mock.callCount(), 1);
  } finally {
    if (saved.secret === undefined) delete process.env.PREVIEW_SECRET;
    else process.env.PREVIEW_SECRET = saved.secret;
    if (saved.runtime === undefined) delete process.env.NEXT_RUNTIME;
    else process.env.NEXT_RUNTIME = saved.runtime;
  }
});
