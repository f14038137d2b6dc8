// Ids the page makes for what it sends, so a re-send is stored once (docs/decisions/010).
import { DURABLE_EVENTS } from "./live-client.ts";
import { LIVE_INTENTS, type LiveIntent } from "./form-events.ts";

/** A version 4 UUID, also where crypto.randomUUID is missing (it needs HTTPS or localhost). */
export function newId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The forms whose sends are kept until stored (and re-sent after a dropped connection). */
export const DURABLE_INTENTS = (Object.keys(LIVE_INTENTS) as LiveIntent[]).filter((intent) =>
  (DURABLE_EVENTS as readonly string[]).includes(LIVE_INTENTS[intent]),
);
