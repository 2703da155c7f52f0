import { hasLocale } from 'next-intl';
import { isPublic, type ReleaseIndex } from '@/content-layer/releases';
import { routing, type Locale } from '@/i18n/routing';
import { revisionOf } from './revision';
import { cleanLabel, cleanLocales, DEFAULT_LIFETIME, MAX_LIFETIME, MIN_LIFETIME, newLinkId, type ReviewClaims } from './token';

const HOUR = 60 * 60;
const DAY = 24 * HOUR;

/** The lifetimes the staff form offers, in seconds; the default is a week. */
export const LIFETIME_CHOICES = [HOUR, DAY, 3 * DAY, DEFAULT_LIFETIME, 14 * DAY, MAX_LIFETIME] as const;

export type CreateRequest = { claims: ReviewClaims; ui: Locale } | { error: string; status: 400 | 404 };

/**
 * The claims of a new link from the staff form: a release with a version not
 * yet public in every language chosen, a lifetime between an hour and 30
 * days, and a label. `reviewKeyOf` gives the release's review key now.
 */
export function claimsFromForm(
  form: FormData,
  index: ReleaseIndex,
  reviewKeyOf: (slug: string) => string,
  now = new Date(),
): CreateRequest {
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  const ui = field('ui');
  const release = index.release(field('slug'));
  if (!release) return { error: 'No release has that slug.', status: 404 };
  const locales = cleanLocales(form.getAll('locale'));
  if (!locales || locales.some((locale) => release.versions[locale] === undefined)) {
    return { error: 'Choose one or more language versions the release has.', status: 400 };
  }
  if (locales.every((locale) => isPublic(release.versions[locale]!, now))) {
    return { error: 'Those versions are public already: send the public page.', status: 400 };
  }
  const lifetime = Number(field('lifetime'));
  if (!Number.isInteger(lifetime) || lifetime < MIN_LIFETIME || lifetime > MAX_LIFETIME) {
    return { error: `The lifetime is in seconds, from ${MIN_LIFETIME} to ${MAX_LIFETIME}.`, status: 400 };
  }
  const label = cleanLabel(field('label'));
  if (!label) return { error: 'Say for whom the link is (an office), in at most 80 characters.', status: 400 };
  // Whole seconds, as the token keeps them.
  const issuedAt = new Date(Math.floor(now.getTime() / 1000) * 1000);
  return {
    ui: hasLocale(routing.locales, ui) ? ui : routing.defaultLocale,
    claims: {
      id: newLinkId(),
      slug: release.slug,
      locales,
      label,
      issuedAt,
      expiresAt: new Date(issuedAt.getTime() + lifetime * 1000),
      revision: revisionOf(reviewKeyOf(release.slug)),
    },
  };
}
