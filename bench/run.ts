// `npm run bench`: builds the app if there is no build (once, before any benchmark), then runs
// every benchmark script in bench/, one after another, each in its own node process so one cannot
// skew another's memory or JIT. `npm run bench -- serving` runs only the named ones.
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../server/build-root.ts";
import { ensureBuild } from "./build.ts";

const benchDir = import.meta.dirname;
/** Modules the benchmarks share, and this runner: in bench/ but not benchmarks. */
const NOT_BENCHMARKS = new Set(["run.ts", "build.ts", "server.ts"]);

/** The benchmarks in bench/, by name (the file name without .ts). */
export function benchmarkNames(): string[] {
  return readdirSync(benchDir)
    .filter((file) => file.endsWith(".ts") && !NOT_BENCHMARKS.has(file))
    .map((file) => path.basename(file, ".ts"))
    .sort();
}

function runScript(script: string): Promise<number | null> {
  console.log(`\n=== ${path.relative(projectRoot, script)} ===`);
  const child = spawn(process.execPath, ["--import", "tsx", script], { cwd: projectRoot, stdio: "inherit" });
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

/** Builds if needed, then runs each script; returns the ones that could not run (non-zero exit). */
export async function runBenchmarks(scripts: string[]): Promise<string[]> {
  await ensureBuild();
  const failed: string[] = [];
  for (const script of scripts) {
    if ((await runScript(script)) !== 0) failed.push(path.relative(projectRoot, script));
  }
  return failed;
}

async function main(wanted: string[]): Promise<number> {
  const names = benchmarkNames();
  const unknown = wanted.filter((name) => !names.includes(name));
  if (unknown.length) {
    console.error(`No benchmark called ${unknown.join(", ")}. The benchmarks are: ${names.join(", ")}.`);
    return 1;
  }
  const chosen = wanted.length ? names.filter((name) => wanted.includes(name)) : names;
  let failed: string[];
  try {
    failed = await runBenchmarks(chosen.map((name) => path.join(benchDir, `${name}.ts`)));
  } catch (error) {
    console.error(`\nCould not run the benchmarks: ${(error as Error).message}`);
    return 1;
  }
  // Figures are never pass/fail; a non-zero exit means a benchmark could not run at all.
  if (failed.length) {
    console.error(`\nCould not run: ${failed.join(", ")}`);
    return 1;
  }
  return 0;
}

// Run as a script (npm run bench), not when a test imports runBenchmarks.
if (process.argv[1] === import.meta.filename) process.exitCode = await main(process.argv.slice(2));
