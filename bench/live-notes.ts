// Live notes benchmark (issue 5): one meeting, 10 note-takers each adding an entry every 2 s (with
// typing indicators before it), 200 followers, against the real server: first one process on
// embedded PGlite, then two processes sharing PostgreSQL (when DATABASE_URL is set). Figures
// only, never pass/fail: it exits 0 unless it could not run at all. See bench/README.md.
import { spawnSync } from "node:child_process";
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { LIVE_RECONNECTION } from "../app/modules/live/client/live-client.ts";
import { projectRoot } from "../server/build-root.ts";
import {
  createScratchDatabase,
  DEMO,
  followMeeting,
  putItemsOnAgenda,
  signInAsDemoPerson,
  waitFor,
  type Follower,
  type Queryable,
} from "../tests/support/live-processes.ts";
import { freePort, hasExited, nodeEnv, peakRssKb, serverNotes, startServer, stopServer, type RunningServer } from "./server.ts";

const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const WARM_UP_SECONDS = 5;
const FOLLOWERS = 200;
const NOTE_TAKERS = 10;
const NOTE_EVERY_MS = 2000;
/** When, within each 2 s, a note-taker's page sends "is writing" with the draft so far. */
const TYPING_AT_MS = [600, 1300];
const TARGET = { p95Ms: 100, p99Ms: 250, resyncSeconds: 5 };
const meetingId = DEMO.upcomingMeetingId;
// Shared by the benchmark and every server it starts, so it can make sessions itself.
const sessionSecret = randomBytes(32).toString("hex");
const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

// ----- Servers -----

/** CPU seconds (user + system) a process has used so far, from /proc (Linux only). */
function cpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

// ----- The people -----

type Person = { personId: string; name: string; cookie: string };

/**
 * People for the benchmark, written straight into the database with sessions the benchmark can
 * use (keyed with the servers' SESSION_SECRET, as app/modules/auth/tokens.server.ts does): note-
 * takers the chair has named and followers, all members of the demo panel.
 */
async function seedPeople(database: Queryable): Promise<{ noteTakers: Person[]; followers: Person[]; itemId: string; entryId: string }> {
  const make = async (count: number, label: string, noteTaker: boolean): Promise<Person[]> => {
    const people: Person[] = [];
    for (let n = 1; n <= count; n++) {
      const person = { personId: randomUUID(), name: `${label} ${n}` };
      const token = randomBytes(32).toString("base64url");
      const tokenHash = createHmac("sha256", sessionSecret).update(`session:${token}`).digest("hex");
      await database.query(`INSERT INTO "Person" (id, email, name, "updatedAt") VALUES ($1, $2, $3, now())`, [person.personId, `${person.personId}@bench.example.org`, person.name]);
      await database.query(`INSERT INTO "Membership" (id, "personId", "panelId", role) VALUES ($1, $2, $3, 'MEMBER')`, [randomUUID(), person.personId, DEMO.panelId]);
      await database.query(`INSERT INTO "Session" (id, "tokenHash", "personId", "expiresAt") VALUES ($1, $2, $3, now() + interval '1 day')`, [randomUUID(), tokenHash, person.personId]);
      if (noteTaker) {
        await database.query(`INSERT INTO "MeetingNoteTaker" (id, "meetingId", "personId", "namedById") VALUES ($1, $2, $3, $4)`, [randomUUID(), meetingId, person.personId, DEMO.chair]);
      }
      people.push({ ...person, cookie: `panel_session=${token}` });
    }
    return people;
  };
  const [item] = await putItemsOnAgenda(database, DEMO.panelId, meetingId, DEMO.chair, ["Benchmark item"]);
  return { noteTakers: await make(NOTE_TAKERS, "Note-taker", true), followers: await make(FOLLOWERS, "Follower", false), itemId: item!.itemId, entryId: item!.entryId };
}

// ----- One run -----

type Figures = {
  db: "pglite" | "postgres";
  processes: number;
  followers: number;
  noteTakers: number;
  seconds: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  /** Follower deliveries expected in the window that never came. */
  notReceived: number;
  offeredEntriesPerSecond: number;
  entriesStoredPerSecond: number;
  bytesPerSecondPerFollower: number;
  /** Per server process: share of one core over the measured window. */
  serverCpuPercent: number[];
  peakRssMb: number;
  /** One page joining the warm server alone: connect, join and snapshot (median of 5). */
  joinMs: number;
  resyncSeconds: number;
  /** From ready until the first, the median and the 90th-percentile follower had resynced. */
  resyncFirstMedianP90Seconds: number[];
  /** From SIGTERM to every follower resynced (includes stopping and starting the server). */
  restartToResyncSeconds: number;
  /** The benchmark's own event loop: when high, the latencies include the clients' own waiting. */
  clientEventLoopDelayP99Ms: number;
};

