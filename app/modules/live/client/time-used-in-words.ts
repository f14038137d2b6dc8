// Time used against time planned for each agenda entry, for the chair's screen: in words, so being
// over time is never shown by colour alone ("20 of 15 minutes — 5 over"). Browser-safe.
import type { LiveEntry } from "./protocol.ts";

type TimeUsed = { used: number; planned: number; overBy: number; text: string };

const minutes = (n: number) => `${n} minute${n === 1 ? "" : "s"}`;

/**
 * `sinceReadMs`: how long ago the entry's minutes were read from the server. The current entry's
 * clock keeps running on the page between updates; the others stand still.
 */
export function timeUsed(entry: Pick<LiveEntry, "minutesUsed" | "minutesPlanned">, options: { isCurrent?: boolean; sinceReadMs?: number } = {}): TimeUsed {
  const extra = options.isCurrent ? Math.max(0, Math.floor((options.sinceReadMs ?? 0) / 60_000)) : 0;
  const used = entry.minutesUsed + extra;
  const planned = entry.minutesPlanned;
  const overBy = Math.max(0, used - planned);
  const text = overBy > 0 ? `${used} of ${minutes(planned)} — ${overBy} over` : `${used} of ${minutes(planned)}`;
  return { used, planned, overBy, text };
}
