/**
 * The portal's mark: four "pixels" on a rounded square, the top right one a
 * round node: digital building blocks, one of them a person or a network node.
 * Drawn for this portal; public/icon.svg is the same drawing with fixed colours.
 * Decorative here: the wordmark's text names the ministry.
 *
 * Drawn by the stylesheet (`.brand-mark` in app/globals.css), not as inline
 * SVG: the stylesheet is fetched once and cached, where inline markup travels
 * twice in every document (its HTML and its flight data), 620 bytes a page.
 */
export function BrandMark() {
  return <span className="brand-mark" />;
}