type Run = { figures: Figures; problems: string[]; serverNotes: string[] };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Bytes of socket.io payload a follower receives (without WebSocket framing), across reconnects. */
function countBytes(follower: Follower): { read(): number } {
  let bytes = 0;
  const listen = () =>
    follower.socket.io.engine.on("packet", (packet: { data?: unknown }) => {
      const data = packet.data;
      bytes += 1 + (typeof data === "string" ? Buffer.byteLength(data) : data instanceof ArrayBuffer ? data.byteLength : 0);
    });
  follower.socket.io.on("open", listen);
  return { read: () => bytes };
}

async function benchMeeting(options: { databaseUrl?: string }): Promise<Run> {
  const processes = options.databaseUrl ? 2 : 1;
  const dataDirs = await Promise.all(Array.from({ length: processes }, () => mkdtemp(path.join(os.tmpdir(), "panel-bench-live-"))));
  const ports = await Promise.all(dataDirs.map(() => freePort()));
  const problems: string[] = [];
  const notes: string[] = [];
  let servers: RunningServer[] = [];
  const pages: Follower[] = [];
  const writersStop = { stopped: false };
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  try {
    // First start: migrations and the demo data. Then the benchmark's people, written directly.
    let seeded: Awaited<ReturnType<typeof seedPeople>>;
    if (options.databaseUrl) {
      servers.push(await startServer({ sessionSecret, dataDir: dataDirs[0]!, port: ports[0]!, databaseUrl: options.databaseUrl }));
      const client = new pg.Client({ connectionString: options.databaseUrl });
      await client.connect();
      try {
        seeded = await seedPeople(client);
      } finally {
        await client.end();
      }
      servers.push(await startServer({ sessionSecret, dataDir: dataDirs[1]!, port: ports[1]!, databaseUrl: options.databaseUrl }));
    } else {
      const first = await startServer({ sessionSecret, dataDir: dataDirs[0]!, port: ports[0]! });
      const stopped = await stopServer(first);
      if (stopped) throw new Error(`Preparing the database: ${stopped}`);
      const database = await PGlite.create({ dataDir: path.join(dataDirs[0]!, "pglite") });
      try {
        seeded = await seedPeople(database);
      } finally {
        await database.close();
      }
      servers.push(await startServer({ sessionSecret, dataDir: dataDirs[0]!, port: ports[0]! }));
    }
    const serverFor = (n: number) => servers[n % servers.length]!;

    // The chair starts the meeting on the benchmark's item.
    const chair = followMeeting(servers[0]!.url, await signInAsDemoPerson(servers[0]!.url, DEMO.chair), meetingId);
    pages.push(chair);
    await waitFor("the chair to join", () => chair.statuses.includes("online"), 30_000);
    const started = await chair.client.request("start", {});
    if (!started.ok) throw new Error(`The chair could not start the meeting: ${started.message}`);
    const moved = await chair.client.request("setItem", { entryId: seeded.entryId });
    if (!moved.ok) throw new Error(`The chair could not move to the item: ${moved.message}`);

    // Followers as the live page connects (its reconnection timing, LIVE_RECONNECTION).
    const sentAt = new Map<string, number>();
    const followers = seeded.followers.map((person, n) => {
      const page = followMeeting(serverFor(n).url, person.cookie, meetingId, { ...LIVE_RECONNECTION });
      pages.push(page);
      return { page, bytes: countBytes(page) };
    });
    const noteTakers = seeded.noteTakers.map((person, n) => {
      const page = followMeeting(serverFor(n).url, person.cookie, meetingId, { ...LIVE_RECONNECTION });
      pages.push(page);
      return { ...person, page };
    });
    await waitFor("every page to join", () => pages.every((page) => page.statuses.includes("online")), 120_000);

    // Note-takers: spread over the 2 s, each writes (typing twice) and adds an entry.
    const sentInWindow: string[] = [];
    let windowOpen = false;
    const writing = noteTakers.map(async (writer, n) => {
      await sleep((n * NOTE_EVERY_MS) / NOTE_TAKERS);
      for (let count = 1; !writersStop.stopped; count++) {
        const cycle = performance.now();
        const text = `${writer.name}, entry ${count}: the panel asked for the direct payments letter to be sent in Easy Read as well.`;
        for (const at of TYPING_AT_MS) {
          await sleep(Math.max(0, cycle + at - performance.now()));
          void writer.page.client.request("typing", { itemId: seeded.itemId, kind: "POINT", text: text.slice(0, Math.round((text.length * at) / NOTE_EVERY_MS)) });
        }
        await sleep(Math.max(0, cycle + NOTE_EVERY_MS - performance.now()));
        if (writersStop.stopped) break;
        const id = randomUUID();
        sentAt.set(id, performance.now());
        if (windowOpen) sentInWindow.push(id);
        writer.page.client.send("addNote", { id, itemId: seeded.itemId, kind: "POINT", text });
      }
    });

    await sleep(WARM_UP_SECONDS * 1000);
    // The measured window.
    const cpuAtStart = servers.map((s) => cpuSeconds(s.child.pid!));
    const bytesAtStart = followers.map((f) => f.bytes.read());
    const savedAtStart = noteTakers.reduce((sum, w) => sum + w.page.saved.size, 0);
    loopDelay.enable();
    windowOpen = true;
    const windowStarted = performance.now();
    await sleep(seconds * 1000);
    windowOpen = false;
    const windowSeconds = (performance.now() - windowStarted) / 1000;
    const cpuAtEnd = servers.map((s) => cpuSeconds(s.child.pid!));
    const bytesAtEnd = followers.map((f) => f.bytes.read());
    const savedInWindow = noteTakers.reduce((sum, w) => sum + w.page.saved.size, 0) - savedAtStart;
    loopDelay.disable();
    const peakRss = Math.round(Math.max(...servers.map((s) => peakRssKb(s.child.pid!) ?? 0)) / 1024);

    writersStop.stopped = true;
    await Promise.all(writing);
    await sleep(3000); // the last deliveries
    const latencies: number[] = [];
    let notReceived = 0;
    for (const id of sentInWindow) {
      for (const { page } of followers) {
        const heard = page.heardAt.get(id);
        if (heard === undefined) notReceived += 1;
        else latencies.push(heard - sentAt.get(id)!);
      }
    }
    latencies.sort((a, b) => a - b);

    // One page joining a warm server on its own (connect, join, snapshot), five times: what each
    // of the 200 resyncs costs the server, apart from the reconnection back-off.
    const joinTimes: number[] = [];
    for (let n = 0; n < 5; n++) {
      const began = performance.now();
      const page = followMeeting(serverFor(n).url, seeded.followers[n]!.cookie, meetingId);
      await waitFor("a page to join", () => page.statuses.includes("online"), 30_000);
      joinTimes.push(performance.now() - began);
      page.close();
    }
    joinTimes.sort((a, b) => a - b);

    // Restart: every follower must join again and get the stored state.
    const snapshotsBefore = followers.map(({ page }) => page.snapshots);
    const restartStarted = performance.now();
    for (const problem of await Promise.all(servers.map(stopServer))) if (problem) problems.push(problem);
    notes.push(...servers.flatMap((s) => serverNotes(s.output())));
    servers = await Promise.all(servers.map((s, n) => startServer({ sessionSecret, dataDir: dataDirs[n]!, port: s.port, databaseUrl: options.databaseUrl })));
    const ready = performance.now();
    // When each follower had resynced, to tell waiting for reconnection apart from the server's work.
    const resyncedAt: (number | undefined)[] = followers.map(() => undefined);
    await waitFor(
      "every follower to resync after the restart",
      () => {
        followers.forEach(({ page }, n) => {
          if (resyncedAt[n] === undefined && page.snapshots > snapshotsBefore[n]! && page.statuses.at(-1) === "reconnected") resyncedAt[n] = performance.now() - ready;
        });
        return resyncedAt.every((t) => t !== undefined);
      },
      120_000,
    );
    const resyncTimes = (resyncedAt as number[]).sort((a, b) => a - b);
    const resynced = performance.now();
    if (notReceived) problems.push(`${notReceived} deliveries of entries added in the window never reached their follower`);
    const unsaved = noteTakers.reduce((sum, w) => sum + w.page.client.pending().length, 0);
    if (unsaved) problems.push(`${unsaved} entries were still waiting to be stored at the end`);

    return {
      figures: {
        db: options.databaseUrl ? "postgres" : "pglite",
        processes,
        followers: FOLLOWERS,
        noteTakers: NOTE_TAKERS,
        seconds: round1(windowSeconds),
        latencyMs: { p50: round1(percentile(latencies, 50)), p95: round1(percentile(latencies, 95)), p99: round1(percentile(latencies, 99)), max: round1(latencies.at(-1) ?? NaN) },
        notReceived,
        offeredEntriesPerSecond: round1(sentInWindow.length / windowSeconds),
        entriesStoredPerSecond: round1(savedInWindow / windowSeconds),
        bytesPerSecondPerFollower: Math.round(bytesAtEnd.reduce((sum, end, n) => sum + end - bytesAtStart[n]!, 0) / followers.length / windowSeconds),
        serverCpuPercent: cpuAtEnd.map((end, n) => (end === null || cpuAtStart[n] === null ? NaN : Math.round(((end - cpuAtStart[n]!) / windowSeconds) * 100))),
        peakRssMb: peakRss,
        joinMs: round1(percentile(joinTimes, 50)),
        resyncSeconds: round1((resynced - ready) / 1000),
        resyncFirstMedianP90Seconds: [resyncTimes[0]!, percentile(resyncTimes, 50), percentile(resyncTimes, 90)].map((ms) => round1(ms / 1000)),
        restartToResyncSeconds: round1((resynced - restartStarted) / 1000),
        clientEventLoopDelayP99Ms: round1(loopDelay.percentile(99) / 1e6),
      },
      problems,
      serverNotes: notes,
    };
  } finally {
    writersStop.stopped = true;
    pages.forEach((page) => page.close());
    for (const server of servers) {
      if (!hasExited(server.child)) {
        const problem = await stopServer(server);
        if (problem) problems.push(problem);
      }
    }
    await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  }
}

