// A live meeting to test against: a panel with a chair, an officer, two members and an outsider,
// a meeting with two items and a break, and socket.io clients signed in as any of them.
import { randomUUID } from "node:crypto";
import { io, type Socket } from "socket.io-client";
import { CLIENT_EVENTS, type Ack, type JoinAck, type LiveSnapshot } from "../../app/modules/live/client/protocol.ts";
import { createAgendaEntry, createBreak } from "./agenda-builder.ts";
import { createPanel, createPerson } from "./factories.ts";
import { createMeeting } from "./meetings.ts";
import type { TestApp } from "./test-app.ts";

export async function createLiveMeeting() {
  const panel = await createPanel();
  const chair = await createPerson({ name: "Alex Chair", roles: [{ panelId: panel.id, role: "CHAIR" }, { panelId: panel.id, role: "MEMBER" }] });
  const officer = await createPerson({ name: "Chris Officer", roles: [{ panelId: panel.id, role: "OFFICER" }] });
  const member = await createPerson({ name: "Priya Member", roles: [{ panelId: panel.id, role: "MEMBER" }] });
  const member2 = await createPerson({ name: "Sam Member", roles: [{ panelId: panel.id, role: "MEMBER" }] });
  const outsider = await createPerson({ name: "Olly Outsider" });
  const meeting = await createMeeting(panel.id, { startsAt: new Date(Date.now() - 30 * 60_000) });
  const first = await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Direct payments", minutes: 20 });
  const pause = await createBreak(meeting.id, { minutes: 10 });
  const second = await createAgendaEntry(panel.id, meeting.id, chair.id, { title: "Day services", minutes: 15 });
  return { panel, chair, officer, member, member2, outsider, meeting, first, pause, second };
}

export type LiveSockets = {
  connect(personId: string, options?: { reconnection?: boolean }): Promise<Socket>;
  closeAll(): void;
};

export function liveSockets(app: () => TestApp): LiveSockets {
  const open: Socket[] = [];
  return {
    async connect(personId, options = {}) {
      const socket = io(app().url, {
        transports: ["websocket"],
        extraHeaders: { Cookie: await app().cookieFor(personId) },
        reconnection: options.reconnection ?? false,
        forceNew: true,
      });
      open.push(socket);
      await new Promise<void>((resolve, reject) => {
        socket.once("connect", () => resolve());
        socket.once("connect_error", reject);
      });
      return socket;
    },
    closeAll() {
      open.splice(0).forEach((s) => s.close());
    },
  };
}

export function emit<T = Record<string, unknown>>(socket: Socket, event: keyof typeof CLIENT_EVENTS, payload: unknown): Promise<Ack<T>> {
  return socket.timeout(5000).emitWithAck(CLIENT_EVENTS[event], payload) as Promise<Ack<T>>;
}

export async function join(socket: Socket, meetingId: string): Promise<LiveSnapshot> {
  const answer = (await emit(socket, "join", { meetingId })) as JoinAck;
  if (!answer.ok) throw new Error(`join refused: ${answer.message}`);
  return answer.snapshot;
}

/** The next `event` the socket hears, or a failure after `ms`. */
export function next<T>(socket: Socket, event: string, ms = 3000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${ms} ms`)), ms);
    socket.once(event, (payload: T) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

/** Everything the socket hears of `event` from now on. */
export function collect<T>(socket: Socket, event: string): T[] {
  const heard: T[] = [];
  socket.on(event, (payload: T) => heard.push(payload));
  return heard;
}

export function noteInput(meetingId: string, itemId: string | null, text: string, extra: Record<string, unknown> = {}) {
  return { meetingId, id: randomUUID(), itemId, kind: "POINT", text, ...extra };
}
