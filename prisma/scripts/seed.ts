// npm run db:seed: loads the demo data into the configured database, once.
import { loadConfig } from "../../app/config.server.ts";
import { lockDataDir } from "../../server/data-dir-lock.ts";
import { openDatabase } from "../../server/database.ts";
import { loadDemoData } from "../demo-data.ts";

const config = loadConfig();
const lock = config.databaseUrl ? undefined : lockDataDir(config.dataDir);
const database = await openDatabase(config);
try {
  await database.migrate();
  console.log((await loadDemoData(database.prisma)) ? "Demo data loaded." : "Demo data was already there.");
} finally {
  await database.close();
  lock?.release();
}
process.exit(0);
