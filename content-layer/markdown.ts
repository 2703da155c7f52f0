import type { Element, Root } from 'hast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** The page's only `<h1>` is the release title, so headings in a body start at `<h2>`. */
function demoteHeadings() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const level = /^h([1-6])$/.exec(node.tagName)?.[1];
      if (level) node.tagName = `h${Math.min(Number(level) + 1, 6)}`;
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
  .use(rehypeSanitize, defaultSchema)
  .use(rehypeStringify);

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
