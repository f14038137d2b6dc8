// Following a live meeting on a real server process from Node, as a browser page would: sign in
// as a demo person through /demo, connect socket.io with the session cookie, and drive the
// browser's protocol layer (createLiveClient) with a Map for localStorage. Used by the process
// tests and the live-notes benchmark; plus a throw-away database on a PostgreSQL server.
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { io, type Socket } from "socket.io-client";
import { createLiveClient, memoryStorage, type ConnectionStatus, type LiveClient, type StorageLike } from "../../app/modules/live/client/live-client.ts";
import type { LiveNote, LiveSnapshot, LiveState } from "../../app/modules/live/client/protocol.ts";

export const DEMO = {
  panelId: "00000000-0000-4000-8000-000000000010",
  upcomingMeetingId: "00000000-0000-4000-8000-000000000502",
  chair: "00000000-0000-4000-8000-000000000100",
  member: "00000000-0000-4000-8000-000000000101",
  spokeMember: "00000000-0000-4000-8000-000000000102",
  officer: "00000000-0000-4000-8000-000000000103",
  siteAdmin: "00000000-0000-4000-8000-000000000105",
} as const;

/** Signs in through the demo page (DEMO=1) and returns the session cookie ("panel_session=…"). */
export async function signInAsDemoPerson(url: string, personId: string): Promise<string> {
  const response = await fetch(`${url}/demo`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: url, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ personId }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("panel_session="));
  if (response.status !== 302 || !cookie) throw new Error(`POST /demo answered ${response.status} without a session cookie`);
  return cookie.split(";")[0]!;
}

/** One page following the meeting: what it has been told, merged as the live page merges it. */
export type Follower = {
  socket: Socket;
  client: LiveClient;
  storage: StorageLike;
  statuses: ConnectionStatus[];
  /** Every note the page knows, by id, at the highest version heard. */
  notes: Map<string, LiveNote>;
  state: LiveState | null;
  snapshots: number;
  /** Keys of the edits the server acknowledged as stored. */
  saved: Set<string>;
  /** When each note (by id) was first heard, from performance.now(). */
  heardAt: Map<string, number>;
  close(): void;
};

export function followMeeting(
  url: string,
  cookie: string,
  meetingId: string,
  options: { storage?: StorageLike; reconnectionDelay?: number; reconnectionDelayMax?: number; onNote?: (note: LiveNote) => void } = {},
): Follower {
  const socket = io(url, {
    transports: ["websocket"],
    extraHeaders: { Cookie: cookie },
    forceNew: true,
    reconnectionDelay: options.reconnectionDelay ?? 100,
    reconnectionDelayMax: options.reconnectionDelayMax ?? (options.reconnectionDelay ?? 100) * 5,
  });
  const storage = options.storage ?? memoryStorage();
  const follower: Follower = {
    socket,
    storage,
    statuses: [],
    notes: new Map(),
    state: null,
    snapshots: 0,
    saved: new Set(),
    heardAt: new Map(),
    client: undefined as unknown as LiveClient,
    close() {
      follower.client.close();
      socket.close();
    },
  };
  // A note broadcast while the join was answered can arrive just before the snapshot that does
  // not have it yet, so a snapshot is merged into what is known, never put in its place.
  const hear = (note: LiveNote) => {
    const known = follower.notes.get(note.id);
    if (!known || known.version < note.version) follower.notes.set(note.id, note);
    if (!follower.heardAt.has(note.id)) {
      follower.heardAt.set(note.id, performance.now());
      options.onNote?.(note);
    }
  };
  follower.client = createLiveClient({
    socket,
    meetingId,
    storage,
    handlers: {
      onStatus: (status) => follower.statuses.push(status),
      onSnapshot: (snapshot: LiveSnapshot) => {
        follower.snapshots += 1;
        follower.state = snapshot.state;
        snapshot.notes.forEach(hear);
      },
      onState: (state) => (follower.state = state),
      onNote: hear,
      onEdit: (edit) => {
        if (edit.status === "saved") follower.saved.add(edit.key);
      },
    },
  });
  return follower;
}

export async function waitFor(what: string, check: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A new, empty database on the PostgreSQL server at `serverUrl`, dropped (with its connections) by `drop`. */
export async function createScratchDatabase(serverUrl: string, prefix = "panel_scratch"): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

/** pg.Client, pg.Pool and PGlite all answer this. */
export type Queryable = { query(sql: string, params?: unknown[]): Promise<unknown> };

/**
 * Items on a meeting's agenda, written straight into the database (the demo's upcoming meeting
 * has only proposed items). Returns each item's id and agenda entry id, in order.
 */
export async function putItemsOnAgenda(database: Queryable, panelId: string, meetingId: string, proposedById: string, titles: string[]) {
  const made: { itemId: string; entryId: string; title: string }[] = [];
  for (const [index, title] of titles.entries()) {
    const itemId = randomUUID();
    const entryId = randomUUID();
    await database.query(
      `INSERT INTO "AgendaItem" (id, "panelId", "meetingId", title, about, type, status, "proposedById", "proposedAs", "minutesNeeded", "updatedAt")
       VALUES ($1, $2, $3, $4, 'What it is about', 'DISCUSSION', 'ON_AGENDA', $5, 'MEMBER', 20, now())`,
      [itemId, panelId, meetingId, title, proposedById],
    );
    await database.query(`INSERT INTO "AgendaEntry" (id, "meetingId", position, kind, "itemId", minutes) VALUES ($1, $2, $3, 'ITEM', $4, 20)`, [
      entryId,
      meetingId,
      1000 + index,
      itemId,
    ]);
    made.push({ itemId, entryId, title });
  }
  return made;
}
