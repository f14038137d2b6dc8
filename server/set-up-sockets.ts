// socket.io on the same HTTP server and port. The handshake is authenticated from the session
// cookie, anonymous clients are refused, and each socket knows its person and panel roles.
// Every connection joins its person's and session's rooms so sign-out and deactivation can cut
// it off at once (app/modules/auth/session.server.ts).
import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import { SESSION_COOKIE, readCookie } from "../app/modules/auth/cookies.server.ts";
import { findSessionByToken, personRoom, sessionRoom } from "../app/modules/auth/session.server.ts";
import { listPanelsForPerson } from "../app/modules/panels/panels.server.ts";
import { SOCKET_ERRORS } from "../app/modules/live/socket-protocol.ts";

export type SocketData = {
  personId: string;
  sessionId: string;
  name: string;
  panels: { id: string; roles: string[] }[];
};

export function setUpSockets(httpServer: HttpServer, options: { allowedOrigin?: string }): Server {
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
      const panels = await listPanelsForPerson(session.person.id);
      socket.data = {
        personId: session.person.id,
        sessionId: session.id,
        name: session.person.name,
        panels: panels.map((p) => ({ id: p.id, roles: p.roles })),
      };
      next();
    } catch {
      next(new Error(SOCKET_ERRORS.serverError));
    }
  });

  io.on("connection", (socket) => {
    void socket.join([personRoom(socket.data.personId), sessionRoom(socket.data.sessionId)]);
    // Payload-free, so nothing to parse; later features register their own validated events.
    (socket as unknown as { on(event: string, fn: (ack: unknown) => void): void }).on("whoami", (ack) => {
      if (typeof ack === "function") ack({ personId: socket.data.personId, panels: socket.data.panels });
    });
  });

  return io as unknown as Server;
}
