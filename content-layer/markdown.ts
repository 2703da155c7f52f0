import type { Element, ElementContent, Root, Text } from 'hast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** The page's only `<h1>` is the release title, so headings in a body start at `<h2>`. */
function demoteHeadings() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const level = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (level) node.tagName = `h${Math.min(Number(level) + 1, 6)}`;
    });
  };
}

/**
 * `[Audrey Tang]{lang=en}` marks a phrase in another language (Pandoc's
 * bracketed-span syntax), so that screen readers switch voice for it:
 * it becomes `<span lang="en">Audrey Tang</span>`.
 */
const LANGUAGE_SPAN = /\[([^\[\]]+)\]\{lang=([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)\}/g;

function markLanguageSpans() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !LANGUAGE_SPAN.test(node.value)) return;
      LANGUAGE_SPAN.lastIndex = 0;
      const pieces: ElementContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(LANGUAGE_SPAN)) {
        if (match.index > last) pieces.push({ type: 'text', value: node.value.slice(last, match.index) });
        pieces.push({
          type: 'element',
          tagName: 'span',
          properties: { lang: match[2] },
          children: [{ type: 'text', value: match[1]! }],
        });
        last = match.index + match[0].length;
      }
      if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...pieces);
      return [SKIP, index + pieces.length];
    });
  };
}

/**
 * The sanitizer takes a `javascript:` or `data:` URL out of a link but keeps
 * the `<a>`: an element that looks like a link to search engines and checkers
 * but goes nowhere. Its text stays, as text.
 */
function unwrapLinksWithoutTarget() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'a' || node.properties.href !== undefined || !parent || index === undefined) return;
      parent.children.splice(index, 1, ...node.children);
      return [SKIP, index];
    });
  };
}

// Release files are written by staff and treated as untrusted: raw HTML in the
// Markdown is dropped (remark-rehype does not pass it through), and the result
// is sanitized, which removes event handlers and `javascript:` URLs.
const processor = unified()
  .use(remarkParse)
  .use(remarkRehype)
  .use(demoteHeadings)
  .use(markLanguageSpans)
  .use(rehypeSanitize, defaultSchema)
  .use(unwrapLinksWithoutTarget)
  .use(rehypeStringify);

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}

/**
 * A body's blocks (paragraphs, headings, lists) as separate Markdown sources,
 * for setting two translations side by side, block against block.
 */
export function splitBlocks(markdown: string): string[] {
  return markdown
    .split(/\r?\n\s*\r?\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '');
}
