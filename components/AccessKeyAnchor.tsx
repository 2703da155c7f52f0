import { getTranslations } from 'next-intl/server';

const AREAS = { U: 'top', C: 'center', Z: 'bottom', S: 'search' } as const;

/**
 * Taiwan's government sites mark the top (U), central (C) and bottom (Z)
 * areas and the search box (S) of every page with a ":::" anchor that has an access key, so that
 * Alt+U/C/Z/S (Shift+Alt in Firefox, Control+Option on macOS) jumps there.
 * The anchor links to itself; its name says which area it marks.
 */
export async function AccessKeyAnchor({ area }: { area: keyof typeof AREAS }) {
  const t = await getTranslations('AccessKeys');
  const label = t(AREAS[area]);
  return (
    <a id={area} href={`#${area}`} accessKey={area} title={label} aria-label={label} className="access-key">
      :::
    </a>
  );
}
