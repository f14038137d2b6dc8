// The meeting's live state, which the chair moves on: started, the current item, breaks, ended.
// Every move is a MeetingTimeline row, so the time each item took can be worked out afterwards.
import type { Actor } from "../../auth/actor.server.ts";
import { recordAudit } from "../../audit/audit.server.ts";
import { db } from "../../../services.server.ts";
import { agendaEntriesOf, isEntryOnAgenda } from "../../agendas/agenda.server.ts";
import { changeMeetingLiveState, readMeetingState } from "../../meetings/meetings.server.ts";
import { isInPanel } from "../../panels/panels.server.ts";
import type { LiveAccess } from "./live-access.server.ts";
import { namesOf } from "./names.server.ts";
import { ACK_ERRORS, type LiveEntry, type LiveState } from "../client/protocol.ts";
import { minutesUsedByEntry } from "../client/minutes-used-by-entry.ts";
import { refuse, refusals, type Refusal } from "./refusals.ts";

/** Who acts is the access's person; the actor adds the request, for the audit trail. */
type RequestOf = Pick<Actor, "requestId">;
type Done = { ok: true } | Refusal;

export async function readLiveState(meetingId: string, now = new Date()): Promise<LiveState | null> {
  // The meeting's columns, its agenda and the live tables, read side by side (each feature its own).
  const [meeting, agendaEntries, timeline, noteTakers] = await Promise.all([
    readMeetingState(meetingId),
    agendaEntriesOf(meetingId),
    timelineOf(meetingId),
    db().meetingNoteTaker.findMany({ where: { meetingId }, select: { personId: true }, orderBy: { createdAt: "asc" } }),
  ]);
  if (!meeting) return null;
  const used = minutesUsedByEntry(timeline, meeting.liveEndedAt ?? now);
  let number = 0;
  const entries: LiveEntry[] = agendaEntries.map((entry) => {
    const item = entry.kind === "ITEM" ? entry.item : null;
    if (item) number += 1;
    return {
      entryId: entry.id,
      kind: item ? "ITEM" : "BREAK",
      number: item ? number : null,
      itemId: item?.id ?? null,
      title: item ? item.title : entry.title || "Break",
      about: item?.about ?? "",
      presenter: entry.presenter || item?.presenter || "",
      minutesPlanned: entry.minutes,
      minutesUsed: used.get(entry.id) ?? 0,
      paperLink: item?.paperLink ?? "",
      relatedRecommendations: item?.relatedRecommendations ?? [],
    };
  });
  const last = timeline.at(-1);
  const names = await namesOf(noteTakers.map((n) => n.personId));
  return {
    meetingId: meeting.id,
    panelId: meeting.panelId,
    title: meeting.title,
    startsAt: meeting.startsAt.toISOString(),
    liveStartedAt: meeting.liveStartedAt?.toISOString() ?? null,
    liveEndedAt: meeting.liveEndedAt?.toISOString() ?? null,
    currentEntryId: meeting.currentEntryId,
    onBreakSince: meeting.onBreakSince?.toISOString() ?? null,
    currentSince: last && last.kind !== "END" ? last.startedAt.toISOString() : null,
    entries,
    noteTakers: noteTakers.map((n) => ({ personId: n.personId, name: names.get(n.personId) ?? "Someone" })),
  };
}

async function loadMeeting(meetingId: string) {
  return readMeetingState(meetingId);
}

async function move(access: LiveAccess, kind: "ITEM" | "BREAK" | "END", entryId: string | null, action: string, actor: RequestOf, now = new Date()) {
  await db().$transaction(async (tx) => {
    await tx.meetingTimeline.create({ data: { meetingId: access.meetingId, kind, entryId, startedAt: now, byId: access.personId } });
    await changeMeetingLiveState(
      access.meetingId,
      kind === "ITEM" ? { currentEntryId: entryId, onBreakSince: null } : kind === "BREAK" ? { onBreakSince: now } : { liveEndedAt: now, currentEntryId: null, onBreakSince: null },
      tx,
    );
    await recordAudit({ actorId: access.personId, action, entityType: "Meeting", entityId: access.meetingId, panelId: access.panelId, after: { entryId }, requestId: actor.requestId }, tx);
  });
}

