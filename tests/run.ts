// npm test: every check, in order, stopping at the first failure.
// 1. a browser for the browser tests (installed on a fresh Debian machine as root; otherwise we
//    stop at once with the command to run: never a silent skip), 2. build, 3. typecheck,
// 4. lint, 5. vitest: unit, database and in-process server tests, then real-browser tests.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { formatDuration, printProjectTimes, readReport, reportPath } from "./support/test-report.ts";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const took: [string, number][] = [];

function run(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  console.log(`\n▶ ${title}: ${command} ${args.join(" ")}`);
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: "inherit", env });
  took.push([title, performance.now() - started]);
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

function ensureChromium(): void {
  if (existsSync(chromium)) return;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get") && !process.env.CHROMIUM_PATH) {
    console.log("Chromium is missing: installing Debian's chromium package for the browser tests.");
    run("apt-get update", "apt-get", ["update", "-qq"]);
    run("install chromium", "apt-get", ["install", "-y", "-qq", "chromium", "fonts-liberation"], {
      ...process.env,
      DEBIAN_FRONTEND: "noninteractive",
    });
    if (existsSync(chromium)) return;
  }
  console.error(
    `\n✖ The browser tests need Chromium at ${chromium}, and it is not there.\n` +
      `  On Debian or Ubuntu run:  sudo apt-get install -y chromium\n` +
      `  Or point CHROMIUM_PATH at a Chromium or Chrome binary, then run npm test again.\n`,
  );
  process.exit(1);
}

ensureChromium();
run("build", "npm", ["run", "build", "--silent"]);
run("typecheck", "npx", ["tsc", "--noEmit"]);
run("lint", "npx", ["eslint", "."]);
// The JSON report feeds `npm run test:slowest` (each project's time, the slowest files and tests).
run("tests", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${reportPath}`, ...process.argv.slice(2)]);
console.log("\n✔ All checks passed.");
console.log(took.map(([title, ms]) => `  ${title}: ${formatDuration(ms)}`).join("\n"));
printProjectTimes(await readReport());
