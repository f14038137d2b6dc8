// The Panel server (started by server/index.ts): one process serving Remix pages and socket.io
// on one port.
// Start-up: config → lock DATA_DIR (embedded) → open and migrate the database → demo data →
// build the app (with the socket.io adapter that shares broadcasts between processes on one
// PostgreSQL) → listen. Shutdown on SIGTERM/SIGINT: stop accepting, finish in-flight requests,
// close sockets and the adapter, finish sending notifications, close the database cleanly,
// release the lock.
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { pino } from "pino";
import { ConfigError, loadConfig } from "../app/config.server.ts";
import { createMailer } from "../app/modules/email/mailer.server.ts";
import { setServices, type Services } from "../app/services.server.ts";
import { loadDemoData } from "../prisma/demo-data.ts";
import { buildRoot, createApp } from "./app.ts";
import { DataDirLockedError, lockDataDir, type DataDirLock } from "./data-dir-lock.ts";
import { openDatabase } from "./database.ts";
import { setUpNotifications } from "./set-up-notifications.ts";

const SHUTDOWN_GRACE_MS = 10_000;

function fail(message: string): never {
  console.error(`\nPanel could not start.\n${message}\n`);
  process.exit(1);
}

export async function main(env: Record<string, string | undefined>) {
  let config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const logger = pino({ level: config.logLevel });

  let lock: DataDirLock | undefined;
  if (!config.databaseUrl) {
    try {
      lock = lockDataDir(config.dataDir);
    } catch (error) {
      if (error instanceof DataDirLockedError) fail(error.message);
      throw error;
    }
    if (lock.clearedStaleLockOf) logger.warn({ pid: lock.clearedStaleLockOf }, "cleared a lock left by a stopped server");
  }

  const database = await openDatabase(config);
  const applied = await database.migrate();
  if (applied.length) logger.info({ applied: applied.map((m) => path.basename(m)) }, "applied migrations");
  if (config.demo && (await database.prisma.person.count()) === 0) {
    await loadDemoData(database.prisma);
    logger.info("loaded demo data");
  }

  const services: Services = {
    config,
    db: database.prisma,
    dbKind: database.kind,
    mailer: createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, dataDir: config.dataDir }),
    logger,
  };
  setServices(services);

  const buildPath = path.join(buildRoot(), "build/index.js");
  const build = (await import(pathToFileURL(buildPath).href).catch(() =>
    fail(`No server build at ${buildPath}. Run "npm run build" first (npm start does this for you).`),
  )) as ServerBuild;
  const { httpServer, io, socketAdapter } = createApp(services, build);
  await socketAdapter.ready.catch((error: unknown) =>
    fail(`Could not set up sharing live meetings between server processes through the database.\n${error instanceof Error ? error.message : String(error)}`),
  );
  const notifications = setUpNotifications(services);

  httpServer.listen(config.port, config.host, () => {
    const address = httpServer.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    logger.info({ port, db: database.kind, demo: config.demo, socketAdapter: socketAdapter.kind }, "listening");
    console.log(`\nPanel is ready at http://localhost:${port}  (database: ${database.kind})`);
    if (config.demo) console.log(`Demo mode: sign in as any demo person at http://localhost:${port}/demo\n`);
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const forced = setTimeout(() => httpServer.closeAllConnections(), SHUTDOWN_GRACE_MS);
    forced.unref();
    await new Promise<void>((resolve) => {
      io.close(); // disconnects sockets and closes the HTTP server, which waits for in-flight requests
      httpServer.closeIdleConnections();
      httpServer.close(() => resolve());
    });
    clearTimeout(forced);
    await socketAdapter.close();
    await notifications.stop();
    await database.close();
    lock?.release();
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

