// "Catch me up": for someone who joined late or lost track, the meeting so far in plain words —
// where it is now, what has been decided, what happens next, and the last few points (issue 5,
// "Everyone in the meeting"). Pure: built from a snapshot, on the server and in the browser alike.
import type { LiveNote, LiveState } from "./protocol.ts";
import { capitalise, currentEntry, describeAction, entryName, itemName, shorten } from "./live-words.ts";

type CatchUp = {
  /** Where the meeting is now, as one sentence. */
  now: string;
  /** Each decision so far, with its item. */
  decided: string[];
  /** Each action so far: what happens next, who does it, by when. */
  nextSteps: string[];
  /** The last few points and questions, newest last. */
  lastPoints: string[];
};

export function whereTheMeetingIs(state: LiveState): string {
  if (!state.liveStartedAt) return "The meeting has not started yet.";
  if (state.liveEndedAt) return "The meeting has ended.";
  const entry = currentEntry(state);
  if (state.onBreakSince) return entry ? `The meeting is on a break. After it, it carries on with ${entryName(entry)}.` : "The meeting is on a break.";
  if (!entry) return "The meeting has started. The chair has not moved to the first item yet.";
  if (entry.kind === "BREAK") return entry.title.toLowerCase() === "break" ? "The meeting is on a break." : `The meeting is on a break: ${entry.title}.`;
  const presenter = entry.presenter ? `, presented by ${entry.presenter}` : "";
  return `Now on ${entryName(entry)}${presenter}.`;
}

export function catchUp(state: LiveState, notes: readonly LiveNote[], options: { lastPoints?: number } = {}): CatchUp {
  const ordered = [...notes].sort((a, b) => a.seq - b.seq);
  const under = (note: LiveNote) => capitalise(itemName(state.entries, note.itemId));
  const decided = ordered.filter((n) => n.kind === "DECISION").map((n) => `${under(n)}: ${n.text}${n.agreedBy ? ` (agreed by ${n.agreedBy})` : ""}`);
  const nextSteps = ordered.filter((n) => n.kind === "ACTION").map((n) => `${under(n)}: ${describeAction(n)}`);
  const lastPoints = ordered
    .filter((n) => n.kind === "POINT" || n.kind === "QUESTION")
    .slice(-(options.lastPoints ?? 3))
    .map((n) => `${under(n)}: ${n.kind === "QUESTION" ? "Question to come back to: " : ""}${shorten(n.text, 200)}`);
  return { now: whereTheMeetingIs(state), decided, nextSteps, lastPoints };
}
