// The real server process: start-up checks, the data-directory lock, health, headers, shutdown.
import { spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../server/app.ts";
import { removeDataDir, startServerProcess, type ServerProcess } from "../support/server-process.ts";

/** Runs the server expecting it to refuse to start; returns its exit code and output. */
function startExpectingFailure(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
      cwd: projectRoot,
      env: { PATH: process.env.PATH ?? "", NODE_ENV: "development", LOG_LEVEL: "warn", PORT: "0", ...env },
    });
    let output = "";
    child.stdout.on("data", (c: Buffer) => (output += c.toString()));
    child.stderr.on("data", (c: Buffer) => (output += c.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe("a running server", () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess({ fresh: true });
  });
  afterAll(async () => {
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  });

  it("answers the health check with the database it uses", async () => {
    const response = await fetch(server.url + "/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", db: "pglite" });
  });

  it("sends security headers: a CSP with a fresh nonce, a request id, no X-Powered-By", async () => {
    const first = await fetch(server.url + "/sign-in");
    const second = await fetch(server.url + "/sign-in");
    const csp = first.headers.get("Content-Security-Policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(second.headers.get("Content-Security-Policy")).not.toContain(nonce!);
    expect(await first.text()).toContain(`nonce="${nonce}"`);
    expect(first.headers.get("X-Request-Id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.headers.get("X-Powered-By")).toBeNull();
    expect(first.headers.get("X-Content-Type-Options")).toBe("nosniff");
  });

  it("compresses pages and caches the fingerprinted build for a year", async () => {
    const page = await fetch(server.url + "/", { headers: { "Accept-Encoding": "gzip" } });
    expect(page.headers.get("Content-Encoding")).toBe("gzip");
    const css = /href="(\/build\/_assets\/[^"]+\.css)"/.exec(await page.text())?.[1];
    expect(css).toBeTruthy();
    const asset = await fetch(server.url + css!);
    expect(asset.status).toBe(200);
    expect(asset.headers.get("Cache-Control")).toContain("max-age=31536000");
    expect(asset.headers.get("Cache-Control")).toContain("immutable");
  });

  it("refuses a form post from another website", async () => {
    const response = await fetch(server.url + "/sign-in", {
      method: "POST",
      headers: { Origin: "https://evil.example", "Content-Type": "application/x-www-form-urlencoded" },
      body: "email=priya.shah%40example.org&device=own",
      redirect: "manual",
    });
    expect(response.status).toBe(403);
    const viaFetchMetadata = await fetch(server.url + "/sign-out", { method: "POST", headers: { "Sec-Fetch-Site": "cross-site" }, redirect: "manual" });
    expect(viaFetchMetadata.status).toBe(403);
    const sameOrigin = await fetch(server.url + "/sign-out", { method: "POST", headers: { Origin: server.url }, redirect: "manual" });
    expect(sameOrigin.status).toBe(302);
  });

  it("shows an accessible not-found page for unknown addresses", async () => {
    const response = await fetch(server.url + "/no/such/page");
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain("<h1");
    expect(html).toContain("Page not found");
  });

  it("refuses a second server on the same data directory, naming the running one, and keeps running", async () => {
    const second = await startExpectingFailure({ DATA_DIR: server.dataDir });
    expect(second.code).toBe(1);
    expect(second.output).toContain(`already in use by another Panel server (process ${server.child.pid})`);
    expect((await fetch(server.url + "/healthz")).status).toBe(200);
  });
});

describe("starting and stopping", () => {
  it("names a bad environment variable and stops", async () => {
    const bad = await startExpectingFailure({ PORT: "not-a-port", DATA_DIR: "/tmp/panel-never-used" });
    expect(bad.code).toBe(1);
    expect(bad.output).toContain("PORT");
    const production = await startExpectingFailure({ NODE_ENV: "production", DATA_DIR: "/tmp/panel-never-used" });
    expect(production.code).toBe(1);
    expect(production.output).toContain("SESSION_SECRET: required when NODE_ENV=production");
  });

  it("clears a lock left by a killed server, and shuts down cleanly on SIGTERM keeping the data", async () => {
    const first = await startServerProcess();
    try {
      await first.kill();
      const lock = path.join(first.dataDir, "server.lock");
      expect(existsSync(lock)).toBe(true);
      // A lock naming a process that no longer exists.
      writeFileSync(lock, String(first.child.pid));
      const second = await startServerProcess({ dataDir: first.dataDir });
      expect((await fetch(second.url + "/healthz")).status).toBe(200);
      expect(await second.stop()).toBe(0);
      expect(existsSync(lock)).toBe(false);
      const third = await startServerProcess({ dataDir: first.dataDir });
      const demo = await fetch(third.url + "/demo");
      expect(await demo.text()).toContain("Alex Morgan");
      expect(await third.stop()).toBe(0);
    } finally {
      await removeDataDir(first.dataDir);
    }
  });

  it("in production, demo sign-in is off unless DEMO=1", async () => {
    const env = { NODE_ENV: "production", SESSION_SECRET: "x".repeat(40), BASE_URL: "http://localhost" };
    const server = await startServerProcess({ env: { ...env, DEMO: "" } });
    try {
      expect((await fetch(server.url + "/demo")).status).toBe(404);
    } finally {
      await server.stop();
    }
    const demoServer = await startServerProcess({ dataDir: server.dataDir, env: { ...env, DEMO: "1" } });
    try {
      expect((await fetch(demoServer.url + "/demo")).status).toBe(200);
    } finally {
      await demoServer.stop();
      await removeDataDir(server.dataDir);
    }
  });
});
