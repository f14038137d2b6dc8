// A console.error during a test is a failure (style habit 8): it usually means a swallowed error.
import { afterEach, vi } from "vitest";

// Files can share a worker's modules (isolate: false), so console.error is wrapped once per worker.
const key = Symbol.for("panel.console-errors");
const holder = globalThis as { [key]?: unknown[][] };
if (!holder[key]) {
  const errors: unknown[][] = (holder[key] = []);
  const original = console.error;
  console.error = (...args: unknown[]) => {
    errors.push(args);
    original(...args);
  };
}
const errors = holder[key]!;

afterEach(() => {
  const seen = errors.splice(0);
  if (seen.length) throw new Error(`console.error was called during the test:\n${seen.map((a) => a.map(String).join(" ")).join("\n")}`);
});

export { vi };