function printRun(run: Run): void {
  const f = run.figures;
  const met = (ok: boolean) => (ok ? "met" : "NOT met");
  console.log(`
Panel live notes benchmark, ${f.db} with ${f.processes} server process(es), NODE_ENV=${nodeEnv}: ${f.noteTakers} note-takers (an entry every ${NOTE_EVERY_MS / 1000} s each, typing twice before it), ${f.followers} followers, ${f.seconds} s measured, Node ${process.version}, ${os.cpus().length} CPUs
  add → follower latency   p50 ${f.latencyMs.p50} ms  p95 ${f.latencyMs.p95} ms  p99 ${f.latencyMs.p99} ms  max ${f.latencyMs.max} ms
                           target: p95 < ${TARGET.p95Ms} ms (${met(f.latencyMs.p95 < TARGET.p95Ms)}), p99 < ${TARGET.p99Ms} ms (${met(f.latencyMs.p99 < TARGET.p99Ms)})
  entries stored           ${f.entriesStoredPerSecond}/s (offered ${f.offeredEntriesPerSecond}/s)
  per follower             ${f.bytesPerSecondPerFollower} bytes/s of socket.io payload
  server CPU               ${f.serverCpuPercent.map((c) => `${c}%`).join(" + ")} of one core
  server peak RSS          ${f.peakRssMb} MB${f.processes > 1 ? " (the larger process)" : ""}
  one page joining         ${f.joinMs} ms (connect, join and snapshot, on the warm server, median of 5)
  resync after a restart   ${f.resyncSeconds} s for all ${f.followers} followers, from the server being ready (${f.restartToResyncSeconds} s from SIGTERM)
                           first ${f.resyncFirstMedianP90Seconds[0]} s, half ${f.resyncFirstMedianP90Seconds[1]} s, 90% ${f.resyncFirstMedianP90Seconds[2]} s
                           target: < ${TARGET.resyncSeconds} s (${met(f.resyncSeconds < TARGET.resyncSeconds)})
  benchmark's event loop   p99 delay ${f.clientEventLoopDelayP99Ms} ms (the clients share this process and the machine's cores)`);
  if (run.problems.length) console.log(`  ERRORS, so these figures are suspect:\n    ${run.problems.join("\n    ")}`);
  else console.log("  errors: none (every entry reached every follower, every follower resynced)");
  if (run.serverNotes.length) console.log(`  the server logged ${run.serverNotes.length} line(s) at warn or above, first ones:\n    ${run.serverNotes.slice(0, 5).join("\n    ")}`);
}

