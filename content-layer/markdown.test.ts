import assert from 'node:assert/strict';
import { test } from 'node:test';
import { renderMarkdown } from './markdown';

test('Markdown becomes HTML, with body headings below the page title', () => {
  const html = renderMarkdown('# 標題\n\n段落與[連結](https://moda.gov.tw/)。\n\n- 一\n- 二');
  assert.match(html, /<h2>標題<\/h2>/);
  assert.match(html, /<a href="https:\/\/moda.gov.tw\/">連結<\/a>/);
  assert.match(html, /<ul>\s*<li>一<\/li>/);
});

test('raw HTML, event handlers and script URLs never reach the page', () => {
  const html = renderMarkdown(
    [
      '<script>alert(1)</script>',
      '<img src="x" onerror="alert(1)">',
      '<iframe src="https://evil.example"></iframe>',
      '[click](javascript:alert(1)) [data](data:text/html,<script>alert(1)</script>)',
      '<svg><script>alert(1)</script></svg>',
      '<style>body{display:none}</style>',
    ].join('\n\n'),
  );
  for (const forbidden of ['<script', 'onerror', '<iframe', 'javascript:', 'data:text', '<svg', '<style']) {
    assert.ok(!html.includes(forbidden), `${forbidden} reached the HTML: ${html}`);
  }
  assert.match(html, /click/);
});
