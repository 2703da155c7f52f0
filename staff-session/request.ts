import { sessionLifetimeSeconds, SESSION_COOKIE } from './settings';
import { issueSessionToken, sessionTokenIsValid } from './token';

/** Whether a request's session cookie is a staff session under today's PREVIEW_SECRET, not yet expired. */
export function hasStaffSession(cookieValue: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  return sessionTokenIsValid(cookieValue, env.PREVIEW_SECRET);
}

export interface SessionCookie {
  name: string;
  value: string;
  options: { httpOnly: true; sameSite: 'lax'; secure: boolean; path: '/'; maxAge: number };
}

/**
 * A new session, as the cookie to set: HttpOnly, SameSite=Lax (a link from an
 * e-mail still opens the preview), Secure in production, gone from the
 * browser when the session ends (the server refuses it from then on anyway).
 */
export async function newSessionCookie(secret: string, env: NodeJS.ProcessEnv = process.env): Promise<SessionCookie> {
  const lifetime = sessionLifetimeSeconds(env);
  return {
    name: SESSION_COOKIE,
    value: await issueSessionToken(secret, lifetime),
    options: { httpOnly: true, sameSite: 'lax', secure: env.NODE_ENV === 'production', path: '/', maxAge: lifetime },
  };
}
