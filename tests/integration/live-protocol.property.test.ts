// Nothing lost, nothing doubled, everyone converges (issue 5): fast-check runs random sequences of
// note-takers adding and correcting notes, connections dropping and the server restarting, on
// the protocol layer (createLiveClient, as the live page uses it) against the real app. The
// restart is in this process: the HTTP and socket.io servers are torn down without a goodbye,
// with events half-handled, and the app is built again on the same port and database, so what
// survives is only what was stored (the SIGKILL of a real process is tests/process/live-crash.test.ts).
import { randomUUID } from "node:crypto";
import type { Server as HttpServer } from "node:http";
import type { Socket as NetSocket } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import fc from "fast-check";
import { io } from "socket.io-client";
import type { Server as SocketServer } from "socket.io";
import { afterAll, describe, expect, it } from "vitest";
import { createLiveClient, memoryStorage, type LiveClient, type PendingEdit } from "../../app/modules/live/client/live-client.ts";
import type { LiveNote } from "../../app/modules/live/client/protocol.ts";
import { db } from "../../app/services.server.ts";
import { buildRoot, createApp } from "../../server/app.ts";
import { createLiveMeeting, emit, join } from "../support/live-meeting.ts";
import { useTestApp } from "../support/test-app.ts";

const app = useTestApp();

// 12 in npm test and CI; PROPERTY_RUNS=200 when changing the live protocol (docs/testing.md).
const NUM_RUNS = Number(process.env.PROPERTY_RUNS ?? 12);
const MAX_COMMANDS = 20;

// ----- A server that can be restarted on the same port and database -----

type Running = { httpServer: HttpServer; io: SocketServer; connections: Set<NetSocket> };
let running: Running | undefined;
let port = 0;
let build: ServerBuild | undefined;

async function startServer(): Promise<void> {
  build ??= (await import(pathToFileURL(path.join(buildRoot(), "build/index.js")).href)) as ServerBuild;
  const { httpServer, io: server } = createApp(app().services, build);
  // Every TCP connection, websockets included (the HTTP server forgets those once upgraded).
  const connections = new Set<NetSocket>();
  httpServer.on("connection", (connection: NetSocket) => {
    connections.add(connection);
    connection.once("close", () => connections.delete(connection));
  });
  await new Promise<void>((resolve) => httpServer.listen(port, "127.0.0.1", resolve));
  port = (httpServer.address() as { port: number }).port;
  running = { httpServer, io: server, connections };
}

/**
 * As if the process died: every connection is cut at once, with no goodbye to the clients, and
 * the answers to events still being handled are lost (what they stored stays stored).
 */
async function crashServer(): Promise<void> {
  const { httpServer, io: server, connections } = running!;
  running = undefined;
  // Stop accepting first, or a client reconnecting this instant lands on the dying server.
  const stopped = new Promise<void>((resolve) => httpServer.close(() => resolve()));
  for (const connection of connections) connection.destroy();
  await stopped;
  await server.close();
}

afterAll(async () => {
  if (running) await crashServer();
});

// ----- The people in the meeting and what their pages know -----

type Page = {
  personId: string;
  client: LiveClient;
  disconnect(): void;
  isConnected(): boolean;
  /** Every note the page was told of, at the highest version. */
  notes: Map<string, LiveNote>;
  saved: Set<string>;
  close(): void;
};

async function openPage(personId: string, meetingId: string): Promise<Page> {
  const socket = io(`http://127.0.0.1:${port}`, {
    transports: ["websocket"],
    extraHeaders: { Cookie: await app().cookieFor(personId) },
    forceNew: true,
    reconnectionDelay: 20,
    reconnectionDelayMax: 100,
  });
  const notes = new Map<string, LiveNote>();
  const saved = new Set<string>();
  const hear = (note: LiveNote) => {
    const known = notes.get(note.id);
    if (!known || known.version < note.version) notes.set(note.id, note);
  };
  const client = createLiveClient({
    socket,
    meetingId,
    storage: memoryStorage(),
    ackTimeoutMs: 2000,
    handlers: {
      onSnapshot: (snapshot) => snapshot.notes.forEach(hear),
      onNote: hear,
      onEdit: (edit) => {
        if (edit.status === "saved") saved.add(edit.key);
      },
    },
  });
  return {
    personId,
    client,
    notes,
    saved,
    // The network going away under an open connection (not a deliberate sign-off, after which
    // nobody reconnects). Closing an engine still opening would leave the client waiting 20 s
    // for an answer, which no real network does.
    disconnect: () => {
      if (socket.connected) socket.io.engine.close();
    },
    isConnected: () => socket.connected,
    close() {
      client.close();
      socket.close();
    },
  };
}