export async function startLiveMeeting(access: LiveAccess, actor: RequestOf = {}): Promise<Done> {
  if (!access.canChair) return refusals.forbidden("Only the chair can start the meeting");
  const meeting = await loadMeeting(access.meetingId);
  if (!meeting) return refusals.notFound();
  if (meeting.cancelledAt) return refuse(ACK_ERRORS.invalid, "This meeting was cancelled");
  if (meeting.liveStartedAt && !meeting.liveEndedAt) return { ok: true };
  const now = new Date();
  await db().$transaction(async (tx) => {
    // Starting again after ending carries on the same notes (the chair ended by mistake).
    await changeMeetingLiveState(access.meetingId, { liveStartedAt: meeting.liveStartedAt ?? now, liveEndedAt: null }, tx);
    await recordAudit({ actorId: access.personId, action: meeting.liveStartedAt ? "meeting.live-resumed" : "meeting.live-started", entityType: "Meeting", entityId: access.meetingId, panelId: access.panelId, requestId: actor.requestId }, tx);
  });
  return { ok: true };
}

async function requireRunning(access: LiveAccess): Promise<Refusal | null> {
  if (!access.canChair) return refusals.forbidden("Only the chair can move the meeting on");
  const meeting = await loadMeeting(access.meetingId);
  if (!meeting) return refusals.notFound();
  if (!meeting.liveStartedAt || meeting.liveEndedAt) return refusals.notLive();
  return null;
}

export async function setCurrentEntry(access: LiveAccess, entryId: string, actor: RequestOf = {}): Promise<Done> {
  const refused = await requireRunning(access);
  if (refused) return refused;
  if (!(await isEntryOnAgenda(access.meetingId, entryId))) return refuse(ACK_ERRORS.notFound, "That item is not on this meeting's agenda");
  const meeting = await loadMeeting(access.meetingId);
  if (meeting?.currentEntryId === entryId && !meeting.onBreakSince) return { ok: true };
  await move(access, "ITEM", entryId, "meeting.item-started", actor);
  return { ok: true };
}

export async function startBreak(access: LiveAccess, actor: RequestOf = {}): Promise<Done> {
  const refused = await requireRunning(access);
  if (refused) return refused;
  const meeting = await loadMeeting(access.meetingId);
  if (meeting?.onBreakSince) return { ok: true };
  await move(access, "BREAK", meeting?.currentEntryId ?? null, "meeting.break-started", actor);
  return { ok: true };
}

/** Back from the break to the item that was current before it (the chair can then move on). */
export async function endBreak(access: LiveAccess, actor: RequestOf = {}): Promise<Done> {
  const refused = await requireRunning(access);
  if (refused) return refused;
  const meeting = await loadMeeting(access.meetingId);
  if (!meeting?.onBreakSince) return { ok: true };
  await move(access, "ITEM", meeting.currentEntryId, "meeting.break-ended", actor);
  return { ok: true };
}

export async function endLiveMeeting(access: LiveAccess, actor: RequestOf = {}): Promise<Done> {
  const refused = await requireRunning(access);
  if (refused) return refused;
  await move(access, "END", null, "meeting.live-ended", actor);
  return { ok: true };
}

export async function nameNoteTaker(access: LiveAccess, personId: string, noteTaker: boolean, actor: RequestOf = {}): Promise<Done> {
  if (!access.canChair) return refusals.forbidden("Only the chair can name note-takers");
  if (!(await isInPanel(personId, access.panelId))) return refuse(ACK_ERRORS.notFound, "That person is not in this panel");
  await db().$transaction(async (tx) => {
    if (noteTaker) {
      await tx.meetingNoteTaker.upsert({
        where: { meetingId_personId: { meetingId: access.meetingId, personId } },
        create: { meetingId: access.meetingId, personId, namedById: access.personId },
        update: {},
      });
    } else {
      await tx.meetingNoteTaker.deleteMany({ where: { meetingId: access.meetingId, personId } });
    }
    await recordAudit({ actorId: access.personId, action: noteTaker ? "meeting.note-taker-named" : "meeting.note-taker-removed", entityType: "Meeting", entityId: access.meetingId, panelId: access.panelId, after: { personId }, requestId: actor.requestId }, tx);
  });
  return { ok: true };
}

// ---- For other features (issue 11) ----

/** The meeting's moves in order (item, break, end): the time each item took is worked out from them. */
export async function timelineOf(meetingId: string) {
  return db().meetingTimeline.findMany({ where: { meetingId }, orderBy: [{ startedAt: "asc" }, { id: "asc" }], select: { kind: true, entryId: true, startedAt: true } });
}
