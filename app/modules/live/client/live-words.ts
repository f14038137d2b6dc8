// The plain words the live page, its announcements and "catch me up" use for items and notes, so
// every place says "item 3: Day services" the same way. Browser-safe and pure.
import { formatLongDate } from "../../../dates.ts";
import type { LiveEntry, LiveNote, LiveState } from "./protocol.ts";

export const OUTSIDE_ITEMS = "outside the agenda items";

function entryOfItem(entries: readonly LiveEntry[], itemId: string | null): LiveEntry | undefined {
  return itemId ? entries.find((e) => e.itemId === itemId) : undefined;
}

export function currentEntry(state: Pick<LiveState, "entries" | "currentEntryId">): LiveEntry | undefined {
  return state.currentEntryId ? state.entries.find((e) => e.entryId === state.currentEntryId) : undefined;
}

/** "item 3: Day services", or "outside the agenda items" for a note under no item. */
export function itemName(entries: readonly LiveEntry[], itemId: string | null): string {
  const entry = entryOfItem(entries, itemId);
  return entry ? entryName(entry) : OUTSIDE_ITEMS;
}

/** "item 3: Day services" or "Tea break". */
export function entryName(entry: LiveEntry): string {
  return entry.kind === "ITEM" ? `item ${entry.number}: ${entry.title}` : entry.title;
}

/** "item 3", short, for counts ("2 new notes under item 3"). */
export function itemShortName(entries: readonly LiveEntry[], itemId: string | null): string {
  const entry = entryOfItem(entries, itemId);
  return entry?.number ? `item ${entry.number}` : OUTSIDE_ITEMS;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A due date kept as yyyy-mm-dd, in words: "Thursday 31 December 2026". */
export function formatDueDate(dueOn: string): string {
  const instant = new Date(`${dueOn}T12:00:00Z`);
  return Number.isNaN(instant.getTime()) ? dueOn : formatLongDate(instant, "UTC");
}

/** An action in one line: what, who, by when, and the recommendations it concerns. */
export function describeAction(note: Pick<LiveNote, "text" | "ownerName" | "dueOn" | "recommendations">): string {
  const who = note.ownerName ? ` — ${note.ownerName}` : "";
  const when = note.dueOn ? `, by ${formatDueDate(note.dueOn)}` : "";
  const about = note.recommendations.length ? ` (${note.recommendations.join(", ")})` : "";
  return `${note.text}${who}${when}${about}`;
}

/** Long texts are cut at a word for announcements and summaries; the page shows them whole. */
export function shorten(text: string, max = 140): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, "")}…`;
}

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${{ 1: "st", 2: "nd", 3: "rd" }[n % 10] ?? "th"}`;
}