async function waitFor(what: string, check: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// ----- The commands -----

type Meeting = Awaited<ReturnType<typeof createLiveMeeting>>;
type World = {
  meeting: Meeting;
  writers: Page[];
  everyone: Page[];
  /** Every text sent, so each can be looked for once in the database. */
  added: { id: string; text: string }[];
  corrections: { noteId: string; text: string }[];
  counter: number;
};

type Model = Record<string, never>;
type Command = fc.AsyncCommand<Model, World>;

class AddNote implements Command {
  constructor(
    readonly writer: number,
    readonly underItem: boolean,
  ) {}
  check = () => true;
  async run(_: Model, world: World) {
    const page = world.writers[this.writer]!;
    const text = `note ${++world.counter} by writer ${this.writer}`;
    const itemId = this.underItem ? world.meeting.first.item.id : null;
    const edit = page.client.send("addNote", { id: randomUUID(), itemId, kind: "POINT", text });
    world.added.push({ id: edit.key, text });
  }
  toString = () => `add(writer ${this.writer}${this.underItem ? ", under item 1" : ""})`;
}

/** Corrects a note the page knows, from the version it shows: the chair may correct anyone's. */
class CorrectNote implements Command {
  constructor(
    readonly writer: number,
    readonly pick: number,
  ) {}
  check = () => true;
  async run(_: Model, world: World) {
    const page = world.writers[this.writer]!;
    const waiting = new Set(page.client.pending().map((edit) => edit.payload.noteId ?? edit.payload.id));
    const mayCorrect = [...page.notes.values()].filter((note) => (this.writer === 0 || note.authorId === page.personId) && !waiting.has(note.id));
    const note = mayCorrect[this.pick % Math.max(1, mayCorrect.length)];
    if (!note) return;
    const text = `correction ${++world.counter} by writer ${this.writer}`;
    page.client.send("correctNote", { noteId: note.id, editId: randomUUID(), baseVersion: note.version, kind: note.kind, text });
    world.corrections.push({ noteId: note.id, text });
  }
  toString = () => `correct(writer ${this.writer}, note #${this.pick})`;
}

class DropConnection implements Command {
  constructor(readonly person: number) {}
  check = () => true;
  async run(_: Model, world: World) {
    world.everyone[this.person]!.disconnect();
  }
  toString = () => `drop(page ${this.person})`;
}

class RestartServer implements Command {
  constructor(readonly downMs: number) {}
  check = () => true;
  async run() {
    await crashServer();
    await new Promise((resolve) => setTimeout(resolve, this.downMs));
    await startServer();
  }
  toString = () => `restart(down ${this.downMs} ms)`;
}

class Pause implements Command {
  constructor(readonly ms: number) {}
  check = () => true;
  async run() {
    await new Promise((resolve) => setTimeout(resolve, this.ms));
  }
  toString = () => `pause(${this.ms} ms)`;
}

const commands = fc.commands(
  [
    fc.record({ writer: fc.integer({ min: 0, max: 2 }), underItem: fc.boolean() }).map(({ writer, underItem }) => new AddNote(writer, underItem)),
    fc.record({ writer: fc.integer({ min: 0, max: 2 }), pick: fc.nat(20) }).map(({ writer, pick }) => new CorrectNote(writer, pick)),
    fc.integer({ min: 0, max: 3 }).map((person) => new DropConnection(person)),
    fc.integer({ min: 0, max: 150 }).map((ms) => new RestartServer(ms)),
    fc.integer({ min: 0, max: 60 }).map((ms) => new Pause(ms)),
  ],
  { maxCommands: MAX_COMMANDS, size: "+1" },
);

// ----- One run: a fresh meeting, the commands, then the checks -----

async function setUp(): Promise<World> {
  const meeting = await createLiveMeeting();
  // The third writer is a member the chair names as a note-taker.
  const chairSocket = io(`http://127.0.0.1:${port}`, { transports: ["websocket"], extraHeaders: { Cookie: await app().cookieFor(meeting.chair.id) }, forceNew: true });
  await join(chairSocket, meeting.meeting.id);
  await emit(chairSocket, "start", { meetingId: meeting.meeting.id });
  await emit(chairSocket, "nameNoteTaker", { meetingId: meeting.meeting.id, personId: meeting.member2.id, noteTaker: true });
  chairSocket.close();
  const writers = await Promise.all([meeting.chair, meeting.officer, meeting.member2].map((person) => openPage(person.id, meeting.meeting.id)));
  const follower = await openPage(meeting.member.id, meeting.meeting.id);
  const everyone = [...writers, follower];
  await waitFor("every page to connect", () => everyone.every((page) => page.isConnected()));
  return { meeting, writers, everyone, added: [], corrections: [], counter: 0 };
}

/** What a person does with a conflict: keeps their own words, over the version now stored. */
function keepMine(page: Page, edit: PendingEdit): void {
  page.client.retry(edit.key, { ...edit.payload, baseVersion: edit.current!.version });
}

async function settle(world: World): Promise<void> {
  await waitFor(
    "every edit to be stored",
    () => {
      for (const page of world.writers) {
        for (const edit of page.client.pending()) {
          if (edit.status === "conflict") keepMine(page, edit);
          if (edit.status === "refused") throw new Error(`An edit was refused: ${edit.message}`);
        }
      }
      return world.writers.every((page) => page.client.pending().length === 0);
    },
    20_000,
  ).catch((error: Error) => {
    const state = world.writers.map((page) => ({ connected: page.isConnected(), pending: page.client.pending().map((e) => `${e.event} ${e.status} ${e.message ?? ""}`) }));
    throw new Error(`${error.message}: ${JSON.stringify(state)}`);
  });
}

async function storedNotes(meetingId: string) {
  return db().meetingNote.findMany({ where: { meetingId }, select: { id: true, text: true, version: true }, orderBy: { seq: "asc" } });
}

function view(notes: Iterable<{ id: string; text: string; version: number }>): string[] {
  return [...notes].map((note) => `${note.id} v${note.version} ${note.text}`).sort();
}

async function checkNothingLost(world: World): Promise<void> {
  const meetingId = world.meeting.meeting.id;
  const stored = await storedNotes(meetingId);
  const versions = await db().meetingNoteVersion.findMany({ where: { note: { meetingId } }, select: { noteId: true, text: true, version: true, clientEditId: true } });

  // Every acknowledged edit is stored (an add as its note, a correction as a version, by the ids the page made).
  const storedEdits = new Set([...stored.map((note) => note.id), ...versions.map((v) => v.clientEditId)]);
  for (const key of world.writers.flatMap((page) => [...page.saved])) expect(storedEdits.has(key), `acknowledged edit ${key} is stored`).toBe(true);
  // Every note added is stored once, under the id it was made with.
  expect(stored.map((note) => note.id).sort()).toEqual(world.added.map((note) => note.id).sort());
  // Every correction is a version of its note, once: nothing overwritten silently, nothing doubled.
  for (const correction of world.corrections) {
    expect(versions.filter((v) => v.text === correction.text).map((v) => v.noteId)).toEqual([correction.noteId]);
  }
  for (const added of world.added) expect(versions.filter((v) => v.text === added.text).map((v) => v.noteId)).toEqual([added.id]);
  // A note's text is its latest version's.
  for (const note of stored) expect(versions.find((v) => v.noteId === note.id && v.version === note.version)?.text).toBe(note.text);

  // Every page, writers and follower, ends with what the database has.
  await waitFor("every page to converge on the stored notes", () => world.everyone.every((page) => view(page.notes.values()).join() === view(stored).join()), 15_000).catch(() => {
    for (const page of world.everyone) expect(view(page.notes.values())).toEqual(view(stored));
  });
}

describe("the live protocol under dropped connections and server restarts", () => {
  it("never loses an acknowledged edit, never stores one twice, and every page converges on the database", async () => {
    await startServer();
    await fc.assert(
      fc.asyncProperty(commands, async (sequence) => {
        const world = await setUp();
        try {
          await fc.asyncModelRun(() => ({ model: {}, real: world }), sequence);
          if (!running) await startServer();
          await settle(world);
          await checkNothingLost(world);
        } finally {
          world.everyone.forEach((page) => page.close());
        }
      }),
      { numRuns: NUM_RUNS, endOnFailure: true },
    );
  }, 120_000);
});
