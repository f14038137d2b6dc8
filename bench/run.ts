// `npm run bench`: runs every benchmark script in bench/ (each *.ts here except this one), one
// after another, each in its own node process so one cannot skew another's memory or JIT.
// `npm run bench -- serving` runs only the named ones.
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

const benchDir = import.meta.dirname;
const wanted = process.argv.slice(2);

function benchScripts(): string[] {
  return readdirSync(benchDir)
    .filter((name) => name.endsWith(".ts") && name !== "run.ts")
    .filter((name) => wanted.length === 0 || wanted.includes(path.basename(name, ".ts")))
    .sort();
}

function runScript(name: string): Promise<number | null> {
  console.log(`\n=== bench/${name} ===`);
  const child = spawn(process.execPath, ["--import", "tsx", path.join(benchDir, name)], {
    cwd: path.dirname(benchDir),
    stdio: "inherit",
  });
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

const scripts = benchScripts();
if (scripts.length === 0) {
  console.error(`No benchmark scripts match ${wanted.join(", ") || "bench/*.ts"}.`);
  process.exit(1);
}
const failed: string[] = [];
for (const name of scripts) {
  if ((await runScript(name)) !== 0) failed.push(name);
}
// Figures are never pass/fail; a non-zero exit means a benchmark could not run at all.
if (failed.length) {
  console.error(`\nCould not run: ${failed.join(", ")}`);
  process.exit(1);
}
