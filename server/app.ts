// Builds the whole app from small named set-up steps, in order. Building is separate from
// listening, so tests can mount it on port 0.
import { createServer, type Server as HttpServer } from "node:http";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import type { Server as SocketServer } from "socket.io";
import type { Services } from "../app/services.server.ts";
import { buildRoot, projectRoot } from "./build-root.ts";
import { setUpHealth } from "./set-up-health.ts";
import { setUpOriginCheck } from "./set-up-origin-check.ts";
import { setUpRemix } from "./set-up-remix.ts";
import { setUpRequestContext } from "./set-up-request-context.ts";
import { setUpSecurityHeaders } from "./set-up-security-headers.ts";
import { setUpSockets } from "./set-up-sockets.ts";
import { setUpStatic } from "./set-up-static.ts";
import { attachSocketAdapter, type SocketAdapter } from "./socket-adapter.ts";

export { buildRoot, projectRoot };

export function createApp(services: Services, build: ServerBuild): { httpServer: HttpServer; io: SocketServer; socketAdapter: SocketAdapter } {
  const app = express();
  // Behind a reverse proxy every request would otherwise seem to come from the proxy, and the
  // per-address sign-in limit would lock everyone out together.
  if (services.config.trustProxy !== undefined) app.set("trust proxy", services.config.trustProxy);
  setUpRequestContext(app, services.logger);
  setUpSecurityHeaders(app, { isProduction: services.config.isProduction });
  app.use(compression());
  setUpStatic(app, projectRoot, buildRoot());
  setUpHealth(app, services);
  setUpOriginCheck(app, { baseUrl: services.config.baseUrl });
  setUpRemix(app, build, services.config.isProduction ? "production" : "development");
  const httpServer = createServer(app);
  const io = setUpSockets(httpServer, { allowedOrigin: services.config.baseUrl, logger: services.logger });
  // Several processes on one PostgreSQL hear each other's broadcasts (issue 5).
  const socketAdapter = attachSocketAdapter(io, { databaseUrl: services.config.databaseUrl, redisUrl: services.config.redisUrl, logger: services.logger });
  services.io = io;
  return { httpServer, io, socketAdapter };
}
