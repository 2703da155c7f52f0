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
  // What is left of such a link is its text, not an <a> that goes nowhere.
  assert.doesNotMatch(html, /<a(?![^>]*\shref=)[\s>]/);
});

test('a phrase in another language is marked with its lang', () => {
  const html = renderMarkdown('數位發展部部長[Audrey Tang]{lang=en}與代表[이은호]{lang=ko}會面。');
  assert.equal(html, '<p>數位發展部部長<span lang="en">Audrey Tang</span>與代表<span lang="ko">이은호</span>會面。</p>');
});

test('brackets that are not a language span stay as written', () => {
  assert.equal(renderMarkdown('[註一]{見附件} 與 [x]{lang=<b>}'), '<p>[註一]{見附件} 與 [x]{lang=}</p>');
});

test('a body splits into its blocks for side-by-side reading', async () => {
  const { splitBlocks } = await import('./markdown');
  assert.deepEqual(splitBlocks('第一段。\n\n## 標題\n\n- 一\n- 二\n\n\n第二段\n跨行。\n'), [
    '第一段。',
    '## 標題',
    '- 一\n- 二',
    '第二段\n跨行。',
  ]);
});
