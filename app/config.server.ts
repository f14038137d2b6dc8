// The environment is read here once, at start-up, and nowhere else (style habit 5).
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must start with redis:// or rediss://")
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Panel <panel@localhost>"),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  BASE_URL: z.url({ message: "must be a full URL such as https://panel.example.org" }).optional(),
  DEMO: z.enum(["0", "1"]).optional(),
  TRUST_PROXY: z
    .string()
    .regex(/^(\d+|loopback|linklocal|uniquelocal|[0-9a-f.:/, ]+)$/i, "must be a hop count (such as 1), loopback, or proxy addresses")
    .optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Config = {
  nodeEnv: "development" | "production" | "test";
  isProduction: boolean;
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  /** With several server processes: live meeting broadcasts go through Redis instead of PostgreSQL. */
  redisUrl?: string;
  smtpUrl?: string;
  mailFrom: string;
  sessionSecret: string;
  baseUrl?: string;
  demo: boolean;
  logLevel: string;
  /** Express's "trust proxy": which proxies' X-Forwarded-For to believe for the client's address. */
  trustProxy?: string | number;
};

export class ConfigError extends Error {}

/** Parses the environment; throws ConfigError naming each bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Bad environment variable(s):\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === "production";
  const dataDir = path.resolve(e.DATA_DIR);
  if (isProduction && !e.SESSION_SECRET) {
    throw new ConfigError("Bad environment variable(s):\n  SESSION_SECRET: required when NODE_ENV=production");
  }
  if (isProduction && !e.BASE_URL) {
    throw new ConfigError("Bad environment variable(s):\n  BASE_URL: required when NODE_ENV=production (sign-in links point at it)");
  }
  return {
    nodeEnv: e.NODE_ENV,
    isProduction,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    sessionSecret: e.SESSION_SECRET ?? embeddedSessionSecret(dataDir),
    baseUrl: e.BASE_URL?.replace(/\/$/, ""),
    // Demo sign-in must never be on in production by accident: only an explicit DEMO=1.
    demo: isProduction ? e.DEMO === "1" : e.DEMO !== "0",
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY && /^\d+$/.test(e.TRUST_PROXY) ? Number(e.TRUST_PROXY) : e.TRUST_PROXY,
  };
}

/** Outside production the secret is generated once and kept in DATA_DIR, so restarts keep sessions. */
function embeddedSessionSecret(dataDir: string): string {
  const file = path.join(dataDir, "session-secret");
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    return secret;
  }
}
