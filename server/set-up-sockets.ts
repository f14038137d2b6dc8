// socket.io on the same HTTP server and port. The handshake is authenticated from the session
// cookie, anonymous clients are refused, and each socket knows its person ("whoami" reads their panel roles).
// Every connection joins its person's and session's rooms so sign-out and deactivation can cut
// it off at once (app/modules/auth/session.server.ts). Live meeting events all go through
// handleLiveEvent (app/modules/live/server/events.server.ts), which parses and authorises each one.
import type { Server as HttpServer } from "node:http";
import type { Logger } from "pino";
import { Server, type Socket } from "socket.io";
import { SESSION_COOKIE, readCookie } from "../app/modules/auth/cookies.server.ts";
import { findSessionByToken, personRoom, sessionRoom } from "../app/modules/auth/session.server.ts";
import type { LiveAccess } from "../app/modules/live/server/live-access.server.ts";
import { createEventBudget, type EventBudget } from "../app/modules/live/server/event-budget.ts";
import { handleLiveEvent, type LiveEvent } from "../app/modules/live/server/events.server.ts";
import { ACK_ERRORS, CLIENT_EVENTS, liveRooms, SERVER_EVENTS } from "../app/modules/live/client/protocol.ts";
import { listPanelsForPerson } from "../app/modules/panels/panels.server.ts";
import { SOCKET_ERRORS } from "../app/modules/live/client/socket-errors.ts";

export type SocketData = {
  personId: string;
  sessionId: string;
  name: string;
  /** The live meeting this connection follows (one per page). */
  meetingId?: string;
};

/** Generous for people typing fast, far below what a script flooding the server sends. */
export const LIVE_EVENT_BUDGET = { burst: 40, perSecond: 10 };

type AnySocket = Socket<Record<string, never>, Record<string, never>, Record<string, never>, SocketData> & {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
};

export function setUpSockets(httpServer: HttpServer, options: { allowedOrigin?: string; logger?: Logger }): Server {
  const io = new Server<Record<string, never>, Record<string, never>, Record<string, never>, SocketData>(httpServer, {
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    // Same-origin only: a page on another site cannot open a socket with a person's cookie.
    allowRequest: (req, callback) => {
      const origin = req.headers.origin;
      const host = req.headers.host;
      const ok = !origin || origin === `http://${host}` || origin === `https://${host}` || origin === options.allowedOrigin;
      callback(ok ? null : SOCKET_ERRORS.forbiddenOrigin, ok);
    },
  });

  io.use(async (socket, next) => {
    try {
      const session = await findSessionByToken(readCookie(socket.request as { headers: { cookie?: string } }, SESSION_COOKIE));
      if (!session) return next(new Error(SOCKET_ERRORS.unauthenticated));
      // Only the person: what they may do is read fresh for every event, so nothing more is worth
      // reading here (after a restart every live page connects at once).
      socket.data = { personId: session.person.id, sessionId: session.id, name: session.person.name };
      next();
    } catch {
      next(new Error(SOCKET_ERRORS.serverError));
    }
  });

  io.on("connection", (rawSocket) => {
    const socket = rawSocket as AnySocket;
    void socket.join([personRoom(socket.data.personId), sessionRoom(socket.data.sessionId)]);
    // Payload-free, so nothing to parse.
    socket.on("whoami", (ack) => {
      if (typeof ack !== "function") return;
      listPanelsForPerson(socket.data.personId).then(
        (panels) => ack({ personId: socket.data.personId, panels: panels.map((p) => ({ id: p.id, roles: p.roles })) }),
        () => ack({ error: SOCKET_ERRORS.serverError }),
      );
    });
    registerLiveEvents(socket, options.logger);
  });

  return io as unknown as Server;
}

function registerLiveEvents(socket: AnySocket, logger?: Logger): void {
  const budget: EventBudget = createEventBudget(LIVE_EVENT_BUDGET);
  let warnedAt = 0;

  for (const [event, name] of Object.entries(CLIENT_EVENTS) as [LiveEvent, string][]) {
    socket.on(name, (...args: unknown[]) => {
      const ack = typeof args.at(-1) === "function" ? (args.at(-1) as (answer: unknown) => void) : () => {};
      const payload = args.length > 1 || typeof args[0] !== "function" ? args[0] : undefined;
      if (!budget.take()) {
        ack({ ok: false, error: ACK_ERRORS.rateLimited, message: "Too many at once: wait a moment and it will be sent again" });
        // One message a second at most, to this client alone.
        if (Date.now() - warnedAt > 1000) {
          warnedAt = Date.now();
          (socket as unknown as { emit(event: string, payload: unknown): void }).emit(SERVER_EVENTS.slowDown, { event: name });
        }
        return;
      }
      const joining = event === "join";
      if (joining) leaveMeeting(socket);
      handleLiveEvent({ personId: socket.data.personId, socketId: socket.id, onJoin: joining ? (access) => followMeeting(socket, access) : undefined }, event, payload)
        .then((result) => ack(result))
        .catch((error: unknown) => {
          logger?.error({ err: error instanceof Error ? error.message : String(error), event: name }, "live event failed");
          ack({ ok: false, error: ACK_ERRORS.serverError, message: "Something went wrong on our side. It will be tried again." });
        });
    });
  }
}

function leaveMeeting(socket: AnySocket): void {
  const previous = socket.data.meetingId;
  if (!previous) return;
  for (const room of [liveRooms.meeting(previous), liveRooms.organisers(previous), liveRooms.noteTakers(previous)]) void socket.leave(room);
  socket.data.meetingId = undefined;
}

/** Joins the rooms this person may hear in this meeting (a join again re-decides them). */
async function followMeeting(socket: AnySocket, access: LiveAccess): Promise<void> {
  const rooms = [liveRooms.meeting(access.meetingId)];
  if (access.canSeeQueue) rooms.push(liveRooms.organisers(access.meetingId));
  if (access.canTakeNotes) rooms.push(liveRooms.noteTakers(access.meetingId));
  await socket.join(rooms);
  socket.data.meetingId = access.meetingId;
}
