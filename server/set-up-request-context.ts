// A request id on every request (logged, returned as X-Request-Id, shown on error pages), a CSP
// nonce, and structured request logs.
import { randomBytes, randomUUID } from "node:crypto";
import type { Express } from "express";
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import { pathForLog } from "../app/logging.server.ts";
import { REQUEST_KEY_HEADER } from "../app/per-request.server.ts";

export function setUpRequestContext(app: Express, logger: Logger): void {
  app.use((req, res, next) => {
    res.locals.requestId = randomUUID();
    res.locals.cspNonce = randomBytes(16).toString("base64");
    res.setHeader("X-Request-Id", res.locals.requestId as string);
    // Lets the loaders of one page share look-ups (app/per-request.server.ts); never the client's value.
    req.headers[REQUEST_KEY_HEADER] = randomBytes(16).toString("hex");
    next();
  });
  app.use(
    pinoHttp({
      logger,
      genReqId: (_req, res) => (res as unknown as { locals: { requestId: string } }).locals.requestId,
      // Sign-in and invitation tokens never reach the log (app/logging.server.ts).
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, path: pathForLog(req.url) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      autoLogging: { ignore: (req) => req.url === "/healthz" || (req.url ?? "").startsWith("/build/") },
    }),
  );
}
