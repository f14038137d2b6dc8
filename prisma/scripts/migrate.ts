// npm run db:migrate: applies pending migrations to the configured database (PGlite in DATA_DIR,
// or DATABASE_URL). The server also does this at start.
import { loadConfig } from "../../app/config.server.ts";
import { lockDataDir } from "../../server/data-dir-lock.ts";
import { openDatabase } from "../../server/database.ts";

const config = loadConfig();
const lock = config.databaseUrl ? undefined : lockDataDir(config.dataDir);
const database = await openDatabase(config);
try {
  const applied = await database.migrate();
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
} finally {
  await database.close();
  lock?.release();
}
// The schema engine's wasm runtime leaves a timer running for ~10 s after it is freed.
process.exit(0);
