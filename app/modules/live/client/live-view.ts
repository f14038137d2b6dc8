// What the live page shows, kept as one value and changed only by the reducer below: the snapshot
// the server rendered, then every event the socket brings and every edit the person makes. Pure,
// so the page's behaviour can be tested without a browser.
import type { ConnectionStatus, PendingEdit } from "./live-client.ts";
import type { LiveNote, LiveQueue, LiveSnapshot, LiveState, MyHand, TypingEvent } from "./protocol.ts";

export type LiveView = {
  snapshot: LiveSnapshot;
  /** When the snapshot's minutes were read (ms since 1970), for the current item's running clock. */
  readAt: number;
  connection: ConnectionStatus;
  /** Other note-takers writing now, with when each was last heard of. */
  typing: (TypingEvent & { heardAt: number })[];
  /** The person's own edits not yet stored, and those waiting for their decision. */
  edits: PendingEdit[];
  /** Notes this page added, so they can say "Saved". */
  savedHere: string[];
  /** Answers to the person's own requests ("I don't understand" a word), by edit key. */
  answers: Record<string, Record<string, unknown>>;
  slowDown: boolean;
};

export type LiveAction =
  | { type: "snapshot"; snapshot: LiveSnapshot; at: number }
  | { type: "state"; state: LiveState; at: number }
  | { type: "note"; note: LiveNote }
  | { type: "queue"; queue: LiveQueue }
  | { type: "my-hand"; hand: MyHand | null }
  | { type: "typing"; event: TypingEvent; at: number }
  | { type: "forget-typing"; before: number }
  | { type: "connection"; status: ConnectionStatus }
  | { type: "edits"; edits: PendingEdit[] }
  | { type: "edit"; edit: PendingEdit; answer?: Record<string, unknown> }
  | { type: "discard-edit"; key: string }
  | { type: "slow-down"; on: boolean };

export function initialView(snapshot: LiveSnapshot, at: number): LiveView {
  return { snapshot, readAt: at, connection: "connecting", typing: [], edits: [], savedHere: [], answers: {}, slowDown: false };
}

/** Upsert by id, keeping the higher version, in the server's order. */
export function mergeNote(notes: readonly LiveNote[], note: LiveNote): LiveNote[] {
  const index = notes.findIndex((n) => n.id === note.id);
  if (index >= 0) {
    if (notes[index]!.version >= note.version) return notes as LiveNote[];
    const next = [...notes];
    next[index] = note;
    return next;
  }
  return [...notes, note].sort((a, b) => a.seq - b.seq);
}

/**
 * A snapshot is the stored truth. Notes are never deleted, so any heard of while it was being read
 * (a broadcast can overtake the answer to "join") are kept, and the newer version of each wins.
 */
function withSnapshot(view: LiveView, snapshot: LiveSnapshot, at: number): LiveView {
  const notes = view.snapshot.notes.reduce(mergeNote, snapshot.notes);
  return { ...view, snapshot: { ...snapshot, notes }, readAt: at };
}

export function liveReducer(view: LiveView, action: LiveAction): LiveView {
  switch (action.type) {
    case "snapshot":
      return withSnapshot(view, action.snapshot, action.at);
    case "state":
      return { ...view, snapshot: { ...view.snapshot, state: action.state }, readAt: action.at };
    case "note": {
      const notes = mergeNote(view.snapshot.notes, action.note);
      return notes === view.snapshot.notes ? view : { ...view, snapshot: { ...view.snapshot, notes } };
    }
    case "queue":
      return { ...view, snapshot: { ...view.snapshot, queue: action.queue } };
    case "my-hand":
      return { ...view, snapshot: { ...view.snapshot, me: { ...view.snapshot.me, hand: action.hand } } };
    case "typing": {
      if (action.event.personId === view.snapshot.me.personId) return view;
      const others = view.typing.filter((t) => t.personId !== action.event.personId);
      return { ...view, typing: action.event.active ? [...others, { ...action.event, heardAt: action.at }] : others };
    }
    case "forget-typing": {
      const typing = view.typing.filter((t) => t.heardAt >= action.before);
      return typing.length === view.typing.length ? view : { ...view, typing };
    }
    case "connection":
      return { ...view, connection: action.status, slowDown: action.status === "offline" ? false : view.slowDown };
    case "edits":
      return { ...view, edits: action.edits };
    case "edit": {
      const { edit, answer } = action;
      const others = view.edits.filter((e) => e.key !== edit.key);
      const answers = answer ? { ...view.answers, [edit.key]: answer } : view.answers;
      if (edit.status === "saved") {
        const savedHere = edit.event === "addNote" ? [...view.savedHere, edit.key] : view.savedHere;
        return { ...view, edits: others, savedHere, answers };
      }
      const index = view.edits.findIndex((e) => e.key === edit.key);
      const edits = index >= 0 ? view.edits.map((e) => (e.key === edit.key ? edit : e)) : [...view.edits, edit];
      return { ...view, edits, answers };
    }
    case "discard-edit":
      return { ...view, edits: view.edits.filter((e) => e.key !== action.key) };
    case "slow-down":
      return { ...view, slowDown: action.on };
  }
}
