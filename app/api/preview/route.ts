import { PRIVATE_CACHE_CONTROL } from '@/cache-policy';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { cookies, draftMode } from 'next/headers';
import type { NextRequest } from 'next/server';
import { loadStaffIndex } from '@/content-layer/releases';
import { languageTag } from '@/i18n/languages';
import { routing, type Locale } from '@/i18n/routing';
import { localizedPath } from '@/i18n/urls';
import { previewSecretMatches } from '@/preview/secret';
import { PREVIEW_COOKIE } from '@/preview/cookie';
import { entryFormHtml } from '@/staff-session/entry-form';
import { newSessionCookie } from '@/staff-session/request';

const noStore = { 'Cache-Control': PRIVATE_CACHE_CONTROL };
/** Scripts may send the secret in this header instead of the form. */
const SECRET_HEADER = 'x-preview-secret';

function refuse(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { ...noStore, 'Content-Type': 'text/plain; charset=utf-8' } });
}

async function entryForm(locale: Locale, slug: string, status: number, error = false): Promise<Response> {
  const t = await getTranslations({ locale, namespace: 'PreviewEntry' });
  const html = entryFormHtml(
    { lang: languageTag[locale], title: t('title'), intro: t('intro'), secretLabel: t('secret'), submit: t('submit'), error: error ? t('wrongSecret') : undefined },
    { slug, locale },
  );
  return new Response(html, { status, headers: { ...noStore, 'Content-Type': 'text/html; charset=utf-8' } });
}

/** `locale` from the form or the address; Chinese when there is none. */
function localeOf(value: string | null | undefined): Locale | null {
  const locale = value || routing.defaultLocale;
  return hasLocale(routing.locales, locale) ? locale : null;
}

/**
 * Staff open /api/preview?slug=…&locale=… and get a form that POSTs the
 * secret here: the secret never travels in an address (which browsers keep in
 * their history and servers in their logs). An address that still carries
 * one is refused, and enters nothing.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const params = request.nextUrl.searchParams;
  if (params.has('secret')) {
    return refuse(400, 'The secret goes in the form, not in the address: open /api/preview?slug=…&locale=… and type it there.');
  }
  const locale = localeOf(params.get('locale'));
  if (!locale) return refuse(400, `Unknown locale: use ${routing.locales.join(' or ')}.`);
  return entryForm(locale, params.get('slug') ?? '', 200);
}

/**
 * Enters preview: the secret from the form (or the X-Preview-Secret header),
 * then a staff session of this site's own (staff-session/) next to Next's
 * Draft Mode cookie, and on to the release. The redirect is built from the
 * release found in the content, never from the request, so it cannot lead
 * off the site.
 */
export async function POST(request: NextRequest): Promise<Response> {
  const form = await request.formData().catch(() => null);
  const formValue = (name: string) => {
    const value = form?.get(name);
    return typeof value === 'string' ? value : null;
  };
  // slug and locale may come in the address (they are no secret); the secret never does.
  const params = request.nextUrl.searchParams;
  const locale = localeOf(formValue('locale') ?? params.get('locale'));
  if (!locale) return refuse(400, `Unknown locale: use ${routing.locales.join(' or ')}.`);
  const slug = formValue('slug') ?? params.get('slug') ?? '';
  const secret = request.headers.get(SECRET_HEADER) ?? formValue('secret');
  if (!previewSecretMatches(secret)) return entryForm(locale, slug, 401, true);

  let target = localizedPath(locale, '/preview');
  if (slug) {
    const release = loadStaffIndex().index.release(slug);
    const version = release && (release.versions[locale] ?? Object.values(release.versions)[0]);
    if (!release || !version) return refuse(404, 'No release has that slug.');
    target = localizedPath(version.locale, `/press/${release.slug}`);
  }

  const draft = await draftMode();
  draft.enable();
  // Next sets the Draft Mode cookie SameSite=None; Lax still lets a link from
  // an e-mail open the preview, and keeps the cookie off cross-site requests.
  const cookieStore = await cookies();
  const value = cookieStore.get(PREVIEW_COOKIE)?.value;
  if (value) {
    cookieStore.set(PREVIEW_COOKIE, value, {
      httpOnly: true,
      sameSite: 'lax',
      secure: process.env.NODE_ENV === 'production',
      path: '/',
    });
  }
  // The Draft Mode cookie is one value per build, shared by every staff member; the
  // session is what ends (at its expiry, or when the secret changes): proxy.ts checks it.
  const session = await newSessionCookie(process.env.PREVIEW_SECRET!);
  cookieStore.set(session.name, session.value, session.options);
  return new Response(null, { status: 303, headers: { ...noStore, Location: target } });
}
