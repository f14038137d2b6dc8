// A fresh database for each test file: an in-memory PGlite by default, or, when DATABASE_URL is
// set, a new database created on that PostgreSQL server and dropped afterwards. The migrations
// are applied as they are written, so tests run on the schema production gets.
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "../../app/generated/prisma/client.ts";
import type { DatabaseKind } from "../../app/services.server.ts";
import { readMigrations } from "../../server/schema-engine.ts";

export type TestDatabase = {
  prisma: PrismaClient;
  kind: DatabaseKind;
  /** Empties every table, for a clean slate between tests. */
  reset(): Promise<void>;
  close(): Promise<void>;
};

async function migrationSql(): Promise<string[]> {
  return (await readMigrations()).map((m) => m.sql);
}

export async function createTestDatabase(databaseUrl = process.env.DATABASE_URL): Promise<TestDatabase> {
  const sqls = await migrationSql();
  if (databaseUrl) return createPostgresDatabase(databaseUrl, sqls);
  const pglite = new PGlite();
  for (const sql of sqls) await pglite.exec(sql);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    kind: "pglite",
    reset: () => truncateAll(prisma),
    close: async () => {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
}

async function createPostgresDatabase(databaseUrl: string, sqls: string[]): Promise<TestDatabase> {
  const name = `panel_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const setup = new pg.Client({ connectionString: url.toString() });
  await setup.connect();
  for (const sql of sqls) await setup.query(sql);
  await setup.end();
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url.toString() }) });
  return {
    prisma,
    kind: "postgres",
    reset: () => truncateAll(prisma),
    close: async () => {
      await prisma.$disconnect();
      const dropper = new pg.Client({ connectionString: databaseUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

async function truncateAll(prisma: PrismaClient): Promise<void> {
  const tables = await prisma.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length) await prisma.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(", ")} CASCADE`);
}
