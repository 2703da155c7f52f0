import { PRIVATE_CACHE_CONTROL } from '@/cache-policy';
import { cookies, draftMode } from 'next/headers';
import { exitTarget } from '@/preview/exit-target';
import { SESSION_COOKIE } from '@/staff-session/settings';

/**
 * Ends the preview. A POST, because a GET link could be prefetched and end
 * the preview by accident; then back to the public page the staff member was on.
 */
export async function POST(request: Request): Promise<Response> {
  (await draftMode()).disable();
  (await cookies()).delete(SESSION_COOKIE);
  const form = await request.formData().catch(() => null);
  const target = exitTarget(form?.get('locale'), form?.get('path'));
  return new Response(null, { status: 303, headers: { 'Cache-Control': PRIVATE_CACHE_CONTROL, Location: target } });
}
