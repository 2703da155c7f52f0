import { getTranslations } from 'next-intl/server';
import { imageWidths, localImageUrl, variantHeight, type ShownImage } from '@/content-layer/images';
import { imageUrlForPage } from '@/review/media';

/** How wide an image is shown: the article column (52rem) on wide screens, the screen on phones; a third of it in the gallery. */
const SIZES = {
  lead: '(min-width: 54rem) 52rem, calc(100vw - 2rem)',
  gallery: '(min-width: 54rem) 17rem, (min-width: 32rem) calc(50vw - 1.5rem), calc(100vw - 2rem)',
} as const;

/**
 * One image: a release's own file (`src: photo.jpg`) in the sizes the image
 * route makes (`srcset`), or an `https://` one as it is. Always with `width`
 * and `height` when they are known, so the page does not move as it loads.
 * Many of the ministry's images have no description yet (`alt: ""`): they are
 * shown with their caption, never a made-up description, and `content:check`
 * and the staff overview list them as work for staff.
 */
export function ReleaseImage({
  image,
  slug,
  sizes,
  priority = false,
}: {
  image: ShownImage;
  slug: string;
  sizes: keyof typeof SIZES;
  /** The first screen's image: fetched at once and first; the others wait until the reader nears them. */
  priority?: boolean;
}) {
  const loading = priority ? { fetchPriority: 'high' as const } : { loading: 'lazy' as const };
  if (image.local && image.width !== undefined && image.height !== undefined) {
    const widths = imageWidths(image.width);
    // Without srcset support: a width that suits most screens.
    const fallback = widths.find((w) => w >= 960) ?? widths[widths.length - 1]!;
    const shown = widths[widths.length - 1]!;
    return (
      // eslint-disable-next-line @next/next/no-img-element
      <img
        src={imageUrlForPage(localImageUrl(slug, image.local, fallback))}
        srcSet={widths.map((w) => `${imageUrlForPage(localImageUrl(slug, image.local!, w))} ${w}w`).join(', ')}
        sizes={SIZES[sizes]}
        width={shown}
        height={variantHeight({ width: image.width, height: image.height }, shown)}
        alt={image.alt}
        decoding="async"
        {...loading}
      />
    );
  }
  return (
    // Remote images stay on the ministry's server (allowed by the CSP's img-src).
    // eslint-disable-next-line @next/next/no-img-element
    <img src={image.src} alt={image.alt} width={image.width} height={image.height} decoding="async" {...loading} />
  );
}

/** The lead (first) image, under a release's title, with its caption; the only image a printed copy keeps. */
export function LeadImage({ image, slug }: { image: ShownImage | undefined; slug: string }) {
  if (!image) return null;
  return (
    <figure className="release__lead-image">
      <ReleaseImage image={image} slug={slug} sizes="lead" priority />
      {image.caption ? <figcaption>{image.caption}</figcaption> : null}
    </figure>
  );
}

/** A release's other images, after its body, as a captioned gallery; left out of print. */
export async function ReleaseGallery({ images, slug }: { images: readonly ShownImage[]; slug: string }) {
  if (images.length === 0) return null;
  const t = await getTranslations('Release');
  return (
    <section className="release__images" aria-labelledby="release-images">
      <h2 id="release-images">{t('images')}</h2>
      {images.length > 1 ? <p className="release__image-count">{t('imageCount', { count: images.length })}</p> : null}
      <ul className="gallery">
        {images.map((image) => (
          <li key={image.src}>
            <figure>
              <ReleaseImage image={image} slug={slug} sizes="gallery" />
              {image.caption ? <figcaption>{image.caption}</figcaption> : null}
            </figure>
          </li>
        ))}
      </ul>
    </section>
  );
}
