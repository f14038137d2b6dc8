// Serving benchmark: how fast the real server starts, and how many requests per second it serves
// for /healthz and a signed-in page, next to a bare node:http server on the same machine.
// Figures only, never pass/fail: it exits 0 unless it could not run at all.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { projectRoot } from "../server/build-root.ts";
import { freePort, hasExited, nodeEnv, peakRssKb, serverNotes, startServer, stopServer, type RunningServer } from "./server.ts";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const WARM_UP_SECONDS = 1; // lets the JIT settle before each measured run
const CHAIR_PERSON_ID = "00000000-0000-4000-8000-000000000100";
const TARGET = { pageRps: 300, pageP99Ms: 200 };

type Load = {
  rps: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  requests: number;
  problems: string[]; // non-2xx, connection errors, timeouts, wrong bodies
};

type Figures = {
  db: string;
  coldStartMs: number;
  healthz: { rps: number; p99Ms: number };
  page: { rps: number; p50Ms: number; p95Ms: number; p99Ms: number };
  bare: { rps: number };
  pageToBareRatio: number;
  peakRssMb: number | null;
};

type Run = { figures: Figures; problems: string[]; serverNotes: string[] };

/** Signs in as the demo chair and returns the session cookie ("panel_session=..."). */
async function signIn(url: string): Promise<string> {
  const res = await fetch(`${url}/demo`, {
    method: "POST",
    redirect: "manual",
    // The origin check compares Origin with the Host we connect to.
    headers: { Origin: url, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ personId: CHAIR_PERSON_ID }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("panel_session="));
  if (res.status !== 302 || !cookie) throw new Error(`POST /demo answered ${res.status} without a session cookie`);
  const pair = cookie.split(";")[0]!;
  const page = await fetch(`${url}/`, { headers: { Cookie: pair } });
  if (page.status !== 200 || !(await page.text()).includes("Hello,")) throw new Error("GET / with the session cookie did not greet the chair");
  return pair;
}

/** Samples memory every 250 ms, so a peak is kept even if the process exits early. */
function watchMemory(pid: number): { stop: () => number | null } {
  let peak: number | null = null;
  const sample = () => {
    const kb = peakRssKb(pid);
    if (kb !== null) peak = Math.max(peak ?? 0, kb);
  };
  const timer = setInterval(sample, 250);
  return {
    stop() {
      sample();
      clearInterval(timer);
      return peak === null ? null : Math.round(peak / 1024);
    },
  };
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function autocannonRun(options: autocannon.Options, onResponse?: (ms: number) => void): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    if (onResponse) instance.on("response", (_client, _status, _bytes, ms) => onResponse(ms));
  });
}

/**
 * 50 connections for BENCH_SECONDS after a short warm-up. autocannon 9 reports p50, p90, p97.5
 * and p99 but no p95, so every response time (the same values its histogram records) is kept and
 * the percentiles are computed here.
 */
async function load(name: string, url: string, options: { headers?: Record<string, string>; verifyBody?: autocannon.Options["verifyBody"] } = {}): Promise<Load> {
  const base = { url, connections: CONNECTIONS, headers: options.headers, verifyBody: options.verifyBody };
  await autocannonRun({ ...base, duration: WARM_UP_SECONDS });
  const times: number[] = [];
  const result = await autocannonRun({ ...base, duration: seconds }, (ms) => times.push(ms));
  times.sort((a, b) => a - b);
  const problems: string[] = [];
  if (result.non2xx) problems.push(`${name}: ${result.non2xx} non-2xx responses (${JSON.stringify(result.statusCodeStats ?? {})})`);
  if (result.errors) problems.push(`${name}: ${result.errors} connection errors, ${result.timeouts} of them timeouts`);
  if (result.mismatches) problems.push(`${name}: ${result.mismatches} responses without the expected body`);
  if (result.requests.total === 0) problems.push(`${name}: no requests completed`);
  return {
    rps: Math.round(result.requests.average),
    p50Ms: round1(percentile(times, 50)),
    p95Ms: round1(percentile(times, 95)),
    p99Ms: round1(percentile(times, 99)),
    requests: result.requests.total,
    problems,
  };
}

