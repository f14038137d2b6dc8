// npm run db:migration:create -- <name>
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that brings the existing
// migrations up to schema.prisma. The diff runs on a throw-away in-memory PGlite, so it needs no
// server and no engine download (docs/decisions/002-offline-migrations.md).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { diffMigrationsToSchema, migrationsDir } from "../../server/schema-engine.ts";

const name = (process.argv[2] ?? "").toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
if (!name) {
  console.error("Give the migration a name: npm run db:migration:create -- add_meetings");
  process.exit(2);
}

const pglite = new PGlite();
try {
  const sql = await diffMigrationsToSchema(new PrismaPGlite(pglite));
  if (sql === null) {
    console.log("schema.prisma and the migrations already agree: no migration written.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), sql);
    await writeFile(path.join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
} finally {
  await pglite.close();
}
// The schema engine's wasm runtime leaves a timer running for ~10 s after it is freed.
process.exit(0);
