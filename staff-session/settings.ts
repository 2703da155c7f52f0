/** The staff session's cookie: HttpOnly, so no script on a page can read it. */
export const SESSION_COOKIE = 'press_staff_session';

/** A working day, unless PREVIEW_SESSION_HOURS says otherwise. */
export const DEFAULT_SESSION_HOURS = 8;
/** A week at most: a session is for a day's review, not standing access. */
const MAX_SESSION_HOURS = 24 * 7;

/** How long a staff session lasts, in seconds: PREVIEW_SESSION_HOURS (0 < hours ≤ 168), else a working day. */
export function sessionLifetimeSeconds(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const hours = Number(env.PREVIEW_SESSION_HOURS);
  const valid = Number.isFinite(hours) && hours > 0 && hours <= MAX_SESSION_HOURS;
  return Math.round((valid ? hours : DEFAULT_SESSION_HOURS) * 3600);
}
