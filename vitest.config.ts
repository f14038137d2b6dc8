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
          testTimeout: 30_000,
          hookTimeout: 60_000,
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
