// Everything a client needs to show the meeting, read from the database: what it gets on joining
// and after every reconnect (so it never depends on having heard every event), and what the live
// page renders on the server.
import { db } from "../../services.server.ts";
import type { LiveAccess } from "./live-access.server.ts";
import { listNotes, readDraft } from "./notes.server.ts";
import { readLiveState } from "./meeting-state.server.ts";
import { readMyHand, readQueue } from "./queue.server.ts";
import type { LiveSnapshot } from "./protocol.ts";

export async function readSnapshot(access: LiveAccess): Promise<LiveSnapshot> {
  const [state, notes, hand, draft, preferences, queue, glossary, members] = await Promise.all([
    readLiveState(access.meetingId),
    listNotes(access.meetingId),
    readMyHand(access.meetingId, access.personId),
    access.canTakeNotes ? readDraft(access.meetingId, access.personId) : null,
    db().livePreferences.findUnique({ where: { personId: access.personId } }),
    access.canSeeQueue ? readQueue(access.meetingId) : null,
    db().glossaryTerm.findMany({ where: { panelId: access.panelId }, select: { term: true, explanation: true }, orderBy: { term: "asc" } }),
    db().membership.findMany({
      where: { panelId: access.panelId, role: { in: ["MEMBER", "CHAIR", "OFFICER"] }, person: { active: true, anonymisedAt: null } },
      select: { person: { select: { id: true, name: true, preferredName: true } } },
    }),
  ]);
  if (!state) throw new Error(`Meeting ${access.meetingId} vanished`);
  const people = new Map(members.map((m) => [m.person.id, m.person.preferredName || m.person.name]));
  return {
    state,
    notes,
    me: {
      personId: access.personId,
      name: access.name,
      canTakeNotes: access.canTakeNotes,
      canChair: access.canChair,
      canSeeQueue: access.canSeeQueue,
      hand,
      draft: draft ? { itemId: draft.itemId, kind: draft.kind, text: draft.text } : null,
      announcements: preferences?.announcements ?? "ALL",
      easyView: preferences?.easyView ?? false,
    },
    queue,
    glossary,
    people: [...people].map(([personId, name]) => ({ personId, name })).sort((a, b) => a.name.localeCompare(b.name)),
  };
}
