// Everything a client needs to show the meeting, read from the database: what it gets on joining
// and after every reconnect (so it never depends on having heard every event), and what the live
// page renders on the server.
import { db } from "../../services.server.ts";
import type { LiveAccess } from "./live-access.server.ts";
import { listNotes, readDraft } from "./notes.server.ts";
import { readLiveState } from "./meeting-state.server.ts";
import { handOf, openHands, readQueue, type OpenHand } from "./queue.server.ts";
import type { LiveSnapshot } from "./protocol.ts";

/** What every page of the meeting gets alike, with the open hands each page finds its own in. */
type SharedPart = Pick<LiveSnapshot, "state" | "notes" | "glossary" | "people"> & { hands: OpenHand[] };

async function readSharedPart(meetingId: string, panelId: string): Promise<SharedPart> {
  const [state, notes, glossary, members, hands] = await Promise.all([
    readLiveState(meetingId),
    listNotes(meetingId),
    db().glossaryTerm.findMany({ where: { panelId }, select: { term: true, explanation: true }, orderBy: { term: "asc" } }),
    db().membership.findMany({
      where: { panelId, role: { in: ["MEMBER", "CHAIR", "OFFICER"] }, person: { active: true, anonymisedAt: null } },
      select: { person: { select: { id: true, name: true, preferredName: true } } },
    }),
    openHands(meetingId),
  ]);
  if (!state) throw new Error(`Meeting ${meetingId} vanished`);
  const people = new Map(members.map((m) => [m.person.id, m.person.preferredName || m.person.name]));
  return {
    state,
    notes,
    glossary,
    people: [...people].map(([personId, name]) => ({ personId, name })).sort((a, b) => a.name.localeCompare(b.name)),
    hands,
  };
}

// After a restart every client joins at once. Reading the meeting once per client would take
// seconds, so joins share reads: a join may use a read only if it began after the join asked (the
// socket is already in its rooms by then, so any later change reaches it as an event). A join
// arriving while a read is under way waits for the next one, shared by everyone who arrived.
type Batch = { startedAt: number; result: Promise<SharedPart> };
const batches = new Map<string, { current?: Batch; next?: Promise<SharedPart> }>();

function sharedPart(meetingId: string, panelId: string): Promise<SharedPart> {
  const asked = performance.now();
  const slot = batches.get(meetingId) ?? {};
  batches.set(meetingId, slot);
  const start = (): Promise<SharedPart> => {
    const batch: Batch = { startedAt: performance.now(), result: readSharedPart(meetingId, panelId) };
    slot.current = batch;
    const done = () => {
      if (slot.current === batch) slot.current = undefined;
      if (!slot.current && !slot.next) batches.delete(meetingId);
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

export async function readSnapshot(access: LiveAccess): Promise<LiveSnapshot> {
  const [{ hands, ...shared }, draft, preferences, queue] = await Promise.all([
    sharedPart(access.meetingId, access.panelId),
    access.canTakeNotes ? readDraft(access.meetingId, access.personId) : null,
    db().livePreferences.findUnique({ where: { personId: access.personId } }),
    access.canSeeQueue ? readQueue(access.meetingId) : null,
  ]);
  return {
    ...shared,
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
