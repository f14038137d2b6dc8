// vitest globalSetup for the projects that make test databases: the migrated template is made
// once here, before any worker starts, rather than by whichever file comes first. At the end, the
// run's PostgreSQL databases (kept open by apps shared across files) and the template are dropped.
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { dropRunDatabases, prepareTestDatabaseTemplate } from "./test-database.ts";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const run = randomBytes(4).toString("hex");
  project.provide("testDatabaseRun", run);
  const removeTemplate = await prepareTestDatabaseTemplate();
  return async () => {
    await dropRunDatabases(run);
    await removeTemplate();
  };
}
