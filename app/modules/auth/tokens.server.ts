// Random secrets and their keyed hashes. Only hashes are stored, keyed with SESSION_SECRET so a
// copy of the database alone cannot be used to forge or check tokens.
import { createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { getServices } from "../../services.server.ts";

/** 256 bits, URL-safe. */
export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Six digits, leading zeros kept, so it can be read out and typed by a supporter. */
export function randomCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, "0");
}

export function hashSecret(purpose: string, secret: string): string {
  return createHmac("sha256", getServices().config.sessionSecret).update(`${purpose}:${secret}`).digest("hex");
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}
