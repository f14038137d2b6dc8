// A fresh database for each test file: an in-memory PGlite by default, or, when DATABASE_URL is
// set, a new database created on that PostgreSQL server and dropped afterwards. The migrations
// are applied as they are written, so tests run on the schema production gets.
//
// Applying them is done once per run, not once per file (docs/testing.md): a migrated PGlite is
// dumped to a tarball that each file loads (1 s instead of 3–4 s of initdb and migrations), and on
// PostgreSQL a migrated template database is copied with CREATE DATABASE … TEMPLATE. Both are
// keyed by a hash of the migrations, so a changed migration gets a new template.
// prisma/migrations.test.ts still applies the migrations to empty databases.
import { createHash, randomBytes } from "node:crypto";
import { readFile, rename, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { inject } from "vitest";
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

async function migrationsKey(): Promise<{ key: string; sqls: string[] }> {
  const sqls = (await readMigrations()).map((m) => m.sql);
  const hash = createHash("sha256");
  hash.update(await pgliteVersion());
  for (const sql of sqls) hash.update(sql);
  return { key: hash.digest("hex").slice(0, 16), sqls };
}

async function pgliteVersion(): Promise<string> {
  const file = path.resolve(import.meta.dirname, "../../node_modules/@electric-sql/pglite/package.json");
  return (JSON.parse(await readFile(file, "utf8")) as { version: string }).version;
}

const pgliteTemplatePath = (key: string) => path.join(os.tmpdir(), `panel-test-template-${key}.tar`);
const postgresTemplateName = (key: string) => `panel_template_${key}`;

/**
 * Makes the migrated template this run's files copy (vitest's globalSetup calls it once; a file
 * run on its own makes it on first use). Returns a function that removes a PostgreSQL template.
 */
export async function prepareTestDatabaseTemplate(databaseUrl = process.env.DATABASE_URL): Promise<() => Promise<void>> {
  const { key, sqls } = await migrationsKey();
  if (databaseUrl) {
    await ensurePostgresTemplate(databaseUrl, key, sqls);
    return async () => {
      await withClient(databaseUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${postgresTemplateName(key)} WITH (FORCE)`));
    };
  }
  await ensurePgliteTemplate(key, sqls);
  return async () => {};
}

async function ensurePgliteTemplate(key: string, sqls: string[]): Promise<Blob> {
  const file = pgliteTemplatePath(key);
  const existing = await readFile(file).catch(() => undefined);
  if (existing) return new Blob([existing]);
  const pglite = new PGlite();
  for (const sql of sqls) await pglite.exec(sql);
  const dump = await pglite.dumpDataDir("none");
  await pglite.close();
  const bytes = Buffer.from(await dump.arrayBuffer());
  // Written under another name and renamed, so a worker never reads half a file.
  const partial = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
  await writeFile(partial, bytes);
  await rename(partial, file);
  return new Blob([bytes]);
}

async function ensurePostgresTemplate(databaseUrl: string, key: string, sqls: string[]): Promise<string> {
  const name = postgresTemplateName(key);
  await withClient(databaseUrl, async (admin) => {
    // One maker at a time across workers; the others wait, then find it made.
    await admin.query("SELECT pg_advisory_lock(hashtext($1))", [name]);
    try {
      const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (found.rowCount) return;
      const building = `${name}_building_${randomBytes(4).toString("hex")}`;
      await admin.query(`CREATE DATABASE ${building}`);
      await withClient(urlFor(databaseUrl, building), async (setup) => {
        for (const sql of sqls) await setup.query(sql);
      });
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    } finally {
      await admin.query("SELECT pg_advisory_unlock(hashtext($1))", [name]);
    }
  });
  return name;
}

export async function createTestDatabase(databaseUrl = process.env.DATABASE_URL): Promise<TestDatabase> {
  const { key, sqls } = await migrationsKey();
  if (databaseUrl) return createPostgresDatabase(databaseUrl, await ensurePostgresTemplate(databaseUrl, key, sqls));
  const pglite = new PGlite({ loadDataDir: await ensurePgliteTemplate(key, sqls) });
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    kind: "pglite",
    reset: emptier(prisma),
    close: async () => {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    },
  };
}

async function createPostgresDatabase(databaseUrl: string, template: string): Promise<TestDatabase> {
  const name = `${runPrefix()}${randomBytes(6).toString("hex")}`;
  await withClient(databaseUrl, (admin) => admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: urlFor(databaseUrl, name) }) });
  return {
    prisma,
    kind: "postgres",
    reset: emptier(prisma),
    close: async () => {
      await prisma.$disconnect();
      await withClient(databaseUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseRun: string;
  }
}

/** Databases are named by run, so the run's end can drop those its shared apps leave open. */
function runPrefix(run = currentRun()): string {
  return `panel_test_${run ? `${run}_` : ""}`;
}

function currentRun(): string | undefined {
  try {
    return inject("testDatabaseRun");
  } catch {
    return undefined; // outside vitest's workers
  }
}

export async function dropRunDatabases(run: string, databaseUrl = process.env.DATABASE_URL): Promise<void> {
  if (!databaseUrl) return;
  await withClient(databaseUrl, async (admin) => {
    const found = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [runPrefix(run)]);
    for (const { datname } of found.rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  });
}

/**
 * Empties every table in one transaction with DELETE, foreign keys not checked for its length
 * (session_replication_role = replica): on PostgreSQL this takes 30–40 ms where TRUNCATE of 37
 * tables takes 0.5–0.8 s (TRUNCATE recreates each table's files). Needs a superuser, as the test
 * databases are; otherwise it falls back to TRUNCATE.
 */
function emptier(prisma: PrismaClient): () => Promise<void> {
  let tables: string[] | undefined;
  let superuser = true;
  return async () => {
    tables ??= (
      await prisma.$queryRaw<{ tablename: string }[]>`
        SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`
    ).map((t) => `"${t.tablename}"`);
    if (!tables.length) return;
    if (superuser) {
      try {
        await prisma.$transaction([
          prisma.$executeRawUnsafe("SET LOCAL session_replication_role = replica"),
          ...tables.map((table) => prisma.$executeRawUnsafe(`DELETE FROM ${table}`)),
        ]);
        return;
      } catch (error) {
        if (!/permission denied|must be superuser/i.test(String(error))) throw error;
        superuser = false;
      }
    }
    await prisma.$executeRawUnsafe(`TRUNCATE ${tables.join(", ")} CASCADE`);
  };
}

function urlFor(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withClient<T>(connectionString: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}
