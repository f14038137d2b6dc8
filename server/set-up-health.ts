import type { Express } from "express";
import type { Services } from "../app/services.server.ts";

/** GET /healthz: 200 when the database answers within 2 seconds, 503 when it does not. */
export function setUpHealth(app: Express, services: Pick<Services, "db" | "dbKind">): void {
  app.get("/healthz", async (_req, res) => {
    res.setHeader("Cache-Control", "no-store");
    try {
      await Promise.race([
        services.db.$queryRawUnsafe("SELECT 1"),
        new Promise((_, reject) => setTimeout(() => reject(new Error("database timed out")), 2000).unref()),
      ]);
      res.json({ status: "ok", db: services.dbKind });
    } catch {
      res.status(503).json({ status: "unavailable", db: services.dbKind });
    }
  });
}