/** A bare node:http server in this process: the ceiling for this machine and this load generator. */
async function loadBare(): Promise<Load> {
  const server: Server = createServer((_req, res) => res.writeHead(200, { "Content-Type": "text/plain" }).end("ok"));
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  try {
    return await load("bare node:http", `http://127.0.0.1:${port}/`);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** Cold start: ms from spawning the server to its first 200 from /healthz, asked as soon as it is listening. */
async function firstHealthyAnswer(server: RunningServer): Promise<number> {
  const res = await fetch(`${server.url}/healthz`);
  if (res.status !== 200) throw new Error(`/healthz answered ${res.status} once the server was listening: ${await res.text()}`);
  return Math.round(performance.now() - server.spawnedAt);
}

/** One full run against a fresh server: cold start, sign-in, the two loads, memory, shutdown. */
async function benchServer(bare: Load, databaseUrl?: string): Promise<Run> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "panel-bench-"));
  let server: RunningServer | undefined;
  try {
    server = await startServer({ dataDir, databaseUrl });
    const memory = watchMemory(server.child.pid!);
    const coldStartMs = await firstHealthyAnswer(server);
    const cookie = await signIn(server.url);
    const healthz = await load("/healthz", `${server.url}/healthz`);
    const page = await load("signed-in /", `${server.url}/`, { headers: { Cookie: cookie }, verifyBody: (body) => String(body ?? "").includes("Hello,") });
    const peakRssMb = memory.stop();
    const stopProblem = await stopServer(server);
    const problems = [...healthz.problems, ...page.problems, ...(stopProblem ? [stopProblem] : [])];
    return {
      figures: {
        db: databaseUrl ? "postgres" : "pglite",
        coldStartMs,
        healthz: { rps: healthz.rps, p99Ms: healthz.p99Ms },
        page: { rps: page.rps, p50Ms: page.p50Ms, p95Ms: page.p95Ms, p99Ms: page.p99Ms },
        bare: { rps: bare.rps },
        pageToBareRatio: Math.round((page.rps / bare.rps) * 1000) / 1000,
        peakRssMb,
      },
      problems,
      serverNotes: serverNotes(server.output()),
    };
  } finally {
    if (server && !hasExited(server.child)) server.child.kill("SIGKILL");
    await rm(dataDir, { recursive: true, force: true });
  }
}

function printRun(run: Run): void {
  const f = run.figures;
  const met = f.page.rps >= TARGET.pageRps && f.page.p99Ms < TARGET.pageP99Ms ? "met" : "NOT met";
  console.log(`
Panel serving benchmark, database ${f.db}, NODE_ENV=${nodeEnv}: ${CONNECTIONS} connections, ${seconds} s per load, Node ${process.version}, ${os.cpus().length} CPUs
  cold start (spawn to first 200 from /healthz, fresh DATA_DIR)  ${f.coldStartMs} ms
  /healthz            ${String(f.healthz.rps).padStart(6)} req/s   p99 ${f.healthz.p99Ms} ms
  signed-in page /    ${String(f.page.rps).padStart(6)} req/s   p50 ${f.page.p50Ms} ms  p95 ${f.page.p95Ms} ms  p99 ${f.page.p99Ms} ms
                      target: >= ${TARGET.pageRps} req/s with p99 < ${TARGET.pageP99Ms} ms on 2 cores (${met})
  bare node:http      ${String(f.bare.rps).padStart(6)} req/s
  page / bare         ${f.pageToBareRatio}
  server peak RSS     ${f.peakRssMb ?? "unknown"} MB`);
  if (run.problems.length) console.log(`  ERRORS, so these figures are suspect:\n    ${run.problems.join("\n    ")}`);
  else console.log("  errors: none (every response 2xx, every page greeted the chair)");
  if (run.serverNotes.length) console.log(`  the server logged ${run.serverNotes.length} line(s) at warn or above, first ones:\n    ${run.serverNotes.slice(0, 5).join("\n    ")}`);
}

function withoutDb({ db: _db, ...rest }: Figures) {
  return rest;
}

if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`BENCH_SECONDS must be a positive number, not ${process.env.BENCH_SECONDS}`);
const bare = await loadBare();
if (bare.problems.length) console.log(`Bare server problems: ${bare.problems.join("; ")}`);

const pglite = await benchServer(bare);
printRun(pglite);

const results: Record<string, unknown> = {
  ...withoutDb(pglite.figures),
  db: "pglite",
  nodeEnv,
  when: new Date().toISOString(),
  node: process.version,
  seconds,
};

// With DATABASE_URL set, the same run again against PostgreSQL.
const databaseUrl = process.env.DATABASE_URL;
if (databaseUrl) {
  try {
    const postgres = await benchServer(bare, databaseUrl);
    printRun(postgres);
    results.postgres = withoutDb(postgres.figures);
  } catch (error) {
    console.log(`\nThe PostgreSQL run failed: ${(error as Error).message}`);
    results.postgres = { error: (error as Error).message };
  }
}

await mkdir(path.join(projectRoot, "bench/results"), { recursive: true });
await writeFile(path.join(projectRoot, "bench/results/serving.json"), JSON.stringify(results, null, 2) + "\n");
console.log("\nWrote bench/results/serving.json");
