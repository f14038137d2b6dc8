// The browser's half of the protocol (app/modules/live/client/live-client.ts), driven from Node against
// the real server: edits wait in storage until stored, are re-sent after a drop and stored once,
// conflicts and refusals are kept for the person to decide, and the client resyncs on reconnect.
import { randomUUID } from "node:crypto";
import { io, type Socket } from "socket.io-client";
import { afterEach, describe, expect, it } from "vitest";
import { createLiveClient, memoryStorage, outboxKey, type ConnectionStatus, type LiveClient, type PendingEdit } from "../../app/modules/live/client/live-client.ts";
import type { LiveNote, LiveSnapshot } from "../../app/modules/live/client/protocol.ts";
import { db } from "../../app/services.server.ts";
import { createLiveMeeting, emit, join, liveSockets, noteInput } from "../support/live-meeting.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();
const sockets = liveSockets(app);
const clients: LiveClient[] = [];
const raw: Socket[] = [];
afterEach(() => {
  clients.splice(0).forEach((c) => c.close());
  raw.splice(0).forEach((s) => s.close());
  sockets.closeAll();
});

async function waitFor(check: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function startedMeeting() {
  const live = await createLiveMeeting();
  const chair = await sockets.connect(live.chair.id);
  await join(chair, live.meeting.id);
  await emit(chair, "start", { meetingId: live.meeting.id });
  await emit(chair, "setItem", { meetingId: live.meeting.id, entryId: live.first.entry.id });
  return live;
}

async function clientFor(personId: string, meetingId: string, storage = memoryStorage(), autoConnect = true) {
  const socket = io(app().url, { transports: ["websocket"], extraHeaders: { Cookie: await app().cookieFor(personId) }, forceNew: true, autoConnect, reconnectionDelay: 50, reconnectionDelayMax: 200 });
  raw.push(socket);
  const seen = { statuses: [] as ConnectionStatus[], snapshots: [] as LiveSnapshot[], notes: new Map<string, LiveNote>(), edits: [] as PendingEdit[] };
  const client = createLiveClient({
    socket,
    meetingId,
    storage,
    handlers: {
      onStatus: (s) => seen.statuses.push(s),
      onSnapshot: (s) => {
        seen.snapshots.push(s);
        seen.notes = new Map(s.notes.map((n) => [n.id, n]));
      },
      onNote: (n) => {
        const known = seen.notes.get(n.id);
        if (!known || known.version <= n.version) seen.notes.set(n.id, n);
      },
      onEdit: (e) => seen.edits.push(e),
    },
  });
  clients.push(client);
  return { socket, client, seen, storage };
}

describe("the live client", () => {
  it("keeps edits made while offline and stores each exactly once when the connection comes", async () => {
    const live = await startedMeeting();
    const storage = memoryStorage();
    const { socket, client, seen } = await clientFor(live.chair.id, live.meeting.id, storage, false);
    const edits = ["one", "two", "three"].map((text) => client.send("addNote", noteInput(live.meeting.id, live.first.item.id, text)));
    expect(edits.map((e) => e.status)).toEqual(["saving", "saving", "saving"]);
    expect(JSON.parse(storage.getItem(outboxKey(live.meeting.id))!)).toHaveLength(3);

    socket.connect();
    await waitFor(() => client.pending().length === 0);
    expect(seen.statuses).toContain("online");
    const stored = await db().meetingNote.findMany({ where: { meetingId: live.meeting.id }, orderBy: { seq: "asc" } });
    expect(stored.map((n) => n.text)).toEqual(["one", "two", "three"]);
    expect(seen.edits.filter((e) => e.status === "saved")).toHaveLength(3);
    expect(storage.getItem(outboxKey(live.meeting.id))).toBeNull();
  });

  it("survives a page reload: what was waiting in storage is sent by the next page", async () => {
    const live = await startedMeeting();
    const storage = memoryStorage();
    const first = await clientFor(live.chair.id, live.meeting.id, storage, false);
    const edit = first.client.send("addNote", noteInput(live.meeting.id, null, "Typed before the reload"));
    first.client.close();
    first.socket.close();

    const second = await clientFor(live.chair.id, live.meeting.id, storage);
    await waitFor(() => second.client.pending().length === 0);
    expect(await db().meetingNote.count({ where: { id: edit.key } })).toBe(1);
    await waitFor(() => second.seen.notes.has(edit.key));
  });

  it("after the connection drops, says offline then reconnected, resyncs what it missed and sends what waited", async () => {
    const live = await startedMeeting();
    const { client, seen, socket } = await clientFor(live.member.id, live.meeting.id);
    await waitFor(() => seen.statuses.includes("online"));
    const chair = await clientFor(live.chair.id, live.meeting.id);
    await waitFor(() => chair.seen.statuses.includes("online"));

    // The network drops (not a deliberate disconnect by the server, after which nobody reconnects).
    socket.io.engine.close();
    await waitFor(() => seen.statuses.includes("offline"));
    chair.client.send("addNote", noteInput(live.meeting.id, null, "Said while the member was away"));
    client.send("raiseHand", { id: randomUUID(), aboutAccess: true });
    await waitFor(() => seen.statuses.includes("reconnected"));
    await waitFor(() => [...seen.notes.values()].some((n) => n.text === "Said while the member was away"));
    await waitFor(() => client.pending().length === 0);
    expect(await db().meetingHand.count({ where: { personId: live.member.id, loweredAt: null } })).toBe(1);
    expect(seen.snapshots.length).toBeGreaterThanOrEqual(2);
  });

  it("keeps a conflicting correction for the person to decide, and saves it when they choose theirs", async () => {
    const live = await startedMeeting();
    const original = noteInput(live.meeting.id, null, "The first words");
    await emit(await sockets.connect(live.officer.id), "addNote", original);
    const officer = await sockets.connect(live.officer.id);
    await emit(officer, "correctNote", { ...original, noteId: original.id, editId: randomUUID(), baseVersion: 1, text: "The officer's words" });

    const { client, seen } = await clientFor(live.chair.id, live.meeting.id);
    const mine = { ...original, noteId: original.id, editId: randomUUID(), baseVersion: 1, text: "The chair's words" };
    client.send("correctNote", mine);
    await waitFor(() => client.pending().some((e) => e.status === "conflict"));
    const conflict = client.pending()[0]!;
    expect(conflict.current).toMatchObject({ text: "The officer's words", version: 2 });
    expect(conflict.payload.text).toBe("The chair's words");

    client.retry(conflict.key, { ...mine, baseVersion: 2 });
    await waitFor(() => client.pending().length === 0);
    await waitFor(() => seen.notes.get(original.id)?.text === "The chair's words");
    expect((await db().meetingNote.findUniqueOrThrow({ where: { id: original.id } })).version).toBe(3);
  });

  it("keeps a refused edit with the reason, and does not send it again by itself", async () => {
    const live = await startedMeeting();
    const { client } = await clientFor(live.member.id, live.meeting.id);
    client.send("addNote", noteInput(live.meeting.id, null, "A member is not a note-taker"));
    await waitFor(() => client.pending().some((e) => e.status === "refused"));
    expect(client.pending()[0]).toMatchObject({ status: "refused", message: "Only the note-takers the chair has named can add notes" });
    client.discard(client.pending()[0]!.key);
    expect(client.pending()).toEqual([]);
    expect(await db().meetingNote.count()).toBe(0);
  });
});
