// PGlite has no lock of its own, and a second process opening the same directory silently
// loses writes or corrupts it (../shared/notes/stack.md). One server owns DATA_DIR: the lock is
// a file created exclusively, holding our PID; a lock whose process is gone is cleared.
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

export class DataDirLockedError extends Error {
  constructor(
    public readonly dataDir: string,
    public readonly pid: number,
  ) {
    super(
      `The data directory ${dataDir} is already in use by another Panel server (process ${pid}). ` +
        `Stop that server first, or start this one with a different DATA_DIR.`,
    );
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export type DataDirLock = { release(): void; clearedStaleLockOf?: number };

export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "server.lock");
  let clearedStaleLockOf: number | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: "wx", mode: 0o600 });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (readFileSync(file, "utf8").trim() === String(process.pid)) unlinkSync(file);
        } catch {
          // already gone
        }
      };
      return { release, clearedStaleLockOf };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(readFileSync(file, "utf8").trim(), 10);
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
        throw new DataDirLockedError(dataDir, holder);
      }
      // Left by a killed process (or unreadable): clear it and try again.
      clearedStaleLockOf = Number.isInteger(holder) ? holder : undefined;
      try {
        unlinkSync(file);
      } catch {
        // another starter cleared it first; the next wx attempt decides
      }
    }
  }
  throw new Error(`Could not take the lock on ${dataDir}`);
}
