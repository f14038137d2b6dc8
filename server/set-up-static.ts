// Static files: Remix's fingerprinted build (cached for a year), GOV.UK Frontend's assets, the rest.
import { createRequire } from "node:module";
import path from "node:path";
import express, { type Express } from "express";

const require = createRequire(import.meta.url);

export function setUpStatic(app: Express, root: string, buildDir: string): void {
  app.use("/build", express.static(path.join(buildDir, "public/build"), { immutable: true, maxAge: "1y", index: false }));
  const govukAssets = path.join(path.dirname(require.resolve("govuk-frontend/package.json")), "dist/govuk/assets");
  app.use("/assets/govuk", express.static(govukAssets, { maxAge: "1d", index: false }));
  app.use(express.static(path.join(root, "public"), { maxAge: "1h", index: false }));
}
