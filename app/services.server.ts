// The process-wide services (database, config, mail, sockets), made once by the server and
// reached from the Remix bundle through globalThis: the bundle has its own copy of every module,
// so a module-level singleton would be created twice (two PGlite instances on one directory).
import type { Server as SocketServer } from "socket.io";
import type { Logger } from "pino";
import type { Prisma, PrismaClient } from "./generated/prisma/client.ts";
import type { Config } from "./config.server.ts";
import type { Mailer } from "./modules/email/mailer.server.ts";

export type DatabaseKind = "pglite" | "postgres";

export type Services = {
  config: Config;
  db: PrismaClient;
  dbKind: DatabaseKind;
  mailer: Mailer;
  logger: Logger;
  io?: SocketServer;
};

const key = Symbol.for("panel.services");
type Holder = { [key]?: Services };

export function setServices(services: Services): void {
  (globalThis as Holder)[key] = services;
}

export function getServices(): Services {
  const services = (globalThis as Holder)[key];
  if (!services) throw new Error("Services are not set: the server must call setServices() first");
  return services;
}

export function db(): PrismaClient {
  return getServices().db;
}

/**
 * What a feature's exported function takes when it may run inside another feature's transaction
 * (`client: DbClient = db()`), so one feature never writes another's tables itself.
 */
export type DbClient = Prisma.TransactionClient;
