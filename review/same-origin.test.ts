import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isSameOriginRequest } from './same-origin';

const SITE = 'https://press.moda.gov.tw';
const request = (headers: Record<string, string>) => isSameOriginRequest(new Headers(headers), SITE);

test("a POST from the portal's own pages is accepted: the public origin, or the host it was sent to", () => {
  assert.equal(request({ origin: SITE, 'sec-fetch-site': 'same-origin' }), true);
  assert.equal(request({ origin: 'http://127.0.0.1:3151', host: '127.0.0.1:3151' }), true);
});

test('a POST from another site, or naming no origin, is refused', () => {
  for (const headers of <Record<string, string>[]>[
    { origin: 'https://evil.example', host: 'press.moda.gov.tw' },
    { origin: 'https://evil.example', 'sec-fetch-site': 'same-origin' },
    { origin: SITE, 'sec-fetch-site': 'cross-site' },
    { origin: SITE, 'sec-fetch-site': 'same-site' },
    { origin: 'null', host: 'press.moda.gov.tw' },
    { origin: 'https://press.moda.gov.tw.evil.example' },
    { origin: 'http://press.moda.gov.tw' },
    { host: 'press.moda.gov.tw' },
    {},
  ]) {
    assert.equal(request(headers), false, JSON.stringify(headers));
  }
});
