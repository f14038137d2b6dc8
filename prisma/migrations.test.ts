// The migrations are the schema: they must agree with schema.prisma (no drift), apply to an empty
// database through the schema engine, and apply nothing the second time. On PostgreSQL too, when
// DATABASE_URL is set (CI does).
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { describe, expect, it } from "vitest";
import { applyMigrations, diffMigrationsToSchema, readMigrations } from "../server/schema-engine.ts";

// Each test starts PGlite from nothing and loads the schema engine: on a busy 2-core machine the
// drift check alone has taken over 30 s.
describe("migrations", { timeout: 120_000 }, () => {
  it("agree with schema.prisma (run `npm run db:migration:create -- <name>` if this fails)", async () => {
    const pglite = new PGlite();
    try {
      expect(await diffMigrationsToSchema(new PrismaPGlite(pglite))).toBeNull();
    } finally {
      await pglite.close();
    }
  });

  it("apply to an empty embedded database, once", async () => {
    const pglite = new PGlite();
    try {
      const names = (await readMigrations()).map((m) => m.name);
      const applied = await applyMigrations(new PrismaPGlite(pglite));
      expect(applied).toEqual(names);
      expect(await applyMigrations(new PrismaPGlite(pglite))).toEqual([]);
      const rows = await pglite.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations"`);
      expect(rows.rows.map((r) => r.migration_name).sort()).toEqual(names);
    } finally {
      await pglite.close();
    }
  });

  it("drop the unused CARRIED_FORWARD agenda item status, moving any such item back to proposed", async () => {
    const pglite = new PGlite();
    try {
      const all = await readMigrations();
      const dropping = all.findIndex((m) => m.name.endsWith("_drop_carried_forward_status"));
      expect(dropping).toBeGreaterThan(0);
      await applyMigrations(new PrismaPGlite(pglite), all.slice(0, dropping));
      await pglite.exec(`
        INSERT INTO "Panel" ("id", "name", "updatedAt") VALUES ('panel', 'Panel', now());
        INSERT INTO "Person" ("id", "email", "name", "updatedAt") VALUES ('person', 'a@example.test', 'A', now());
        INSERT INTO "AgendaItem" ("id", "panelId", "title", "about", "type", "status", "proposedById", "proposedAs", "updatedAt")
          VALUES ('item', 'panel', 'Buses', 'Routes', 'DISCUSSION', 'CARRIED_FORWARD', 'person', 'MEMBER', now());
      `);
      await applyMigrations(new PrismaPGlite(pglite), all);
      const item = await pglite.query<{ status: string }>(`SELECT "status" FROM "AgendaItem" WHERE "id" = 'item'`);
      expect(item.rows).toEqual([{ status: "PROPOSED" }]);
      const values = await pglite.query<{ value: string }>(`SELECT unnest(enum_range(NULL::"AgendaItemStatus"))::text AS value`);
      expect(values.rows.map((r) => r.value)).toEqual(["PROPOSED", "ON_AGENDA", "WITHDRAWN", "FORWARDED"]);
    } finally {
      await pglite.close();
    }
  });

  it("keep one current consent per member and supporter: older duplicates become past consents", async () => {
    const pglite = new PGlite();
    try {
      const all = await readMigrations();
      const unique = all.findIndex((m) => m.name.endsWith("_one_active_consent_per_supporter"));
      expect(unique).toBeGreaterThan(0);
      await applyMigrations(new PrismaPGlite(pglite), all.slice(0, unique));
      await pglite.exec(`
        INSERT INTO "Person" ("id", "email", "name", "updatedAt") VALUES
          ('jordan', 'jordan@example.test', 'Jordan', now()), ('sam', 'sam@example.test', 'Sam', now()), ('alex', 'alex@example.test', 'Alex', now());
        INSERT INTO "SupporterConsent" ("id", "memberId", "supporterId", "relationship", "recordedById", "updatedAt", "withdrawnAt") VALUES
          ('first', 'jordan', 'sam', 'FAMILY', 'jordan', '2026-01-01T10:00:00Z', NULL),
          ('second', 'jordan', 'sam', 'FAMILY', 'jordan', '2026-01-01T10:00:01Z', NULL),
          ('stopped', 'jordan', 'sam', 'FAMILY', 'jordan', '2025-06-01T10:00:00Z', '2025-07-01T10:00:00Z'),
          ('other', 'jordan', 'alex', 'FAMILY', 'jordan', '2025-01-01T10:00:00Z', NULL);
      `);
      await applyMigrations(new PrismaPGlite(pglite), all);
      const rows = await pglite.query<{ id: string; withdrawnAt: Date | null; withdrawnById: string | null }>(
        `SELECT "id", "withdrawnAt", "withdrawnById" FROM "SupporterConsent" ORDER BY "id"`,
      );
      expect(rows.rows).toEqual([
        { id: "first", withdrawnAt: new Date("2026-01-01T10:00:01Z"), withdrawnById: "jordan" },
        { id: "other", withdrawnAt: null, withdrawnById: null },
        { id: "second", withdrawnAt: null, withdrawnById: null },
        { id: "stopped", withdrawnAt: new Date("2025-07-01T10:00:00Z"), withdrawnById: null },
      ]);
    } finally {
      await pglite.close();
    }
  });

  it.runIf(Boolean(process.env.DATABASE_URL))("apply to an empty PostgreSQL database, once", async () => {
    const base = process.env.DATABASE_URL!;
    const name = `panel_migrate_${randomBytes(5).toString("hex")}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    try {
      const names = (await readMigrations()).map((m) => m.name);
      expect(await applyMigrations(new PrismaPg({ connectionString: url.toString() }))).toEqual(names);
      expect(await applyMigrations(new PrismaPg({ connectionString: url.toString() }))).toEqual([]);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
