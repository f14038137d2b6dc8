// Refuses state-changing requests that come from another site (cross-site request forgery).
// Browsers send Origin on every POST; Sec-Fetch-Site backs it up. SameSite=Lax cookies are the
// second layer. Requests with neither header come from non-browser clients, which cannot ride on
// a person's cookies, so they pass.
import type { Express, Request } from "express";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isCrossSite(req: Pick<Request, "method" | "protocol"> & { get(name: string): string | undefined }, baseUrl?: string): boolean {
  if (SAFE_METHODS.has(req.method)) return false;
  const origin = req.get("origin");
  if (origin !== undefined) {
    const allowed = new Set([`${req.protocol}://${req.get("host")}`]);
    if (baseUrl) allowed.add(new URL(baseUrl).origin);
    return !allowed.has(origin);
  }
  const site = req.get("sec-fetch-site");
  return site !== undefined && site !== "same-origin" && site !== "none";
}

export function setUpOriginCheck(app: Express, options: { baseUrl?: string }): void {
  app.use((req, res, next) => {
    if (!isCrossSite(req, options.baseUrl)) return next();
    req.log?.warn({ origin: req.get("origin") }, "refused a cross-site request");
    res.status(403).type("text/plain").send("This request came from another website, so it was refused.");
  });
}
