// The real server as the benchmarks start it: `node --import tsx server/index.ts` with its own
// DATA_DIR, DEMO=1 and LOG_LEVEL=warn, reading the build from PANEL_BUILD_DIR as it always does.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import net from "node:net";
import { projectRoot } from "../server/build-root.ts";

// Passed on to the server. Unset means development, as `npm start` runs it; note that react-dom
// then renders with its development build. NODE_ENV=production measures a deployment.
export const nodeEnv = process.env.NODE_ENV ?? "development";
// e.g. "--cpu-prof --cpu-prof-dir=/tmp/profiles": where the servers spend their time.
const serverNodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);
const READY_BANNER = "Panel is ready at";

export type RunningServer = {
  child: ChildProcess;
  url: string;
  port: number;
  /** performance.now() when it was spawned. */
  spawnedAt: number;
  output: () => string;
  /** Resolves with how it ended, e.g. "exit code 0" or "signal SIGKILL". */
  exited: Promise<string>;
};

/** A port that was free a moment ago: the server cannot tell us the port it got from PORT=0. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** The promise's value, or "timeout" after ms; the timer is cleared so it cannot hold the process open. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | "timeout"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Spawns the server (node itself, so its PID is the server's) and resolves as soon as it prints
 * that it is listening. Give a port to start again where the pages will reconnect, and a
 * sessionSecret to make sessions for it yourself.
 */
export async function startServer(options: { dataDir: string; port?: number; databaseUrl?: string; sessionSecret?: string }): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  // Production refuses to start without a SESSION_SECRET and a BASE_URL.
  const sessionSecret = options.sessionSecret ?? (nodeEnv === "production" ? randomBytes(32).toString("hex") : undefined);
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: nodeEnv,
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: options.dataDir,
    LOG_LEVEL: "warn",
    DEMO: "1",
    ...(sessionSecret ? { SESSION_SECRET: sessionSecret } : {}),
    ...(process.env.PANEL_BUILD_DIR ? { PANEL_BUILD_DIR: process.env.PANEL_BUILD_DIR } : {}),
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...(nodeEnv === "production" ? { BASE_URL: url } : {}),
  };
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [...serverNodeArgs, "--import", "tsx", "server/index.ts"], { cwd: projectRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<string>((resolve) => child.once("exit", (code, signal) => resolve(signal ? `signal ${signal}` : `exit code ${code}`)));
  const ready = new Promise<void>((resolve) =>
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(READY_BANNER)) resolve();
    }),
  );
  const outcome = await within(Promise.race([ready.then(() => "ready" as const), exited]), 120_000);
  if (outcome === "ready") return { child, url, port, spawnedAt, output: () => output, exited };
  if (outcome === "timeout") {
    child.kill("SIGKILL");
    throw new Error(`The server was not ready after 120 s:\n${output}`);
  }
  throw new Error(`The server stopped (${outcome}) before it was ready:\n${output}`);
}

function tail(output: string, lines = 10): string {
  return output.trimEnd().split("\n").slice(-lines).join("\n");
}

/** SIGTERM and wait: the server finishes in-flight requests, closes sockets and the database itself. */
export async function stopServer(server: RunningServer): Promise<string | null> {
  if (hasExited(server.child)) return `the server stopped by itself (${await server.exited}); its last output:\n${tail(server.output())}`;
  server.child.kill("SIGTERM");
  const ended = await within(server.exited, 30_000);
  if (ended === "timeout") {
    server.child.kill("SIGKILL");
    await server.exited;
    return "the server did not stop within 30 s of SIGTERM and was killed";
  }
  return ended === "exit code 0" ? null : `the server ended with ${ended} after SIGTERM`;
}

/** Server lines at warn level or above (LOG_LEVEL=warn), minus the start-up banner. */
export function serverNotes(output: string): string[] {
  return output
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith(READY_BANNER) && !line.startsWith("Demo mode:"));
}

/** Peak resident memory of a process in kB, from the kernel's high-water mark (Linux only). */
export function peakRssKb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0);
    return Math.max(kb("VmHWM"), kb("VmRSS"));
  } catch {
    return null;
  }
}
