// vitest globalSetup for the projects that start real server processes: one server is started on
// a fresh data directory (initdb, migrations, demo data: about 8 s), stopped cleanly, and its
// directory kept as the template that startServerProcess() copies for each file (about 1 s), so
// each file still gets a server with its own database, as a newcomer's first `npm start` makes it.
import { randomBytes } from "node:crypto";
import { cp, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { removeDataDir, startServerProcess } from "./server-process.ts";

declare module "vitest" {
  export interface ProvidedContext {
    serverDataTemplate: string;
    /** Names this run's record of page states that passed expectAccessible (tests/support/browser.ts). */
    browserRun: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startServerProcess({ fresh: true });
  const exitCode = await server.stop();
  if (exitCode !== 0) throw new Error(`The template server stopped with ${exitCode}:\n${server.output()}`);
  // Copied once more so nothing the template server left behind can change under the files.
  const template = await mkdtemp(path.join(os.tmpdir(), "panel-server-template-"));
  await cp(server.dataDir, template, { recursive: true });
  await removeDataDir(server.dataDir);
  project.provide("serverDataTemplate", template);
  const run = randomBytes(4).toString("hex");
  project.provide("browserRun", run);
  return async () => {
    await removeDataDir(template);
    await removeDataDir(path.join(os.tmpdir(), `panel-checked-states-${run}`));
  };
}
