// Reads vitest's JSON report (written by `npm test` to tests/output/vitest-report.json) for
// `npm run test:slowest` and npm test's closing summary: how long each project took from its
// first test to its last, and the slowest files and tests (docs/testing.md).
import { readFile } from "node:fs/promises";
import path from "node:path";

export const reportPath = path.resolve(import.meta.dirname, "../output/vitest-report.json");

type Report = {
  testResults: {
    name: string;
    startTime: number;
    endTime: number;
    assertionResults: { fullName: string; duration?: number | null; status: string }[];
  }[];
};

export async function readReport(file = reportPath): Promise<Report | undefined> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as Report;
  } catch {
    return undefined;
  }
}

export function formatDuration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** The project a test file belongs to, by the folders vitest.config.ts gives each. */
export function projectOf(file: string): string {
  const relative = path.relative(path.resolve(import.meta.dirname, "../.."), file);
  if (relative.startsWith("tests/browser/")) return "browser";
  if (relative.startsWith("tests/process/")) return "process";
  return "unit";
}

export function printProjectTimes(report: Report | undefined): void {
  if (!report) return;
  const spans = new Map<string, { start: number; end: number; files: number; tests: number }>();
  for (const file of report.testResults) {
    // A file whose tests were all skipped has no start of its own (vitest gives the run's start).
    if (!file.assertionResults.some((test) => test.status === "passed" || test.status === "failed")) continue;
    const project = projectOf(file.name);
    const span = spans.get(project) ?? { start: Infinity, end: 0, files: 0, tests: 0 };
    span.start = Math.min(span.start, file.startTime);
    span.end = Math.max(span.end, file.endTime);
    span.files += 1;
    span.tests += file.assertionResults.length;
    spans.set(project, span);
  }
  for (const [project, span] of spans) {
    console.log(`  vitest ${project}: ${formatDuration(span.end - span.start)} (${span.files} files, ${span.tests} tests)`);
  }
}

export function slowest(report: Report, count: number): { files: [string, number][]; tests: [string, number][] } {
  const root = path.resolve(import.meta.dirname, "../..");
  const files = report.testResults
    .map((f): [string, number] => [`${projectOf(f.name)}  ${path.relative(root, f.name)}`, f.endTime - f.startTime])
    .sort((a, b) => b[1] - a[1])
    .slice(0, count);
  const tests = report.testResults
    .flatMap((f) => f.assertionResults.map((t): [string, number] => [`${path.relative(root, f.name)} > ${t.fullName}`, t.duration ?? 0]))
    .sort((a, b) => b[1] - a[1])
    .slice(0, count);
  return { files, tests };
}
