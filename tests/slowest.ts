// npm run test:slowest [-- N]: each project's time and the N (default 15) slowest test files and
// tests of the last `npm test`, from its JSON report. `npm run test:slowest -- N <vitest args>`
// runs vitest first (for example `-- 10 --project unit`) and reports on that run instead.
import { spawnSync } from "node:child_process";
import { formatDuration, printProjectTimes, readReport, reportPath, slowest } from "./support/test-report.ts";

const [countArg, ...vitestArgs] = process.argv.slice(2);
const count = Number(countArg ?? 15) || 15;

if (vitestArgs.length) {
  spawnSync("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${reportPath}`, ...vitestArgs], { stdio: "inherit" });
}
const report = await readReport();
if (!report) {
  console.error(`No report at ${reportPath}: run npm test first, or npm run test:slowest -- 15 --project unit`);
  process.exit(1);
}
printProjectTimes(report);
const { files, tests } = slowest(report, count);
console.log(`\nSlowest ${files.length} files (first test to last):`);
for (const [name, ms] of files) console.log(`  ${formatDuration(ms).padStart(10)}  ${name}`);
console.log(`\nSlowest ${tests.length} tests:`);
for (const [name, ms] of tests) console.log(`  ${formatDuration(ms).padStart(10)}  ${name}`);
