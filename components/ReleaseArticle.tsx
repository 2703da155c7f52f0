import { getTranslations } from 'next-intl/server';
import { taipeiDay } from '@/content-layer/dates';
import type { ReleaseVersion } from '@/content-layer/releases';
import { PublicationLabel } from './PublicationLabel';
import { ReleaseDate } from './ReleaseDate';

/** A release: title (the page's only h1), dates, unit, body and images. */
/** `url` is the release's public address, printed on paper copies. */
export async function ReleaseArticle({ release, url }: { release: ReleaseVersion; url: string }) {
  const t = await getTranslations('Release');
  const showUpdated =
    release.updated !== undefined && taipeiDay(release.updated.instant) !== taipeiDay(release.date.instant);
  return (
    <article className="release">
      <PublicationLabel release={release} />
      <h1 className="release__title">{release.title}</h1>
      <dl className="release__meta">
        <div>
          <dt>{t('published')}</dt>
          <dd>
            <ReleaseDate date={release.date} locale={release.locale} />
          </dd>
        </div>
        {showUpdated && release.updated ? (
          <div>
            <dt>{t('updated')}</dt>
            <dd>
              <ReleaseDate date={release.updated} locale={release.locale} />
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('unit')}</dt>
          <dd>{release.unit}</dd>
        </div>
        <div className="print-only">
          <dt>{t('printUrl')}</dt>
          <dd>{url}</dd>
        </div>
      </dl>
      {/* Rendered from Markdown on the server and sanitized by the content layer. */}
      <div className="release__body" dangerouslySetInnerHTML={{ __html: release.html }} />
      {release.images.length > 0 ? (
        <section className="release__images" aria-labelledby="release-images">
          <h2 id="release-images">{t('images')}</h2>
          {release.images.map((image) => (
            <figure key={image.src}>
              {/* Images may live on the ministry's server: next/image would need each origin configured. */}
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img src={image.src} alt={image.alt} loading="lazy" decoding="async" />
              {image.caption ? <figcaption>{image.caption}</figcaption> : null}
            </figure>
          ))}
        </section>
      ) : null}
    </article>
  );
}
