import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderNginxConf } from './nginx';

const render = (upstreamPorts: number[]) => renderNginxConf({ listenPort: 8080, upstreamPorts, workDir: '/tmp/press-nginx-test' });

test('one server line per instance, keeping the shipped server parameters', () => {
  const servers = render([3001, 3002, 3003])
    .split('\n')
    .filter((line) => /^\s*server 127\.0\.0\.1:/.test(line))
    .map((line) => line.trim().replace(/\s+# render:upstream$/, ''));
  assert.deepEqual(servers, [
    'server 127.0.0.1:3001 max_fails=0;',
    'server 127.0.0.1:3002 max_fails=0;',
    'server 127.0.0.1:3003 max_fails=0;',
  ]);
});

test('the copy listens on loopback, serves static files from its own folder and keeps the retry rules', () => {
  const text = render([3001]);
  assert.match(text, /listen 127\.0\.0\.1:8080 default_server;/);
  assert.match(text, /root \/tmp\/press-nginx-test\/static;/);
  assert.match(text, /proxy_next_upstream error timeout http_502 http_503 http_504;/);
  assert.doesNotMatch(text, /:3002/);
});

test('no instance, or a port that is not one, is refused', () => {
  assert.throws(() => render([]), /at least one instance/);
  assert.throws(() => render([70000]), /must be a TCP port/);
});
