// Opens the one database the process uses: embedded PGlite in DATA_DIR by default, or a real
// PostgreSQL when DATABASE_URL is set (docs/decisions/001-embedded-pglite.md).
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../app/generated/prisma/client.ts";
import type { DatabaseKind } from "../app/services.server.ts";
import { applyMigrations, readMigrations } from "./schema-engine.ts";

export type Database = {
  prisma: PrismaClient;
  kind: DatabaseKind;
  migrate(): Promise<string[]>;
  close(): Promise<void>;
};

export async function openDatabase(options: { dataDir: string; databaseUrl?: string }): Promise<Database> {
  if (options.databaseUrl) {
    const factory = new PrismaPg({ connectionString: options.databaseUrl });
    const prisma = new PrismaClient({ adapter: factory });
    return {
      prisma,
      kind: "postgres",
      migrate: () => migrateIfNeeded(prisma, () => applyMigrations(new PrismaPg({ connectionString: options.databaseUrl }))),
      close: () => prisma.$disconnect(),
    };
  }
  // Callers must hold the DATA_DIR lock first (server/data-dir-lock.ts).
  const pglite = await PGlite.create({ dataDir: path.join(options.dataDir, "pglite") });
  const factory = new PrismaPGlite(pglite);
  const prisma = new PrismaClient({ adapter: factory });
  return {
    prisma,
    kind: "pglite",
    migrate: () => migrateIfNeeded(prisma, () => applyMigrations(factory)),
    close: async () => {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
}

/**
 * Loading the schema engine takes a second or two, so a start with nothing to apply (the usual
 * case) only reads `_prisma_migrations`. The engine still does all applying and recording.
 */
async function migrateIfNeeded(prisma: PrismaClient, apply: () => Promise<string[]>): Promise<string[]> {
  const wanted = (await readMigrations()).map((m) => m.name);
  try {
    const rows = await prisma.$queryRawUnsafe<{ migration_name: string }[]>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    if (wanted.every((name) => applied.has(name))) return [];
  } catch {
    // no migrations table yet: a new database
  }
  return apply();
}
