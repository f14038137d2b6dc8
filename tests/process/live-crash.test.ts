// Nothing lost in a live meeting (issue 5): three note-takers keep adding notes through the
// browser's protocol layer (createLiveClient, with a Map for localStorage) while the real server
// is killed with SIGKILL and started again on the same DATA_DIR. Every note the server
// acknowledged is stored; the ones it did not are re-sent from the client's storage and stored
// once; every page says "reconnected" and ends with the notes the database has.
import { randomUUID } from "node:crypto";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, describe, expect, it } from "vitest";
import { DEMO, followMeeting, signInAsDemoPerson, waitFor, type Follower } from "../support/live-processes.ts";
import { removeDataDir, startServerProcess, type ServerProcess } from "../support/server-process.ts";

const meetingId = DEMO.upcomingMeetingId;
/** The chair, an officer and a site admin: all three may take notes without being named. */
const WRITERS = [
  { personId: DEMO.chair, name: "Alex" },
  { personId: DEMO.officer, name: "Chris" },
  { personId: DEMO.siteAdmin, name: "Morgan" },
];
/** Four notes a second each: a fast meeting, and within the server's per-connection budget after a restart. */
const NOTE_EVERY_MS = 250;

type StoredNote = { id: string; text: string; version: number };

async function readStoredNotes(dataDir: string): Promise<StoredNote[]> {
  const database = await PGlite.create({ dataDir: path.join(dataDir, "pglite") });
  try {
    const { rows } = await database.query<StoredNote>(`SELECT id, text, version FROM "MeetingNote" WHERE "meetingId" = $1 ORDER BY seq`, [meetingId]);
    return rows;
  } finally {
    await database.close();
  }
}

describe("a live meeting when the server is killed", () => {
  let server: ServerProcess | undefined;
  const pages: Follower[] = [];
  afterAll(async () => {
    pages.forEach((page) => page.close());
    await server?.kill();
    if (server) await removeDataDir(server.dataDir);
  });

  it("keeps every acknowledged note, stores the unacknowledged ones once when they are sent again, and every page converges", async () => {
    server = await startServerProcess();
    const { dataDir } = server;
    const port = Number(new URL(server.url).port);

    const writers = await Promise.all(
      WRITERS.map(async (writer) => {
        const page = followMeeting(server!.url, await signInAsDemoPerson(server!.url, writer.personId), meetingId, { reconnectionDelay: 200 });
        pages.push(page);
        return { ...writer, page, sent: [] as { id: string; text: string }[] };
      }),
    );
    const memberPage = followMeeting(server.url, await signInAsDemoPerson(server.url, DEMO.member), meetingId, { reconnectionDelay: 200 });
    pages.push(memberPage);
    await waitFor("every page to join", () => pages.every((page) => page.statuses.includes("online")));
    expect(await writers[0]!.page.client.request("start", {})).toMatchObject({ ok: true });
    // Notes the meeting had already (none in today's demo data) are not this test's.
    const before = new Set(writers[0]!.page.notes.keys());

    let writing = true;
    const typing = writers.map(async (writer) => {
      for (let n = 1; writing; n++) {
        const text = `${writer.name}'s note ${n}`;
        const edit = writer.page.client.send("addNote", { id: randomUUID(), itemId: null, kind: "POINT", text });
        writer.sent.push({ id: edit.key, text });
        await new Promise((resolve) => setTimeout(resolve, NOTE_EVERY_MS));
      }
    });

    await waitFor("each writer to have notes acknowledged", () => writers.every((w) => w.page.saved.size >= 4));
    // Killed a few milliseconds after a note from each writer went out: received or not, stored
    // or not, but not acknowledged.
    for (const writer of writers) {
      const text = `${writer.name}'s note as the server died`;
      writer.sent.push({ id: writer.page.client.send("addNote", { id: randomUUID(), itemId: null, kind: "POINT", text }).key, text });
    }
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 15));
    await server.kill();
    const acknowledgedBeforeKill = new Set(writers.flatMap((w) => [...w.page.saved]));
    const sentBeforeKill = writers.reduce((sum, w) => sum + w.sent.length, 0);

    await waitFor("every page to say it is offline", () => pages.every((page) => page.statuses.at(-1) === "offline"));
    server = await startServerProcess({ dataDir, port });
    await new Promise((resolve) => setTimeout(resolve, 500));
    writing = false;
    await Promise.all(typing);

    const sent = writers.flatMap((w) => w.sent);
    await waitFor("every page to reconnect", () => pages.every((page) => page.statuses.includes("reconnected")), 30_000);
    await waitFor("every waiting note to be stored", () => writers.every((w) => w.page.client.pending().length === 0), 60_000);
    await waitFor("every page to have every note", () => pages.every((page) => sent.every((note) => page.notes.has(note.id))), 30_000);

    expect(await server.stop()).toBe(0);
    const stored = await readStoredNotes(dataDir);
    const storedIds = new Set(stored.map((note) => note.id));

    // Notes were written before, during and after the outage; some were not yet acknowledged.
    expect(sent.length).toBeGreaterThan(sentBeforeKill);
    expect(sent.length).toBeGreaterThan(acknowledgedBeforeKill.size);
    for (const id of acknowledgedBeforeKill) expect(storedIds.has(id), `acknowledged note ${id} is stored`).toBe(true);
    // Each one stored exactly once: no note lost, none doubled by being sent again.
    expect(stored.filter((note) => !before.has(note.id)).map((note) => note.text).sort()).toEqual(sent.map((note) => note.text).sort());
    for (const page of pages) {
      expect(page.statuses.lastIndexOf("reconnected")).toBeGreaterThan(page.statuses.indexOf("offline"));
      expect([...page.notes.values()].map((note) => `${note.id} ${note.text} v${note.version}`).sort()).toEqual(
        stored.map((note) => `${note.id} ${note.text} v${note.version}`).sort(),
      );
    }
  });
});
