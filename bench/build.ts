// The benchmarks measure the built server, so the runner (bench/run.ts) makes sure there is a
// build before it runs any of them: a fresh clone can run `npm run bench` straight after `npm ci`.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { buildRoot, projectRoot } from "../server/build-root.ts";

/** Runs `npm run build` unless the server's build is already where the server will read it. */
export async function ensureBuild(): Promise<"reused" | "built"> {
  const serverBuild = path.join(buildRoot(), "build/index.js");
  // Reusing a build keeps the benchmarks quick; after changing the app, run npm run build yourself.
  if (existsSync(serverBuild)) return "reused";
  console.log(`No ${path.relative(projectRoot, serverBuild)}: running npm run build first.`);
  const child = spawn("npm", ["run", "build"], { cwd: projectRoot, stdio: "inherit" });
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`npm run build failed with exit code ${code}`);
  if (!existsSync(serverBuild)) throw new Error(`npm run build finished but there is still no ${serverBuild}`);
  return "built";
}
