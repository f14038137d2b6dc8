// Prisma 7 reads the datasource URL from here. Only `generate` uses the CLI in this project
// (migrations run offline through the schema engine's wasm build: docs/decisions/002), and
// generate needs no real database, so a placeholder URL is enough when none is set.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/placeholder" },
});
