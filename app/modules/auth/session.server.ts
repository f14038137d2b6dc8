// Database-backed sessions, so several server processes share them and "sign out of all
// devices" and deactivation end them at once. The cookie holds a random token; only its hash is
// stored.
import { db, getServices, type DbClient } from "../../services.server.ts";
import { clearCookie, readCookie, SESSION_COOKIE, setCookie } from "./cookies.server.ts";
import { OWN_DEVICE_SESSION_MS, isSessionOver, TOUCH_INTERVAL_MS } from "./session-rules.ts";
import { hashSecret, randomToken } from "./tokens.server.ts";

type SignedInPerson = {
  id: string;
  name: string;
  email: string;
  isSiteAdmin: boolean;
};

export type CurrentSession = {
  id: string;
  sharedDevice: boolean;
  expiresAt: Date;
  lastSeenAt: Date;
  person: SignedInPerson;
};

/** Starts a new session (a fresh token every time: rotation at sign-in) and returns its cookie. */
export async function startSession(
  personId: string,
  options: { sharedDevice: boolean; userAgent?: string; replacing?: Request },
): Promise<string> {
  if (options.replacing) await endSession(options.replacing);
  const token = randomToken();
  await db().session.create({
    data: {
      tokenHash: hashSecret("session", token),
      personId,
      sharedDevice: options.sharedDevice,
      expiresAt: new Date(Date.now() + OWN_DEVICE_SESSION_MS),
      userAgent: (options.userAgent ?? "").slice(0, 300),
    },
  });
  // A shared-device cookie dies with the browser; the server ends it after 30 idle minutes too.
  return setCookie(SESSION_COOKIE, token, options.sharedDevice ? {} : { maxAgeSeconds: OWN_DEVICE_SESSION_MS / 1000 });
}

/** The session for a cookie value, or null when there is none, it is over, or the person is deactivated. */
export async function findSessionByToken(token: string | undefined, now = new Date()): Promise<CurrentSession | null> {
  if (!token || token.length > 200) return null;
  // One query with its join, not Prisma's two (session, then person): every page and every
  // socket connection asks this, and after a restart hundreds of live pages ask at once.
  const rows = await db().$queryRaw<SessionRow[]>`
    SELECT s."id", s."sharedDevice", s."expiresAt", s."lastSeenAt",
           p."id" AS "personId", p."name", p."email", p."isSiteAdmin", p."active"
    FROM "Session" s JOIN "Person" p ON p."id" = s."personId"
    WHERE s."tokenHash" = ${hashSecret("session", token)}`;
  const row = rows[0];
  if (!row) return null;
  const session = { id: row.id, sharedDevice: row.sharedDevice, expiresAt: row.expiresAt, lastSeenAt: row.lastSeenAt };
  if (!row.active || isSessionOver(session, now)) {
    await db().session.deleteMany({ where: { id: row.id } });
    return null;
  }
  return { ...session, person: { id: row.personId, name: row.name, email: row.email, isSiteAdmin: row.isSiteAdmin } };
}

type SessionRow = {
  id: string;
  sharedDevice: boolean;
  expiresAt: Date;
  lastSeenAt: Date;
  personId: string;
  name: string;
  email: string;
  isSiteAdmin: boolean;
  active: boolean;
};

export async function getSession(request: Request): Promise<CurrentSession | null> {
  return findSessionByToken(readCookie(request, SESSION_COOKIE));
}

/** Records activity, so an active shared-device session is not timed out. */
export async function touchSession(session: CurrentSession, now = new Date(), force = false): Promise<CurrentSession> {
  if (!force && now.getTime() - session.lastSeenAt.getTime() < TOUCH_INTERVAL_MS) return session;
  await db().session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  return { ...session, lastSeenAt: now };
}

export async function endSession(request: Request): Promise<string> {
  const token = readCookie(request, SESSION_COOKIE);
  if (token) {
    const session = await db().session.findUnique({ where: { tokenHash: hashSecret("session", token) }, select: { id: true } });
    if (session) {
      await db().session.deleteMany({ where: { id: session.id } });
      getServices().io?.in(sessionRoom(session.id)).disconnectSockets(true);
    }
  }
  return clearCookie(SESSION_COOKIE);
}

/** Ends every session of a person and disconnects their live connections. */
export async function endAllSessions(personId: string): Promise<void> {
  await db().session.deleteMany({ where: { personId } });
  getServices().io?.in(personRoom(personId)).disconnectSockets(true);
}

/** The socket.io room every connection of a person joins, so they can be reached or cut off. */
export function personRoom(personId: string): string {
  return `person:${personId}`;
}

export function sessionRoom(sessionId: string): string {
  return `session:${sessionId}`;
}

/** Removal (decision 007): the person's sessions are deleted (endAllSessions cuts live connections after the commit). */
export async function forgetSessions(client: DbClient, personId: string): Promise<number> {
  return (await client.session.deleteMany({ where: { personId } })).count;
}
