import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "~": path.resolve(import.meta.dirname, "app") };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          // Groups run one after another (unit, then process, then browser), so the real-server
          // and browser tests do not compete with each other for the 2 cores CI has.
          sequence: { groupOrder: 0 },
          // Domain functions, the database, the in-process server and email: real parts, no browser.
          include: ["app/**/*.test.{ts,tsx}", "server/**/*.test.ts", "prisma/**/*.test.ts", "tests/integration/**/*.test.ts"],
          setupFiles: ["tests/support/fail-on-console-error.ts"],
          // The migrated database every file copies, made once (tests/support/test-database.ts).
          globalSetup: ["tests/support/global-database.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // vitest's default is one worker fewer than the cores: 1 on CI's 2-core machine. Files
          // are independent (port 0, their own database and temporary directory), so use both.
          maxWorkers: "100%",
          // Files in a worker share modules, so files without config overrides share one app
          // (tests/support/test-app.ts): each still empties the database before every test.
          isolate: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "process",
          sequence: { groupOrder: 1 },
          // The real server as a separate process: start-up, the data-directory lock, crashes.
          include: ["tests/process/**/*.test.ts"],
          setupFiles: ["tests/support/fail-on-console-error.ts"],
          globalSetup: ["tests/support/global-server.ts"],
          testTimeout: 300_000,
          hookTimeout: 90_000,
          maxWorkers: 1,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "browser",
          sequence: { groupOrder: 2 },
          // Real Chromium against the built server (tests/support/browser.ts).
          include: ["tests/browser/**/*.test.ts"],
          setupFiles: ["tests/support/fail-on-console-error.ts"],
          globalSetup: ["tests/support/global-server.ts"],
          // A whole journey through several pages, with axe on each: on a busy 2-core CI machine
          // one can take minutes. Timeouts here catch hangs, not slowness (that is for bench/).
          testTimeout: 180_000,
          hookTimeout: 90_000,
          maxWorkers: 2,
        },
      },
    ],
  },
});
