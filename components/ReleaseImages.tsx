import { getTranslations } from 'next-intl/server';
import type { ReleaseImage } from '@/content-layer/schema';

/** Beyond this many, images are laid out as a gallery grid rather than one under another. */
const GALLERY_FROM = 3;

/**
 * A release's images as captioned figures. Many of the ministry's images have
 * no description yet (`alt: ""`): they are shown with their caption, never a
 * made-up description, and `content:check` lists them as work for staff.
 */
export async function ReleaseImages({ images }: { images: readonly ReleaseImage[] }) {
  if (images.length === 0) return null;
  const t = await getTranslations('Release');
  const gallery = images.length >= GALLERY_FROM;
  return (
    <section className="release__images" aria-labelledby="release-images">
      <h2 id="release-images">{t('images')}</h2>
      {gallery ? <p className="release__image-count">{t('imageCount', { count: images.length })}</p> : null}
      <ul className={gallery ? 'gallery' : 'figure-list'}>
        {images.map((image) => (
          <li key={image.src}>
            <figure>
              {/* Images stay on the ministry's server; next/image would need each origin configured. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={image.src} alt={image.alt} loading="lazy" decoding="async" />
              {image.caption ? <figcaption>{image.caption}</figcaption> : null}
            </figure>
          </li>
        ))}
      </ul>
    </section>
  );
}
