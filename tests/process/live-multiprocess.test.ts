// Two real server processes sharing one PostgreSQL database (issue 5, "Scale beyond one
// machine"): broadcasts go through the PostgreSQL socket.io adapter (server/socket-adapter.ts),
// or through Redis when REDIS_URL is set, so a note added through process A reaches a follower
// connected to process B, and the chair moving the meeting on through B reaches the pages on A.
// Needs DATABASE_URL (and REDIS_URL for the Redis run): CI's second pass (npm run test:db) runs it
// against the PostgreSQL and Redis it starts.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase, DEMO, followMeeting, putItemsOnAgenda, signInAsDemoPerson, waitFor, type Follower } from "../support/live-processes.ts";
import { removeDataDir, startServerProcess, type ServerProcess } from "../support/server-process.ts";

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.log("Skipping the two-process live meeting test: it needs PostgreSQL, and DATABASE_URL is not set (npm run test:db in CI sets it).");
}

const redisUrl = process.env.REDIS_URL;
if (serverUrl && !redisUrl) {
  console.log("Skipping the two-process test through Redis: REDIS_URL is not set (npm run test:db in CI sets it).");
}

const meetingId = DEMO.upcomingMeetingId;

const adapters = [
  { name: "the PostgreSQL adapter", kind: "postgres", env: {} as Record<string, string>, run: Boolean(serverUrl) },
  { name: "the Redis adapter", kind: "redis", env: { REDIS_URL: redisUrl ?? "" }, run: Boolean(serverUrl && redisUrl) },
];

describe.each(adapters)("two server processes on one PostgreSQL, through $name", ({ kind, env, run }) => {
  if (!run) {
    it.skip("needs DATABASE_URL (and REDIS_URL for Redis)", () => {});
    return;
  }
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  let a: ServerProcess;
  let b: ServerProcess;
  let items: Awaited<ReturnType<typeof putItemsOnAgenda>>;
  const followers: Follower[] = [];

  beforeAll(async () => {
    database = await createScratchDatabase(serverUrl!, `panel_live_two_${kind}`);
    // One after the other: the first migrates the new database and loads the demo data.
    a = await startServerProcess({ env: { DATABASE_URL: database.url, LOG_LEVEL: "info", ...env } });
    b = await startServerProcess({ env: { DATABASE_URL: database.url, LOG_LEVEL: "info", ...env } });
    // Each says which adapter carries its broadcasts, so this run is known to test that one. The
    // log is written asynchronously (pino), so it may arrive after "Panel is ready": wait for it.
    for (const server of [a, b]) {
      await waitFor(`the log line naming the adapter`, () => /"socketAdapter":"[a-z-]+"/.test(server.output()), 10_000).catch(() => {});
      expect(server.output()).toContain(`"socketAdapter":"${kind}"`);
    }
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      items = await putItemsOnAgenda(client, DEMO.panelId, meetingId, DEMO.chair, ["Direct payments", "Day services"]);
    } finally {
      await client.end();
    }
  });

  async function count(sql: string, params: unknown[]): Promise<number> {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ count: string }>(sql, params);
      return Number(rows[0]!.count);
    } finally {
      await client.end();
    }
  }

  afterAll(async () => {
    followers.forEach((f) => f.close());
    const exits = await Promise.all([a?.stop(), b?.stop()]);
    await Promise.all([a && removeDataDir(a.dataDir), b && removeDataDir(b.dataDir)]);
    await database?.drop();
    // A clean stop closes the adapter's connections too (the database could be dropped meanwhile anyway).
    expect(exits).toEqual([0, 0]);
  });

  async function follow(server: ServerProcess, personId: string): Promise<Follower> {
    const follower = followMeeting(server.url, await signInAsDemoPerson(server.url, personId), meetingId);
    followers.push(follower);
    await waitFor(`${personId} to join through ${server.url}`, () => follower.statuses.includes("online"));
    return follower;
  }

  it("share the meeting: a note added through A reaches B, and the chair moving on through B reaches A", async () => {
    const chairOnA = await follow(a, DEMO.chair);
    const memberOnB = await follow(b, DEMO.member);
    const chairOnB = await follow(b, DEMO.chair);
    const officerOnB = await follow(b, DEMO.officer);

    expect(await chairOnA.client.request("start", {})).toMatchObject({ ok: true });
    await waitFor("B's follower to hear the meeting has started", () => Boolean(memberOnB.state?.liveStartedAt));
    const [firstItem, secondItem] = items;

    const typing: unknown[] = [];
    officerOnB.socket.on("note:typing", (event: unknown) => typing.push(event));
    expect(await chairOnA.client.request("typing", { itemId: firstItem!.itemId, kind: "POINT", text: "Direct pay" })).toMatchObject({ ok: true });
    await waitFor("B's note-taker to see that the chair on A is writing", () => typing.length > 0);
    expect(typing[0]).toMatchObject({ personId: DEMO.chair, itemId: firstItem!.itemId, active: true });

    const edit = chairOnA.client.send("addNote", { id: randomUUID(), itemId: firstItem!.itemId, kind: "DECISION", text: "Direct payments forms will be in Easy Read", agreedBy: "Everyone" });
    await waitFor("the note to be acknowledged on A", () => chairOnA.saved.has(edit.key));
    await waitFor("B's follower to receive the note added through A", () => memberOnB.notes.has(edit.key));
    expect(memberOnB.notes.get(edit.key)).toMatchObject({ text: "Direct payments forms will be in Easy Read", kind: "DECISION", authorId: DEMO.chair, version: 1 });

    expect(await chairOnB.client.request("setItem", { entryId: secondItem!.entryId })).toMatchObject({ ok: true });
    await waitFor("A's page to follow the chair moving on through B", () => chairOnA.state?.currentEntryId === secondItem!.entryId);
    expect(memberOnB.state?.currentEntryId).toBe(secondItem!.entryId);

    // Stored once, in the one database both processes use.
    expect(await count(`SELECT count(*) FROM "MeetingNote" WHERE id = $1`, [edit.key])).toBe(1);
  });
});
