// Serving benchmark: how fast the real server starts, and how many requests per second it serves
// for /healthz and a signed-in page, next to a bare node:http server on the same machine.
// Figures only, never pass/fail: it exits 0 unless it could not run at all.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import autocannon from "autocannon";

const root = path.resolve(import.meta.dirname, "..");
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
const WARM_UP_SECONDS = 1; // lets the JIT settle before each measured run
const CHAIR_PERSON_ID = "00000000-0000-4000-8000-000000000100";
const TARGET = { pageRps: 300, pageP99Ms: 200 };
// Passed on to the server. Unset means development, as `npm start` runs it; note that react-dom
// then renders with its development build. NODE_ENV=production measures a deployment.
const nodeEnv = process.env.NODE_ENV ?? "development";

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

type RunningServer = {
  child: ChildProcess;
  url: string;
  coldStartMs: number;
  output: () => string;
  /** Resolves with how it ended, e.g. "exit code 0" or "signal SIGKILL". */
  exited: Promise<string>;
};

/** Builds once: reusing an existing build keeps the benchmark quick. */
async function ensureBuild(): Promise<void> {
  // The server reads its build from PANEL_BUILD_DIR when set (server/app.ts buildRoot), and so does this.
  const buildIndex = path.join(root, process.env.PANEL_BUILD_DIR ?? ".", "build/index.js");
  if (existsSync(buildIndex)) return;
  console.log(`No ${path.relative(root, buildIndex)}: running npm run build first.`);
  const child = spawn("npm", ["run", "build"], { cwd: root, stdio: "inherit", env: process.env });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`npm run build failed with exit code ${code}`);
}

/** A port that was free a moment ago: the server cannot print the port it got from PORT=0. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Spawns the real server (node itself, so its PID is the server's) and times it to the first healthy answer. */
async function startServer(dataDir: string, databaseUrl?: string): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: nodeEnv,
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    DEMO: "1",
    ...(process.env.PANEL_BUILD_DIR ? { PANEL_BUILD_DIR: process.env.PANEL_BUILD_DIR } : {}),
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    // Production refuses to start without these two.
    ...(nodeEnv === "production" ? { SESSION_SECRET: randomBytes(32).toString("hex"), BASE_URL: url } : {}),
  };
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<string>((resolve) =>
    child.once("exit", (code, signal) => resolve(signal ? `signal ${signal}` : `exit code ${code}`)),
  );

  while (performance.now() - started < 120_000) {
    if (hasExited(child)) throw new Error(`The server stopped (${await exited}) before it was healthy:\n${output}`);
    const status = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1000) }).then(
      (res) => res.status,
      () => 0,
    );
    if (status === 200) return { child, url, coldStartMs: Math.round(performance.now() - started), output: () => output, exited };
    await sleep(50);
  }
  child.kill("SIGKILL");
  throw new Error(`The server was not healthy after 120 s:\n${output}`);
}

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

/** Peak resident memory of a process, from the kernel's high-water mark (Linux only). */
function peakRssKb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0);
    return Math.max(kb("VmHWM"), kb("VmRSS"));
  } catch {
    return null;
  }
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

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function tail(output: string, lines = 10): string {
  return output.trimEnd().split("\n").slice(-lines).join("\n");
}

/** SIGTERM and wait: the server finishes in-flight requests and closes the database itself. */
async function stopServer(server: RunningServer): Promise<string | null> {
  if (hasExited(server.child)) return `the server stopped by itself during the run (${await server.exited}); its last output:\n${tail(server.output())}`;
  server.child.kill("SIGTERM");
  const code = await Promise.race([server.exited, sleep(20_000).then(() => "timeout" as const)]);
  if (code === "timeout") {
    server.child.kill("SIGKILL");
    await server.exited;
    return "the server did not stop within 20 s of SIGTERM and was killed";
  }
  return code === "exit code 0" ? null : `the server ended with ${code} after SIGTERM`;
}

/** Server lines at warn level or above (LOG_LEVEL=warn), minus the start-up banner. */
function serverNotes(output: string): string[] {
  return output
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("Panel is ready at") && !line.startsWith("Demo mode:"));
}

/** One full run against a fresh server: cold start, sign-in, the two loads, memory, shutdown. */
async function benchServer(bare: Load, databaseUrl?: string): Promise<Run> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "panel-bench-"));
  let server: RunningServer | undefined;
  try {
    server = await startServer(dataDir, databaseUrl);
    const memory = watchMemory(server.child.pid!);
    const cookie = await signIn(server.url);
    const healthz = await load("/healthz", `${server.url}/healthz`);
    const page = await load("signed-in /", `${server.url}/`, { headers: { Cookie: cookie }, verifyBody: (body) => String(body ?? "").includes("Hello,") });
    const peakRssMb = memory.stop();
    const stopProblem = await stopServer(server);
    const problems = [...healthz.problems, ...page.problems, ...(stopProblem ? [stopProblem] : [])];
    return {
      figures: {
        db: databaseUrl ? "postgres" : "pglite",
        coldStartMs: server.coldStartMs,
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
await ensureBuild();
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

await mkdir(path.join(root, "bench/results"), { recursive: true });
await writeFile(path.join(root, "bench/results/serving.json"), JSON.stringify(results, null, 2) + "\n");
console.log("\nWrote bench/results/serving.json");
