// Everything a client needs to show the meeting, read from the database: what it gets on joining
// and after every reconnect (so it never depends on having heard every event), and what the live
// page renders on the server.
import { db, getServices } from "../../../services.server.ts";
import { rolesThat } from "../../auth/capabilities.ts";
import { glossaryInOrder } from "../../glossary/glossary.server.ts";
import { activePeopleOfPanel } from "../../people/people.server.ts";
import type { LiveAccess } from "./live-access.server.ts";
import { listNotes, readDraft } from "./notes.server.ts";
import { readLiveState } from "./meeting-state.server.ts";
import { handOf, openHands, readQueue, type OpenHand } from "./queue.server.ts";
import type { LiveSnapshot } from "../client/protocol.ts";
import { meetingRevision } from "./revisions.server.ts";

/** What every page of the meeting gets alike, with the open hands each page finds its own in. */
type SharedPart = Pick<LiveSnapshot, "state" | "notes" | "glossary"> & { hands: OpenHand[] };

async function readSharedPart(meetingId: string, panelId: string): Promise<SharedPart> {
  const [state, notes, glossary, hands] = await Promise.all([
    readLiveState(meetingId),
    listNotes(meetingId),
    glossaryInOrder(panelId),
    openHands(meetingId),
  ]);
  if (!state) throw new Error(`Meeting ${meetingId} vanished`);
  return { state, notes, glossary, hands };
}

/**
 * The panel's members, chair and officers who are active: who can own an action, and whom the
 * chair can name to take notes. One query (a panel can have hundreds of members).
 */
async function readPeople(panelId: string): Promise<LiveSnapshot["people"]> {
  const rows = await activePeopleOfPanel(panelId, rolesThat("receivesPapers"));
  return rows.map((r) => ({ personId: r.id, name: r.preferredName || r.name })).sort((a, b) => a.name.localeCompare(b.name));
}

// After a restart every client joins at once. Reading the meeting once per client would take
// seconds, so joins share reads: a join may use a read only if it began after the join asked (the
// socket is already in its rooms by then, so any later change reaches it as an event). A join
// arriving while a read is under way waits for the next one, shared by everyone who arrived.
type Batch<T> = { startedAt: number; result: Promise<T> };
type Slot<T> = { current?: Batch<T>; next?: Promise<T> };
const batches = new Map<string, Slot<unknown>>();

function sharedRead<T>(key: string, read: () => Promise<T>): Promise<T> {
  const asked = performance.now();
  const slot = (batches.get(key) ?? {}) as Slot<T>;
  batches.set(key, slot as Slot<unknown>);
  const start = (): Promise<T> => {
    const batch: Batch<T> = { startedAt: performance.now(), result: read() };
    slot.current = batch;
    const done = () => {
      if (slot.current === batch) slot.current = undefined;
      if (!slot.current && !slot.next) batches.delete(key);
    };
    batch.result.then(done, done);
    return batch.result;
  };
  if (!slot.current) return start();
  if (slot.current.startedAt >= asked) return slot.current.result;
  // Wait for the read under way to finish, then share one new read with everyone else waiting.
  slot.next ??= slot.current.result
    .catch(() => undefined)
    .then(() => {
      slot.next = undefined;
      return start();
    });
  return slot.next;
}

// With the embedded database there is one server process, so every change to a meeting is sent
// from here and raises its revision (revisions.server.ts). A read of the meeting stays good for
// joins while the revision is unchanged: nothing has been sent since it began, so anything stored
// since reaches the joining page as an event. It is kept a second at most, for what is not sent
// live (a glossary term, a changed name), which a page joining a moment earlier would miss too.
// Several processes (DATABASE_URL) hear each other's changes only through the adapter, so there
// every join needs a read that began after it asked.
const REUSE_FOR_MS = 1000;
type Recent = { revision: number; startedAt: number; result: Promise<SharedPart> };
const recent = new Map<string, Recent>();

function meetingRead(meetingId: string, panelId: string): Promise<SharedPart> {
  if (getServices().dbKind !== "pglite") return sharedRead(`meeting:${meetingId}`, () => readSharedPart(meetingId, panelId));
  const now = performance.now();
  const kept = recent.get(meetingId);
  if (kept && kept.revision === meetingRevision(meetingId) && now - kept.startedAt < REUSE_FOR_MS) return kept.result;
  const entry: Recent = { revision: meetingRevision(meetingId), startedAt: now, result: readSharedPart(meetingId, panelId) };
  recent.set(meetingId, entry);
  const forget = () => {
    if (recent.get(meetingId) === entry) recent.delete(meetingId);
  };
  entry.result.catch(forget);
  setTimeout(forget, REUSE_FOR_MS).unref();
  return entry.result;
}

export async function readSnapshot(access: LiveAccess): Promise<LiveSnapshot> {
  const [{ hands, ...shared }, people, draft, preferences, queue] = await Promise.all([
    meetingRead(access.meetingId, access.panelId),
    // Only note-takers (the chair among them) choose people: owners of actions, note-takers to name.
    access.canTakeNotes ? sharedRead(`people:${access.panelId}`, () => readPeople(access.panelId)) : [],
    access.canTakeNotes ? readDraft(access.meetingId, access.personId) : null,
    db().livePreferences.findUnique({ where: { personId: access.personId } }),
    access.canSeeQueue ? readQueue(access.meetingId) : null,
  ]);
  return {
    ...shared,
    people,
    me: {
      personId: access.personId,
      name: access.name,
      canTakeNotes: access.canTakeNotes,
      canChair: access.canChair,
      canSeeQueue: access.canSeeQueue,
      hand: handOf(hands, access.personId),
      draft: draft ? { itemId: draft.itemId, kind: draft.kind, text: draft.text } : null,
      announcements: preferences?.announcements ?? "ALL",
      easyView: preferences?.easyView ?? false,
    },
    queue,
  };
}
