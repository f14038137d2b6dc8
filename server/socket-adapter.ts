// How socket.io broadcasts reach every server process. With DATABASE_URL several processes can
// share one PostgreSQL, so broadcasts go through it (the PostgreSQL adapter: LISTEN/NOTIFY, with a
// table for payloads over NOTIFY's 8000-byte limit) and a note added through process A reaches
// the clients of process B; with REDIS_URL as well, they go through Redis pub/sub instead (for
// sites that run Redis, or whose PostgreSQL sits behind a pooler that cannot LISTEN). Embedded
// PGlite allows one process only (the DATA_DIR lock), so the default in-memory adapter is all it
// needs. docs/decisions/010-live-notes-protocol.md, issue 5.
import { createAdapter } from "@socket.io/postgres-adapter";
import { createAdapter as createRedisAdapter } from "@socket.io/redis-adapter";
import { createClient } from "redis";
import pg from "pg";
import type { Logger } from "pino";
import type { Server as SocketServer } from "socket.io";

export type SocketAdapter = {
  kind: "postgres" | "redis" | "in-memory";
  /** Resolves once the adapter can carry every broadcast; start-up waits for it before listening. */
  ready: Promise<void>;
  /** After io.close(): ends the adapter's database connections. */
  close(): Promise<void>;
};

export const ATTACHMENTS_TABLE = "socket_io_attachments";

/** The adapter's connections: one held for LISTEN, the rest for NOTIFY and the attachments table. */
const POOL_SIZE = 4;

export function attachSocketAdapter(io: SocketServer, options: { databaseUrl?: string; redisUrl?: string; logger: Logger }): SocketAdapter {
  if (options.redisUrl) return attachRedisAdapter(io, options.redisUrl, options.logger);
  if (!options.databaseUrl) return { kind: "in-memory", ready: Promise.resolve(), close: async () => {} };

  const { logger } = options;
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: POOL_SIZE });
  // An idle connection dropped by the server must not crash the process: the adapter reconnects.
  pool.on("error", (error) => logger.warn({ err: error.message }, "socket.io adapter: database connection lost"));
  // The adapter's own table, not a Prisma model: made here, as its README does, so only
  // deployments that use the adapter have it.
  const ready = pool
    .query(`CREATE TABLE IF NOT EXISTS ${ATTACHMENTS_TABLE} (id bigserial UNIQUE, created_at timestamptz DEFAULT NOW(), payload bytea)`)
    .then(() => undefined);
  io.adapter(
    createAdapter(pool, {
      tableName: ATTACHMENTS_TABLE,
      errorHandler: (error) => logger.warn({ err: error.message }, "socket.io adapter error"),
    }),
  );
  let closed: Promise<void> | undefined;
  return {
    kind: "postgres",
    ready,
    close() {
      closed ??= pool.end();
      return closed;
    },
  };
}

const REDIS_START_TIMEOUT_MS = 10_000;

function attachRedisAdapter(io: SocketServer, url: string, logger: Logger): SocketAdapter {
  const publisher = createClient({ url });
  const subscriber = publisher.duplicate();
  // A dropped Redis connection is logged, not fatal: the client reconnects by itself.
  for (const client of [publisher, subscriber]) {
    client.on("error", (error: Error) => logger.warn({ err: error.message }, "socket.io adapter: Redis connection error"));
  }
  // The client keeps retrying a server that is down; start-up gives up after a while instead.
  let timer: NodeJS.Timeout | undefined;
  const ready = Promise.race([
    Promise.all([publisher.connect(), subscriber.connect()]),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis at REDIS_URL did not answer within ${REDIS_START_TIMEOUT_MS / 1000} s`)), REDIS_START_TIMEOUT_MS);
      timer.unref();
    }),
  ]).then(() => {
    clearTimeout(timer);
    io.adapter(createRedisAdapter(publisher, subscriber));
  });
  let closed: Promise<void> | undefined;
  return {
    kind: "redis",
    ready,
    close() {
      closed ??= Promise.allSettled([publisher, subscriber].map((c) => (c.isOpen ? c.quit() : c.destroy()))).then(() => undefined);
      return closed;
    },
  };
}