function withoutDb({ db: _db, ...rest }: Figures) {
  return rest;
}

if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`BENCH_SECONDS must be a positive number, not ${process.env.BENCH_SECONDS}`);
const pglite = await benchMeeting({});
printRun(pglite);
const results: Record<string, unknown> = {
  ...withoutDb(pglite.figures),
  db: "pglite",
  problems: pglite.problems,
  nodeEnv,
  when: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
};

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  const reason = "DATABASE_URL is not set: set it to a PostgreSQL server (the benchmark makes and drops its own database there) for the two-process run";
  console.log(`\nSkipping the PostgreSQL run: ${reason}.`);
  results.postgres = { skipped: reason };
} else {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>> | undefined;
  try {
    scratch = await createScratchDatabase(serverUrl, "panel_bench_live");
    const postgres = await benchMeeting({ databaseUrl: scratch.url });
    printRun(postgres);
    results.postgres = { ...withoutDb(postgres.figures), problems: postgres.problems };
  } catch (error) {
    console.log(`\nThe PostgreSQL run failed: ${(error as Error).message}`);
    results.postgres = { error: (error as Error).message };
  } finally {
    await scratch?.drop().catch(() => undefined);
  }
}

await mkdir(path.join(projectRoot, "bench/results"), { recursive: true });
await writeFile(path.join(projectRoot, "bench/results/live-notes.json"), JSON.stringify(results, null, 2) + "\n");
console.log("\nWrote bench/results/live-notes.json");
process.exit(0);
