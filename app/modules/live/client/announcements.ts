// What the page's polite live region says: one calm summary of what happened since the last one
// ("3 new notes under item 2"), never a stream of every keystroke or every note, and only what the
// person chose to hear (issue 5, "Screen reader users"). Pure, so it can be tested without a page;
// the hook decides when to say it (at most one every few seconds).
import type { AnnouncementChoice, LiveNote, LiveState } from "./protocol.ts";
import { whereTheMeetingIs } from "./catch-up.ts";
import { currentEntry, entryName, itemShortName, shorten } from "./live-words.ts";

export type LiveHappening =
  | { kind: "state"; before: LiveState; after: LiveState }
  /** `isNew`: a note added; otherwise a correction. The person's own notes are not included. */
  | { kind: "note"; note: LiveNote; isNew: boolean };

/** How long the page waits between two announcements, so they never pile up. */
export const ANNOUNCE_EVERY_MS = 5_000;
/** A short pause before speaking gathers a burst of notes into one sentence. */
const GATHER_MS = 800;

/** How long to wait before the next announcement, given when the last one was made. */
export function announcementDelay(now: number, lastSpokenAt: number): number {
  return Math.max(GATHER_MS, lastSpokenAt + ANNOUNCE_EVERY_MS - now);
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What the chair's moves amount to, comparing the state before the batch with the state after. */
function describeMove(before: LiveState, after: LiveState): string | null {
  if (!before.liveEndedAt && after.liveEndedAt) return "The meeting has ended.";
  if (!before.liveStartedAt && after.liveStartedAt && !after.currentEntryId) return "The meeting has started.";
  const entry = currentEntry(after);
  if (!before.onBreakSince && after.onBreakSince) return "The meeting is on a break.";
  if (before.onBreakSince && !after.onBreakSince && before.currentEntryId === after.currentEntryId) {
    return entry ? `Back from the break, on ${entryName(entry)}.` : "The break is over.";
  }
  if (entry && (before.currentEntryId !== after.currentEntryId || (before.liveEndedAt && !after.liveEndedAt))) {
    return entry.kind === "ITEM" ? `Now on ${entryName(entry)}.` : whereTheMeetingIs(after);
  }
  if (before.liveEndedAt && !after.liveEndedAt) return "The meeting has started again.";
  return null;
}

/**
 * Whether a note arriving is the person's own doing (adding it, or this correction), so is not
 * announced back to them. `knownVersion` is the version they had, undefined for a new note.
 */
export function isOwnChange(note: Pick<LiveNote, "authorId" | "editedById">, knownVersion: number | undefined, myId: string): boolean {
  return knownVersion === undefined ? note.authorId === myId : note.editedById === myId;
}

/** Counts per item, in the order the items were first mentioned. */
function countByItem(notes: LiveNote[], state: LiveState, one: string, many: string): string[] {
  const counts = new Map<string, number>();
  for (const note of notes) {
    const name = itemShortName(state.entries, note.itemId);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([name, count]) => `${plural(count, one, many)} under ${name}.`);
}

/**
 * One announcement for a batch of happenings, or null when there is nothing the person chose to
 * hear. `state` is the meeting as it is now (for item numbers).
 */
export function announce(batch: readonly LiveHappening[], choice: AnnouncementChoice, state: LiveState): string | null {
  if (choice === "NONE" || batch.length === 0) return null;
  const parts: string[] = [];

  const moves = batch.filter((h) => h.kind === "state");
  if (moves.length) {
    const move = describeMove(moves[0]!.before, moves.at(-1)!.after);
    if (move) parts.push(move);
  }

  // A note added and corrected in the same batch is one new note.
  const latest = new Map<string, { note: LiveNote; isNew: boolean }>();
  for (const h of batch) {
    if (h.kind !== "note") continue;
    const known = latest.get(h.note.id);
    latest.set(h.note.id, { note: h.note, isNew: Boolean(known?.isNew) || h.isNew });
  }
  const added = [...latest.values()].filter((n) => n.isNew).map((n) => n.note);
  const corrected = [...latest.values()].filter((n) => !n.isNew).map((n) => n.note);

  const decisions = added.filter((n) => n.kind === "DECISION");
  if (decisions.length === 1) {
    const decision = decisions[0]!;
    parts.push(
      `Decision under ${itemShortName(state.entries, decision.itemId)}: ${shorten(decision.text)}${/[.!?…]$/.test(shorten(decision.text)) ? "" : "."}`,
    );
  } else if (decisions.length > 1) {
    parts.push(...countByItem(decisions, state, "decision", "decisions"));
  }

  if (choice === "ALL") {
    parts.push(
      ...countByItem(
        added.filter((n) => n.kind !== "DECISION"),
        state,
        "new note",
        "new notes",
      ),
    );
    parts.push(...countByItem(corrected, state, "note corrected", "notes corrected"));
  }
  return parts.length ? parts.join(" ") : null;
}
