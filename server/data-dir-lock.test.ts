import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DataDirLockedError, lockDataDir } from "./data-dir-lock.ts";

const dir = () => mkdtempSync(path.join(os.tmpdir(), "panel-lock-"));

describe("the data directory lock", () => {
  it("is held by one owner and released", () => {
    const dataDir = dir();
    const lock = lockDataDir(dataDir);
    expect(readFileSync(path.join(dataDir, "server.lock"), "utf8")).toBe(String(process.pid));
    lock.release();
    expect(existsSync(path.join(dataDir, "server.lock"))).toBe(false);
  });

  it("refuses a second owner while the first process is alive, naming it", () => {
    const dataDir = dir();
    // The parent of this test process is alive and is not us.
    writeFileSync(path.join(dataDir, "server.lock"), String(process.ppid));
    expect(() => lockDataDir(dataDir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dataDir)).toThrow(`process ${process.ppid}`);
  });

  it("clears a lock left by a process that has gone", () => {
    const dataDir = dir();
    const gone = spawnSync(process.execPath, ["-e", "process.exit(0)"]).pid;
    writeFileSync(path.join(dataDir, "server.lock"), String(gone));
    const lock = lockDataDir(dataDir);
    expect(lock.clearedStaleLockOf).toBe(gone);
    lock.release();
  });

  it("clears an unreadable lock", () => {
    const dataDir = dir();
    writeFileSync(path.join(dataDir, "server.lock"), "garbage");
    lockDataDir(dataDir).release();
  });
});
