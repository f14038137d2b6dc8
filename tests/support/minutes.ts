// Minutes factories: a meeting that has happened, with its agenda, who came, the chair's moves
// (the timeline) and notes of every kind with their versions, straight into the database, so
// tests of what comes after the meeting start from a meeting already held.
import { randomUUID } from "node:crypto";
import type { ActionStatus, AttendanceMode, NoteKind } from "../../app/generated/prisma/enums.ts";
import { db } from "../../app/services.server.ts";
import { createAgendaEntry, createBreak } from "./agenda-builder.ts";
import { createPanel, createPerson } from "./factories.ts";
import { createMeeting } from "./meetings.ts";

const MINUTE = 60_000;
const DAY = 86_400_000;

type NoteDetails = {
  itemId?: string | null;
  kind?: NoteKind;
  text?: string;
  agreedBy?: string;
  ownerId?: string | null;
  ownerName?: string;
  dueOn?: string | null;
  recommendations?: string[];
  status?: ActionStatus;
  doneAt?: Date | null;
  at?: Date;
};

/** A note as the live page stores it: the note and its first version, next in the meeting's order. */
export async function createNote(meetingId: string, authorId: string, details: NoteDetails = {}) {
  const kind = details.kind ?? "POINT";
  const at = details.at ?? new Date();
  const last = await db().meetingNote.aggregate({ where: { meetingId }, _max: { seq: true } });
  const fields = {
    kind,
    text: details.text ?? "A point was made",
    agreedBy: details.agreedBy ?? "",
    ownerId: details.ownerId ?? null,
    ownerName: details.ownerName ?? "",
    dueOn: details.dueOn ? new Date(`${details.dueOn}T00:00:00Z`) : null,
    recommendations: details.recommendations ?? [],
  };
  const id = randomUUID();
  return db().meetingNote.create({
    data: {
      id,
      meetingId,
      itemId: details.itemId ?? null,
      ...fields,
      actionStatus: kind === "ACTION" ? (details.status ?? "OPEN") : null,
      actionDoneAt: details.doneAt ?? null,
      authorId,
      seq: (last._max.seq ?? 0) + 1,
      createdAt: at,
      versions: { create: { version: 1, ...fields, editedById: authorId, editedAt: at, clientEditId: id } },
    },
  });
}

/** A correction saved at `at`: a new version, as the live page's "correct" does. */
export async function correctNoteAt(noteId: string, editorId: string, text: string, at: Date) {
  const note = await db().meetingNote.findUniqueOrThrow({ where: { id: noteId } });
  const version = note.version + 1;
  await db().meetingNoteVersion.create({
    data: {
      noteId,
      version,
      kind: note.kind,
      text,
      agreedBy: note.agreedBy,
      ownerId: note.ownerId,
      ownerName: note.ownerName,
      dueOn: note.dueOn,
      recommendations: note.recommendations,
      editedById: editorId,
      editedAt: at,
      clientEditId: randomUUID(),
    },
  });
  return db().meetingNote.update({ where: { id: noteId }, data: { text, version } });
}

export async function recordAttendanceOf(meetingId: string, personId: string, mode: AttendanceMode) {
  return db().attendance.create({ data: { meetingId, personId, mode } });
}

/** The chair's moves, each `minutes` after the one before, from `startsAt`. */
export async function createTimeline(meetingId: string, byId: string, startsAt: Date, moves: { kind: "ITEM" | "BREAK" | "END"; entryId?: string | null; minutes: number }[]) {
  let at = startsAt.getTime();
  for (const move of moves) {
    await db().meetingTimeline.create({ data: { meetingId, kind: move.kind, entryId: move.entryId ?? null, startedAt: new Date(at), byId } });
    at += move.minutes * MINUTE;
  }
}

/**
 * A panel with a chair, an officer, two members, finance staff, an admin and an outsider (in
 * another panel), and a meeting held two days ago: two items and a break on its agenda, the chair
 * and one member there (one online), the other member's apologies, the chair's moves, and notes of
 * every kind, with an action owned by the member.
 */
