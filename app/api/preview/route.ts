import { PRIVATE_CACHE_CONTROL } from '@/cache-policy';
import { hasLocale } from 'next-intl';
import { cookies, draftMode } from 'next/headers';
import type { NextRequest } from 'next/server';
import { loadStaffIndex } from '@/content-layer/releases';
import { routing } from '@/i18n/routing';
import { localizedPath } from '@/i18n/urls';
import { previewSecretMatches } from '@/preview/secret';
import { PREVIEW_COOKIE } from '@/preview/cookie';

const noStore = { 'Cache-Control': PRIVATE_CACHE_CONTROL };

function refuse(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { ...noStore, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/**
 * Staff open /api/preview?secret=…&slug=…&locale=… to see drafts and
 * scheduled releases. The redirect is built from the release found in the
 * content, never from the request, so it cannot lead off the site.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const params = request.nextUrl.searchParams;
  if (!previewSecretMatches(params.get('secret'))) {
    return refuse(401, 'Preview needs the right secret.');
  }
  const locale = params.get('locale') ?? routing.defaultLocale;
  if (!hasLocale(routing.locales, locale)) {
    return refuse(400, `Unknown locale: use ${routing.locales.join(' or ')}.`);
  }
  const slug = params.get('slug');
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
  return new Response(null, { status: 307, headers: { ...noStore, Location: target } });
}
