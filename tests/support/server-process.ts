// The real server as a separate process (node --import tsx server/index.ts), as `npm start` runs
// it, so tests can use the browser against it and kill it with SIGKILL.
import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, inject } from "vitest";
import { projectRoot } from "../../server/app.ts";

export type ServerProcess = {
  url: string;
  dataDir: string;
  child: ChildProcess;
  output(): string;
  /** SIGTERM, and wait for a clean exit. Returns the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL: no chance to clean up. */
  kill(): Promise<void>;
};

export type ServerOptions = {
  /** An existing data directory (a restart); otherwise a new one. */
  dataDir?: string;
  /**
   * A new data directory made from nothing (initdb, migrations, demo data), as a first `npm start`
   * makes it. Otherwise a new directory is a copy of the one the project's globalSetup made that
   * way (tests/support/global-server.ts), which starts in half the time.
   */
  fresh?: boolean;
  env?: Record<string, string>;
  port?: number;
};

export async function startServerProcess(options: ServerOptions = {}): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? (await newDataDir(options));
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      NODE_ENV: "development",
      PORT: String(options.port ?? 0),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DEMO: "1",
      LOG_LEVEL: "warn",
      ...(process.env.PANEL_BUILD_DIR ? { PANEL_BUILD_DIR: process.env.PANEL_BUILD_DIR } : {}),
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Server did not start in 60 s:\n${output}`)), 60_000);
    const check = () => {
      const match = /Panel is ready at (http:\/\/localhost:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!.replace("localhost", "127.0.0.1"));
      }
    };
    child.stdout!.on("data", check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Server exited with ${code} before it was ready:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    child,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      child.kill("SIGTERM");
      return exited;
    },
    async kill() {
      if (child.exitCode !== null) return;
      child.kill("SIGKILL");
      await exited;
    },
  };
}

export async function removeDataDir(dataDir: string): Promise<void> {
  await rm(dataDir, { recursive: true, force: true });
}

async function newDataDir(options: ServerOptions): Promise<string> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "panel-server-"));
  // The template holds the demo data on PGlite: a server on PostgreSQL or without the demo is fresh.
  const template = options.fresh || options.env?.DATABASE_URL || options.env?.DEMO !== undefined ? undefined : serverDataTemplate();
  if (template) await cp(template, dataDir, { recursive: true });
  return dataDir;
}

function serverDataTemplate(): string | undefined {
  try {
    return inject("serverDataTemplate");
  } catch {
    return undefined; // outside vitest, or a project without the globalSetup
  }
}

/**
 * One server for the test file: started before its tests (from the seeded copy unless `options`
 * say otherwise), stopped and its data directory removed after them. The handle reads the running
 * server, so `server.url` works inside tests.
 */
export function useServerProcess(options: ServerOptions = {}): ServerProcess {
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    server = await startServerProcess(options);
  });
  afterAll(async () => {
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  });
  const running = (): ServerProcess => {
    if (!server) throw new Error("The server is not started yet");
    return server;
  };
  return {
    get url() {
      return running().url;
    },
    get dataDir() {
      return running().dataDir;
    },
    get child() {
      return running().child;
    },
    output: () => running().output(),
    stop: () => running().stop(),
    kill: () => running().kill(),
  };
}
