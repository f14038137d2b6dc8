// npm test: every check, in order, stopping at the first failure.
// 1. a browser for the browser tests (installed on a fresh Debian machine as root; otherwise we
//    stop at once with the command to run: never a silent skip), 2. build, 3. typecheck and
// 4. lint (at once), 5. vitest: unit, database and in-process server tests, then real-server
//    process tests, then real-browser tests. At the end, how long each took.
import { spawn, spawnSync } from "node:child_process";
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

/** Runs the commands at once, printing each one's output whole, in order, when it ends. */
async function runTogether(commands: [title: string, command: string, args: string[]][]): Promise<void> {
  const started = performance.now();
  const results = commands.map(
    ([title, command, args]) =>
      new Promise<{ title: string; line: string; output: string; status: number | null; ms: number }>((resolve) => {
        const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
        let output = "";
        child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.on("close", (status) => resolve({ title, line: `${command} ${args.join(" ")}`, output, status, ms: performance.now() - started }));
      }),
  );
  let failed: number | null = null;
  for (const result of results) {
    const { title, line, output, status, ms } = await result;
    console.log(`\n▶ ${title}: ${line}`);
    process.stdout.write(output);
    took.push([title, ms]);
    if (status !== 0) {
      console.error(`\n✖ ${title} failed (exit ${status}).`);
      failed ??= status ?? 1;
    }
  }
  if (failed !== null) process.exit(failed);
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
// Both need the generated Prisma client from the build; each uses one core, so they run together.
await runTogether([
  ["typecheck", "npx", ["tsc", "--noEmit"]],
  ["lint", "npx", ["eslint", "."]],
]);
// The JSON report feeds `npm run test:slowest` (each project's time, the slowest files and tests).
run("tests", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${reportPath}`, ...process.argv.slice(2)]);
console.log("\n✔ All checks passed.");
console.log(took.map(([title, ms]) => `  ${title}: ${formatDuration(ms)}`).join("\n"));
printProjectTimes(await readReport());
