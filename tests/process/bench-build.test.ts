// `npm run bench` from a fresh clone (issue 10): the runner builds the app before any benchmark
// runs. The build goes to a fresh PANEL_BUILD_DIR, so the project's build/ that other tests use is
// never touched.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ensureBuild } from "../../bench/build.ts";
import { runBenchmarks } from "../../bench/run.ts";
import { projectRoot } from "../../server/build-root.ts";

// Stands in for a benchmark: it fails unless the server's build is there when it starts.
const BENCHMARK_NEEDING_THE_BUILD = `
import { appendFileSync, existsSync } from "node:fs";
import path from "node:path";
const serverBuild = path.join(process.env.PANEL_BUILD_DIR, "build/index.js");
appendFileSync(path.join(process.env.PANEL_BUILD_DIR, "ran.txt"), existsSync(serverBuild) ? "found the build\\n" : "no build\\n");
process.exit(existsSync(serverBuild) ? 0 : 1);
`;

describe("the benchmark runner", () => {
  let buildDir: string;
  beforeAll(async () => {
    // Inside the project, as remix.config.js asks, so the build finds node_modules.
    await mkdir(path.join(projectRoot, ".builds"), { recursive: true });
    buildDir = await mkdtemp(path.join(projectRoot, ".builds", "bench-build-test-"));
    vi.stubEnv("PANEL_BUILD_DIR", buildDir);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    if (buildDir) await rm(buildDir, { recursive: true, force: true });
  });

  it("builds the app when there is no build, before the first benchmark, and then reuses it", async () => {
    const benchmark = path.join(buildDir, "needs-the-build.ts");
    await writeFile(benchmark, BENCHMARK_NEEDING_THE_BUILD);
    expect(existsSync(path.join(buildDir, "build/index.js"))).toBe(false);

    const couldNotRun = await runBenchmarks([benchmark, benchmark]);

    expect(couldNotRun).toEqual([]);
    expect(await readFile(path.join(buildDir, "ran.txt"), "utf8")).toBe("found the build\nfound the build\n");
    expect(existsSync(path.join(buildDir, "public/build"))).toBe(true);
    expect(await ensureBuild()).toBe("reused");
  });
});
