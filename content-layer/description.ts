import type { ReleaseVersion } from './load';
import { htmlToText } from './plain-text';

/** About what a search result or a shared link shows before cutting: the description is for previews. */
const MAX_LENGTH = 160;

// Worked out once per version, when first asked: the same text for the page's
// metadata, its JSON-LD, the home page's featured release and the feeds.
const descriptions = new WeakMap<ReleaseVersion, string>();

/**
 * What a release is about, in a paragraph: its `summary`, or else its body's
 * first paragraph as plain text, cut at 160 characters.
 */
export function releaseDescription(version: ReleaseVersion): string {
  let description = descriptions.get(version);
  if (description === undefined) {
    description = version.summary ?? firstParagraph(version.html);
    descriptions.set(version, description);
  }
  return description;
}

function firstParagraph(html: string): string {
  const text = htmlToText(/<p>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '');
  const characters = Array.from(text);
  return characters.length > MAX_LENGTH ? `${characters.slice(0, MAX_LENGTH - 1).join('')}…` : text;
}
