// Prisma's schema engine, loaded from its wasm build so migrations work offline (the CLI's
// engine download is unreachable here): docs/decisions/002-offline-migrations.md.
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineGlue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

const require = createRequire(import.meta.url);

export const prismaDir = path.resolve(import.meta.dirname, "../prisma");
export const schemaPath = path.join(prismaDir, "schema.prisma");
export const migrationsDir = path.join(prismaDir, "migrations");

let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
    const module = new WebAssembly.Module(bytes);
    const instance = new WebAssembly.Instance(module, {
      "./schema_engine_bg.js": engineGlue as unknown as WebAssembly.ModuleImports,
    });
    const glue = engineGlue as unknown as { __wbg_set_wasm(exports: unknown): void };
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
  })();
  return wasmReady;
}

export type MigrationDirectory = { name: string; sql: string };

export async function readMigrations(dir = migrationsDir): Promise<MigrationDirectory[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => ({ name, sql: await readFile(path.join(dir, name, "migration.sql"), "utf8") })),
  );
}

function migrationsList(migrations: MigrationDirectory[], dir = migrationsDir) {
  return {
    baseDir: dir,
    shadowDbInitScript: "",
    lockfile: { path: path.join(dir, "migration_lock.toml"), content: 'provider = "postgresql"\n' },
    // The engine records each migration under the path given here, so it must be the bare
    // directory name (as the Prisma CLI records it), never an absolute path that changes when
    // the project moves.
    migrationDirectories: migrations.map((m) => ({
      path: m.name,
      migrationFile: { path: `${m.name}/migration.sql`, content: { tag: "ok", value: m.sql } },
    })),
  };
}

const filters = { externalTables: [], externalEnums: [] };

async function withEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  use: (engine: SchemaEngine, schemaText: string) => Promise<T>,
): Promise<T> {
  await loadWasm();
  // The package's main module imports the .wasm file, which Node 20 cannot load: use the glue.
  const Engine = (engineGlue as unknown as { SchemaEngine: typeof SchemaEngine }).SchemaEngine;
  const schemaText = await readFile(schemaPath, "utf8");
  const engine = await Engine.new(
    { datamodels: [[schemaPath, schemaText]] } as never,
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapterFactory) as never,
  );
  try {
    return await use(engine, schemaText);
  } finally {
    engine.free();
  }
}

/**
 * Applies pending migrations and records them in `_prisma_migrations`. Returns their names.
 * Tests pass the first few migrations to build a database as it was, then migrate it onwards.
 */
export async function applyMigrations(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  migrations?: MigrationDirectory[],
): Promise<string[]> {
  migrations ??= await readMigrations();
  return withEngine(adapterFactory, async (engine) => {
    const result = (await engine.applyMigrations({ migrationsList: migrationsList(migrations), filters } as never)) as {
      appliedMigrationNames: string[];
    };
    return result.appliedMigrationNames;
  });
}

/**
 * The SQL that would bring the migrations up to the schema, or null when they agree.
 * Run it on PGlite: @prisma/adapter-pg cannot diff (see ../shared/notes/stack.md).
 */
export async function diffMigrationsToSchema(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string | null> {
  const migrations = await readMigrations();
  return withEngine(adapterFactory, async (engine, schemaText) => {
    const result = (await engine.diff({
      from: { tag: "migrations", ...migrationsList(migrations) },
      to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schemaText }] },
      script: true,
      exitCode: true,
      filters,
    } as never)) as { exitCode: number; stdout?: string };
    if (result.exitCode === 0) return null;
    return result.stdout ?? "";
  });
}
