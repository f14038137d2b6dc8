import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.server.ts";

const dataDir = () => mkdtempSync(path.join(os.tmpdir(), "panel-config-"));

describe("configuration from the environment", () => {
  it("has safe defaults for the embedded start, with demo mode on", () => {
    const dir = dataDir();
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({ port: 3000, dataDir: dir, demo: true, isProduction: false, databaseUrl: undefined });
  });

  it("generates the session secret once and keeps it in DATA_DIR", () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir }).sessionSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({ DATA_DIR: dir }).sessionSecret).toBe(first);
    expect(readFileSync(path.join(dir, "session-secret"), "utf8")).toBe(first);
  });

  it("names each bad variable", () => {
    expect(() => loadConfig({ PORT: "abc", DATABASE_URL: "mysql://x" })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: "abc", DATABASE_URL: "mysql://x", BASE_URL: "not a url" });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/DATABASE_URL: must start with postgres/);
      expect((error as Error).message).toMatch(/BASE_URL/);
    }
  });

  it("takes REDIS_URL for live meetings across processes, and names a wrong one", () => {
    expect(loadConfig({ DATA_DIR: dataDir(), REDIS_URL: "redis://127.0.0.1:6379" }).redisUrl).toBe("redis://127.0.0.1:6379");
    expect(loadConfig({ DATA_DIR: dataDir(), REDIS_URL: "" }).redisUrl).toBeUndefined();
    expect(() => loadConfig({ DATA_DIR: dataDir(), REDIS_URL: "http://cache" })).toThrow(/REDIS_URL: must start with redis/);
  });

  it("requires SESSION_SECRET and BASE_URL in production, where demo mode is off unless DEMO=1", () => {
    expect(() => loadConfig({ NODE_ENV: "production", DATA_DIR: dataDir() })).toThrow(/SESSION_SECRET: required/);
    const secret = "s".repeat(40);
    expect(() => loadConfig({ NODE_ENV: "production", SESSION_SECRET: secret })).toThrow(/BASE_URL: required/);
    const production = { NODE_ENV: "production", SESSION_SECRET: secret, BASE_URL: "https://panel.example.org/" };
    expect(loadConfig(production)).toMatchObject({ demo: false, isProduction: true, baseUrl: "https://panel.example.org" });
    expect(loadConfig({ ...production, DEMO: "1" }).demo).toBe(true);
    expect(loadConfig({ DEMO: "0", DATA_DIR: dataDir() }).demo).toBe(false);
  });
});