export async function createHeldMeeting() {
  const panel = await createPanel({ name: "Wessex panel" });
  const otherPanel = await createPanel({ name: "Another panel" });
  const chair = await createPerson({ name: "Alex Chair", roles: [{ panelId: panel.id, role: "CHAIR" }, { panelId: panel.id, role: "MEMBER" }] });
  const officer = await createPerson({ name: "Chris Officer", roles: [{ panelId: panel.id, role: "OFFICER" }] });
  const member = await createPerson({ name: "Priya Member", roles: [{ panelId: panel.id, role: "MEMBER" }] });
  const member2 = await createPerson({ name: "Sam Member", roles: [{ panelId: panel.id, role: "MEMBER" }] });
  const finance = await createPerson({ name: "Dana Finance", roles: [{ panelId: panel.id, role: "FINANCE" }] });
  const panelAdmin = await createPerson({ name: "Pat Admin", roles: [{ panelId: panel.id, role: "ADMIN" }] });
  const siteAdmin = await createPerson({ name: "Morgan Site", isSiteAdmin: true });
  const outsider = await createPerson({ name: "Olly Outsider", roles: [{ panelId: otherPanel.id, role: "CHAIR" }, { panelId: otherPanel.id, role: "MEMBER" }] });

  const startsAt = new Date(Date.now() - 2 * DAY);
  const meeting = await createMeeting(panel.id, { title: "Direct payments meeting", startsAt });
  const first = await createAgendaEntry(panel.id, meeting.id, member.id, { title: "Direct payments paperwork", minutes: 15 });
  const pause = await createBreak(meeting.id, { minutes: 10 });
  const second = await createAgendaEntry(panel.id, meeting.id, chair.id, { title: "Day services", minutes: 20 });
  await recordAttendanceOf(meeting.id, chair.id, "IN_PERSON");
  await recordAttendanceOf(meeting.id, member.id, "ONLINE");
  await db().meetingReply.create({ data: { meetingId: meeting.id, personId: member2.id, mode: "APOLOGIES" } });
  await db().meeting.update({ where: { id: meeting.id }, data: { liveStartedAt: startsAt, liveEndedAt: new Date(startsAt.getTime() + 60 * MINUTE) } });
  await createTimeline(meeting.id, chair.id, startsAt, [
    { kind: "ITEM", entryId: first.entry.id, minutes: 20 },
    { kind: "BREAK", entryId: first.entry.id, minutes: 10 },
    { kind: "ITEM", entryId: second.entry.id, minutes: 12 },
    { kind: "END", minutes: 0 },
  ]);
  const at = (minutes: number) => new Date(startsAt.getTime() + minutes * MINUTE);
  const point = await createNote(meeting.id, chair.id, { itemId: first.item.id, text: "The forms are too long", at: at(5) });
  const decision = await createNote(meeting.id, officer.id, { itemId: first.item.id, kind: "DECISION", text: "The panel will list the hard words", agreedBy: "Everyone", at: at(12) });
  const action = await createNote(meeting.id, chair.id, {
    itemId: first.item.id,
    kind: "ACTION",
    text: "Send the ten hardest words to Chris",
    ownerId: member.id,
    dueOn: new Date(Date.now() - 3 * DAY).toISOString().slice(0, 10),
    recommendations: ["R5.8"],
    at: at(15),
  });
  const question = await createNote(meeting.id, chair.id, { itemId: second.item.id, kind: "QUESTION", text: "How many people use day services?", at: at(35) });
  const outside = await createNote(meeting.id, officer.id, { itemId: null, text: "The hearing loop will be checked", at: at(41) });
  return {
    panel,
    otherPanel,
    people: { chair, officer, member, member2, finance, panelAdmin, siteAdmin, outsider },
    meeting,
    items: { first, pause, second },
    notes: { point, decision, action, question, outside },
  };
}

/** Minutes straight into the database at any stage, with their versions. */
export async function createMinutes(
  meetingId: string,
  builtById: string,
  data: { status?: "DRAFT" | "SHARED" | "APPROVED"; text?: string; approvedAtMeetingId?: string; publishedAt?: Date; public?: boolean } = {},
) {
  const text = data.text ?? "Minutes of the meeting\n\nPresent\nIn the room: Alex Chair";
  return db().minutes.create({
    data: {
      meetingId,
      status: data.status ?? "DRAFT",
      text,
      builtById,
      sharedAt: data.status && data.status !== "DRAFT" ? new Date() : null,
      approvedAt: data.status === "APPROVED" ? new Date() : null,
      approvedAtMeetingId: data.approvedAtMeetingId ?? null,
      approvedById: data.status === "APPROVED" ? builtById : null,
      publishedAt: data.publishedAt ?? null,
      public: data.public ?? false,
      versions: { create: { version: 1, text, editedById: builtById } },
    },
  });
}
