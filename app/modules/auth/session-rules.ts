// How long sessions last. A shared device is signed out after 30 idle minutes and warned 2
// minutes before; a person's own device stays signed in for weeks (docs/decisions/003).
export const OWN_DEVICE_SESSION_MS = 30 * 24 * 60 * 60 * 1000;
export const SHARED_DEVICE_IDLE_MS = 30 * 60 * 1000;
export const SHARED_DEVICE_WARNING_MS = 2 * 60 * 1000;
/** lastSeenAt is written at most this often, so reading a page is not a database write each time. */
export const TOUCH_INTERVAL_MS = 60 * 1000;

type SessionTimes = { sharedDevice: boolean; expiresAt: Date; lastSeenAt: Date };

/** When the session ends if nothing more happens. */
export function sessionEndsAt(session: SessionTimes): Date {
  if (!session.sharedDevice) return session.expiresAt;
  const idleEnd = new Date(session.lastSeenAt.getTime() + SHARED_DEVICE_IDLE_MS);
  return idleEnd < session.expiresAt ? idleEnd : session.expiresAt;
}

export function isSessionOver(session: SessionTimes, now: Date): boolean {
  return sessionEndsAt(session) <= now;
}
