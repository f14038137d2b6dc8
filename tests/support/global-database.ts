// vitest globalSetup for the projects that make test databases: the migrated template is made
// once here, before any worker starts, rather than by whichever file comes first.
import { prepareTestDatabaseTemplate } from "./test-database.ts";

export default async function setup(): Promise<() => Promise<void>> {
  return prepareTestDatabaseTemplate();
}
