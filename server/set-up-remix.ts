import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import type { Express, Response } from "express";

export function setUpRemix(app: Express, build: ServerBuild, mode: string): void {
  app.all(
    "*",
    createRequestHandler({
      build,
      mode,
      getLoadContext: (req, res) => ({
        requestId: (res as Response).locals.requestId as string,
        cspNonce: (res as Response).locals.cspNonce as string,
        clientIp: req.ip ?? req.socket.remoteAddress ?? "unknown",
      }),
    }),
  );
}
