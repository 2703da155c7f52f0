import { getTranslations } from 'next-intl/server';
import { taipeiDay } from '@/content-layer/dates';
import type { ReleaseVersion } from '@/content-layer/releases';
import { LocalizedLink as Link } from './LocalizedLink';
import { PublicationLabel } from './PublicationLabel';
import { ReleaseDate } from './ReleaseDate';
import { LeadImage, ReleaseGallery } from './ReleaseImages';
import { ReleaseUpdates, UPDATES_ID } from './ReleaseUpdates';
import { TagLinks } from './TagLinks';
import { TranslationNotice } from './TranslationNotice';
import { UnitName } from './UnitName';
import { WithdrawnNotice } from './WithdrawnNotice';

/**
 * A release: title (the page's only h1), dates, unit, lead image, body, the other images, files,
 * links, videos and tags, then its updates. `url` is its public address, printed on paper copies.
 * As a public record it also says when it was withdrawn and why, and when the other language has a
 * newer correction (`newer`); `comparable` numbers the corrections that have a comparison.
 */
export async function ReleaseArticle({
  release,
  url,
  comparable = new Set(),
  newer,
}: {
  release: ReleaseVersion;
  url: string;
  comparable?: ReadonlySet<number>;
  newer?: ReleaseVersion;
}) {
  const t = await getTranslations('Release');
  const record = await getTranslations('Record');
  const corrected = release.changes.length > 0;
  const showUpdated =
    release.updated !== undefined && (corrected || taipeiDay(release.updated.instant) !== taipeiDay(release.date.instant));
  return (
    <article className="release">
      <PublicationLabel release={release} />
      <h1 className="release__title">{release.title}</h1>
      {release.withdrawn ? <WithdrawnNotice withdrawn={release.withdrawn} locale={release.locale} /> : null}
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
              {corrected ? (
                <>
                  {' '}
                  <a href={`#${UPDATES_ID}`} className="release__updates-link">
                    {record('seeAllUpdates')}
                  </a>
                </>
              ) : null}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('unit')}</dt>
          <dd>
            <UnitName release={release} />
          </dd>
        </div>
        <div className="print-only">
          <dt>{t('printUrl')}</dt>
          <dd>{url}</dd>
        </div>
      </dl>
      {newer ? <TranslationNotice newer={newer} own={release} /> : null}
      <LeadImage image={release.images[0]} slug={release.slug} />
      {/* Rendered from Markdown on the server and sanitized by the content layer. */}
      <div className="release__body" dangerouslySetInnerHTML={{ __html: release.html }} />

      <ReleaseGallery images={release.images.slice(1)} slug={release.slug} />

      {release.attachments.length > 0 ? (
        <section className="release__section" aria-labelledby="release-attachments">
          <h2 id="release-attachments">{t('attachments')}</h2>
          <ul>
            {release.attachments.map((file) => (
              <li key={file.url}>
                <a href={file.url}>{file.name}</a>
                {file.type || file.size ? (
                  <span className="release__file-meta">
                    {' '}
                    ({[file.type && t('fileType', { type: file.type }), file.size && t('fileSize', { size: file.size })]
                      .filter(Boolean)
                      .join(', ')}
                    )
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <LinkListSection
        id="release-links"
        heading={t('links')}
        links={release.links.map((link) => ({ href: link.url, label: link.name }))}
      />
      <LinkListSection
        id="release-videos"
        heading={t('videos')}
        links={release.videos.map((video) => ({ href: video.url, label: video.title }))}
      />

      {release.tags.length > 0 ? (
        <section className="release__section" aria-labelledby="release-tags">
          <h2 id="release-tags">{t('tags')}</h2>
          <TagLinks tags={release.tags} />
        </section>
      ) : null}

      <ReleaseUpdates release={release} comparable={comparable} />

      {release.source ? (
        <p className="release__source">
          {t('source')}: <a href={release.source}>{release.source}</a>
        </p>
      ) : null}
    </article>
  );
}

/** A headed list of outside links (related pages, videos); nothing when there are none. */
function LinkListSection({ id, heading, links }: { id: string; heading: string; links: { href: string; label: string }[] }) {
  if (links.length === 0) return null;
  return (
    <section className="release__section" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href}>{link.label}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
