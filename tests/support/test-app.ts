// The real app (the Remix build, Express, socket.io) in this process on a free port, with its own
// fresh database, a real SMTP server for email, and helpers to act as a person.
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { pino } from "pino";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { loadConfig, type Config } from "../../app/config.server.ts";
import { startSession } from "../../app/modules/auth/session.server.ts";
import { createMailer } from "../../app/modules/email/mailer.server.ts";
import { notificationSenderIdle } from "../../app/modules/notifications/queue.server.ts";
import { setServices, type Services } from "../../app/services.server.ts";
import { buildRoot, createApp } from "../../server/app.ts";
import { startSmtpServer, type TestSmtp } from "./smtp.ts";
import { createTestDatabase, type TestDatabase } from "./test-database.ts";

export type TestApp = {
  url: string;
  services: Services;
  database: TestDatabase;
  smtp: TestSmtp;
  /** What the app logged (info and above), one JSON line an entry; emptied before each test. */
  logs: string[];
  /** Puts back the services as the app made them (a test may swap the mailer, or build another app on them, which replaces io). */
  restoreServices(): void;
  /** A session cookie header value for a person, as if they had signed in. */
  cookieFor(personId: string, options?: { sharedDevice?: boolean }): Promise<string>;
  /** fetch against the app; same-origin POSTs get the Origin header a browser would send. */
  fetch(pathname: string, init?: RequestInit & { cookie?: string }): Promise<Response>;
  /** POST a form as a browser would. */
  post(pathname: string, form: Record<string, string>, cookie?: string): Promise<Response>;
  close(): Promise<void>;
};

export async function startTestApp(configOverrides: Partial<Config> = {}): Promise<TestApp> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "panel-test-"));
  const [database, smtp] = await Promise.all([createTestDatabase(), startSmtpServer()]);
  const logs: string[] = [];
  const config: Config = {
    ...loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, SESSION_SECRET: "test-secret-that-is-at-least-32-characters-long" }),
    smtpUrl: smtp.url,
    demo: true,
    ...configOverrides,
  };
  const services: Services = {
    config,
    db: database.prisma,
    dbKind: database.kind,
    mailer: createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, dataDir }),
    logger: pino({ level: "info" }, { write: (line: string) => void logs.push(line) }),
  };
  setServices(services);
  const build = (await import(pathToFileURL(path.join(buildRoot(), "build/index.js")).href)) as ServerBuild;
  const { httpServer, io } = createApp(services, build);
  const made = { ...services };
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;

  const appFetch: TestApp["fetch"] = (pathname, init = {}) => {
    const headers = new Headers(init.headers);
    if (init.cookie) headers.set("Cookie", init.cookie);
    if (init.method && init.method !== "GET" && !headers.has("Origin")) headers.set("Origin", url);
    return fetch(url + pathname, { redirect: "manual", ...init, headers });
  };

  return {
    url,
    services,
    database,
    smtp,
    logs,
    restoreServices: () => {
      Object.assign(services, made);
      setServices(services);
    },
    async cookieFor(personId, options = {}) {
      const setCookie = await startSession(personId, { sharedDevice: options.sharedDevice ?? false });
      return setCookie.split(";")[0] ?? "";
    },
    fetch: appFetch,
    post: (pathname, form, cookie) =>
      appFetch(pathname, {
        method: "POST",
        body: new URLSearchParams(form),
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        cookie,
      }),
    async close() {
      await new Promise<void>((resolve) => {
        io.close();
        httpServer.closeAllConnections();
        httpServer.close(() => resolve());
      });
      await Promise.all([database.close(), smtp.close()]);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

const sharedKey = Symbol.for("panel.test-app");
type Holder = { [sharedKey]?: Promise<TestApp> };

/**
 * The app for a test file, its database emptied and its outbox cleared before each test.
 * Files without config overrides share one app per worker (the unit project runs with
 * isolate: false), which saves the 4–6 s a new database, SMTP server and warm Remix build cost a
 * file; a file with overrides gets its own app, closed after it.
 */
export function useTestApp(configOverrides: Partial<Config> = {}): () => TestApp {
  const own = Object.keys(configOverrides).length > 0;
  let app: TestApp | undefined;
  beforeAll(async () => {
    if (own) {
      app = await startTestApp(configOverrides);
    } else {
      const holder = globalThis as Holder;
      holder[sharedKey] ??= startTestApp();
      app = await holder[sharedKey];
      // An earlier file's own app, or a test, may have replaced the services the build reads.
      app.restoreServices();
    }
  });
  beforeEach(async () => {
    // Commands wake the sender themselves; a send the last test started must land before the
    // reset, or its email (and its row's update) would arrive in this test.
    await notificationSenderIdle();
    await app?.database.reset();
    app!.smtp.messages.length = 0;
    app!.logs.length = 0;
  });
  afterAll(async () => {
    if (own) await app?.close();
  });
  return () => {
    if (!app) throw new Error("The test app is not started yet");
    return app;
  };
}
