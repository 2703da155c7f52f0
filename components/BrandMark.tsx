/**
 * The portal's mark: four "pixels" on a rounded square, the top right one a
 * round node: digital building blocks, one of them a person or a network node.
 * Drawn for this portal; public/icon.svg is the same drawing with fixed colours.
 * Decorative here: the wordmark's text names the ministry.
 */
export function BrandMark({ size = 40 }: { size?: number }) {
  return (
    <svg className="brand-mark" aria-hidden="true" focusable="false" viewBox="0 0 64 64" width={size} height={size}>
      <rect className="brand-mark__tile" width="64" height="64" rx="14" />
      <g className="brand-mark__pixels">
        <rect x="14" y="14" width="15" height="15" rx="3" />
        <circle cx="42.5" cy="21.5" r="8" />
        <rect x="14" y="35" width="15" height="15" rx="3" />
        <rect x="35" y="35" width="15" height="15" rx="3" />
      </g>
    </svg>
  );
}
