// Notes written during a live meeting: added whole (never keystroke by keystroke), corrected with
// a version check so two people correcting at once never lose a text, and every version kept.
// Adds and corrections carry ids made by the writer's browser, so a re-sent one is stored once.
import type { Actor } from "../../auth/actor.server.ts";
import type { Prisma } from "../../../generated/prisma/client.ts";
import type { ActionStatus } from "../../../generated/prisma/enums.ts";
import { recordAudit } from "../../audit/audit.server.ts";
import { db, type DbClient } from "../../../services.server.ts";
import { isItemOnAgenda } from "../../agendas/agenda.server.ts";
import { lockMeetingRow, readMeetingState } from "../../meetings/meetings.server.ts";
import { isInPanel } from "../../panels/panels.server.ts";
import type { LiveAccess } from "./live-access.server.ts";
import { namesOf } from "./names.server.ts";
import { ACK_ERRORS, type LiveNote, type NoteFields } from "../client/protocol.ts";
import { refuse, refusals, type Refusal } from "./refusals.ts";

type NoteRow = Prisma.MeetingNoteGetPayload<{ include: { versions: { select: { editedById: true }; orderBy: { version: "desc" }; take: 1 } } }>;

const withLastEditor = { versions: { select: { editedById: true }, orderBy: { version: "desc" as const }, take: 1 } };

function toLiveNote(row: NoteRow, names: Map<string, string>): LiveNote {
  const editedById = row.versions[0]?.editedById ?? row.authorId;
  return {
    id: row.id,
    meetingId: row.meetingId,
    seq: row.seq,
    itemId: row.itemId,
    kind: row.kind,
    text: row.text,
    agreedBy: row.agreedBy,
    ownerId: row.ownerId,
    ownerName: row.ownerId ? (names.get(row.ownerId) ?? row.ownerName) : row.ownerName,
    dueOn: row.dueOn ? row.dueOn.toISOString().slice(0, 10) : null,
    recommendations: row.recommendations,
    version: row.version,
    authorId: row.authorId,
    authorName: names.get(row.authorId) ?? "Someone",
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    editedById,
    editedByName: names.get(editedById) ?? "Someone",
  };
}

async function toLiveNotes(rows: NoteRow[]): Promise<LiveNote[]> {
  const names = await namesOf(rows.flatMap((r) => [r.authorId, r.ownerId, r.versions[0]?.editedById]));
  return rows.map((r) => toLiveNote(r, names));
}

export async function listNotes(meetingId: string): Promise<LiveNote[]> {
  const rows = await db().meetingNote.findMany({ where: { meetingId }, orderBy: { seq: "asc" }, include: withLastEditor });
  return toLiveNotes(rows);
}

async function readNote(id: string): Promise<LiveNote | null> {
  const row = await db().meetingNote.findUnique({ where: { id }, include: withLastEditor });
  return row ? (await toLiveNotes([row]))[0]! : null;
}

/** The item must be on this meeting's agenda (or none: a note outside the items). */
async function checkItem(meetingId: string, itemId: string | null): Promise<boolean> {
  if (!itemId) return true;
  return isItemOnAgenda(meetingId, itemId);
}

/** An action's owner, when a person, must be someone in the panel. */
async function checkOwner(panelId: string, ownerId: string | null | undefined): Promise<boolean> {
  if (!ownerId) return true;
  return isInPanel(ownerId, panelId);
}

function fieldsFor(fields: NoteFields) {
  const isAction = fields.kind === "ACTION";
  return {
    kind: fields.kind,
    text: fields.text,
    agreedBy: fields.kind === "DECISION" ? fields.agreedBy : "",
    ownerId: isAction ? (fields.ownerId ?? null) : null,
    ownerName: isAction && !fields.ownerId ? fields.ownerName : "",
    dueOn: isAction && fields.dueOn ? new Date(`${fields.dueOn}T00:00:00Z`) : null,
    recommendations: [...new Set(fields.recommendations)],
  };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** Who acts is the access's person; the actor adds the request, for the audit trail. */
type RequestOf = Pick<Actor, "requestId">;

export async function addNote(
  access: LiveAccess,
  input: NoteFields & { id: string; itemId: string | null },
  actor: RequestOf = {},
): Promise<{ ok: true; note: LiveNote; created: boolean } | Refusal> {
  if (!access.canTakeNotes) return refusals.forbidden("Only the note-takers the chair has named can add notes");
  const existing = await db().meetingNote.findUnique({ where: { id: input.id }, select: { meetingId: true, authorId: true } });
  if (existing) {
    // The same add sent again (after a dropped connection): already stored, so just confirm it.
    if (existing.meetingId === access.meetingId && existing.authorId === access.personId) {
      return { ok: true, note: (await readNote(input.id))!, created: false };
    }
    return refuse(ACK_ERRORS.invalid, "That note id is already used");
  }
  const meeting = await readMeetingState(access.meetingId);
  if (!meeting?.liveStartedAt) return refusals.notLive();
  if (!(await checkItem(access.meetingId, input.itemId))) return refuse(ACK_ERRORS.notFound, "That item is not on this meeting's agenda");
  if (input.kind === "ACTION" && !input.ownerId && !input.ownerName) {
    return refuse(ACK_ERRORS.invalid, "Say who will do the action", { fields: { ownerName: ["Say who will do the action"] } });
  }
  if (!(await checkOwner(access.panelId, input.ownerId))) {
    return refuse(ACK_ERRORS.invalid, "The action's owner must be someone in the panel", { fields: { ownerId: ["Choose someone in the panel"] } });
  }
  const data = fieldsFor(input);

  for (let attempt = 0; ; attempt++) {
    try {
      await db().$transaction(async (tx) => {
        // One add at a time per meeting (the meeting row's lock), so two writers never take the
        // same seq; other meetings are not held up.
        await lockMeetingRow(access.meetingId, tx);
        const last = await tx.meetingNote.aggregate({ where: { meetingId: access.meetingId }, _max: { seq: true } });
        await tx.meetingNote.create({
          data: {
            id: input.id,
            meetingId: access.meetingId,
            itemId: input.itemId,
            ...data,
            actionStatus: data.kind === "ACTION" ? "OPEN" : null,
            authorId: access.personId,
            seq: (last._max.seq ?? 0) + 1,
            versions: { create: { version: 1, ...data, editedById: access.personId, clientEditId: input.id } },
          },
        });
        await tx.meetingNoteDraft.deleteMany({ where: { meetingId: access.meetingId, personId: access.personId } });
        if (data.kind === "DECISION" || data.kind === "ACTION") {
          await recordAudit(
            {
              actorId: access.personId,
              action: data.kind === "DECISION" ? "meeting.decision-recorded" : "meeting.action-recorded",
              entityType: "MeetingNote",
              entityId: input.id,
              panelId: access.panelId,
              after: { meetingId: access.meetingId, itemId: input.itemId, ...data },
              requestId: actor.requestId,
            },
            tx,
          );
        }
      });
      break;
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
      // This very note was stored by a concurrent re-send of it: confirm it.
      const stored = await db().meetingNote.findUnique({ where: { id: input.id }, select: { authorId: true } });
      if (stored) return stored.authorId === access.personId ? { ok: true, note: (await readNote(input.id))!, created: false } : refuse(ACK_ERRORS.invalid, "That note id is already used");
    }
  }
  return { ok: true, note: (await readNote(input.id))!, created: true };
}

export async function correctNote(
  access: LiveAccess,
  input: NoteFields & { noteId: string; editId: string; baseVersion: number },
  actor: RequestOf = {},
): Promise<{ ok: true; note: LiveNote; changed: boolean } | Refusal> {
  const note = await db().meetingNote.findFirst({ where: { id: input.noteId, meetingId: access.meetingId }, select: { authorId: true, kind: true } });
  if (!note) return refuse(ACK_ERRORS.notFound, "That note was not found in this meeting");
  if (note.authorId !== access.personId && !access.canChair) return refusals.forbidden("Only the note's writer or the chair can correct it");
  const done = await db().meetingNoteVersion.findUnique({ where: { clientEditId: input.editId }, select: { noteId: true } });
  if (done) {
    if (done.noteId !== input.noteId) return refuse(ACK_ERRORS.invalid, "That edit id is already used");
    return { ok: true, note: (await readNote(input.noteId))!, changed: false };
  }
  if (input.kind === "ACTION" && !input.ownerId && !input.ownerName) {
    return refuse(ACK_ERRORS.invalid, "Say who will do the action", { fields: { ownerName: ["Say who will do the action"] } });
  }
  if (!(await checkOwner(access.panelId, input.ownerId))) {
    return refuse(ACK_ERRORS.invalid, "The action's owner must be someone in the panel", { fields: { ownerId: ["Choose someone in the panel"] } });
  }
  const data = fieldsFor(input);
  const version = input.baseVersion + 1;
  let stale = false;
  try {
    await db().$transaction(async (tx) => {
      // Only if nobody saved since this edit began: otherwise the writer is shown both versions.
      const { count } = await tx.meetingNote.updateMany({
        where: { id: input.noteId, version: input.baseVersion },
        data: {
          ...data,
          version,
          ...(data.kind === "ACTION" && note.kind !== "ACTION" ? { actionStatus: "OPEN" as const } : {}),
          ...(data.kind !== "ACTION" ? { actionStatus: null } : {}),
        },
      });
      if (count === 0) {
        stale = true;
        return;
      }
      await tx.meetingNoteVersion.create({
        data: { noteId: input.noteId, version, ...data, editedById: access.personId, clientEditId: input.editId },
      });
      if (data.kind === "DECISION" || data.kind === "ACTION" || note.kind === "DECISION" || note.kind === "ACTION") {
        await recordAudit(
          {
            actorId: access.personId,
            action: "meeting.note-corrected",
            entityType: "MeetingNote",
            entityId: input.noteId,
            panelId: access.panelId,
            after: { version, ...data },
            requestId: actor.requestId,
          },
          tx,
        );
      }
    });
  } catch (error) {
    // A concurrent re-send of this same edit stored it first.
    if (isUniqueViolation(error)) return { ok: true, note: (await readNote(input.noteId))!, changed: false };
    throw error;
  }
  const current = (await readNote(input.noteId))!;
  if (stale) {
    return refuse(ACK_ERRORS.conflict, "Someone else saved a change to this note while you were editing. Both versions are shown: choose which to keep.", { current });
  }
  return { ok: true, note: current, changed: true };
}

/** What a note-taker is typing, kept for them alone; an empty text clears it. */
export async function saveDraft(access: LiveAccess, input: { itemId: string | null; kind: NoteFields["kind"]; text: string }): Promise<void> {
  const key = { meetingId_personId: { meetingId: access.meetingId, personId: access.personId } };
  if (!input.text.trim()) {
    await db().meetingNoteDraft.deleteMany({ where: { meetingId: access.meetingId, personId: access.personId } });
    return;
  }
  await db().meetingNoteDraft.upsert({
    where: key,
    create: { meetingId: access.meetingId, personId: access.personId, itemId: input.itemId, kind: input.kind, text: input.text },
    update: { itemId: input.itemId, kind: input.kind, text: input.text },
  });
}

export async function readDraft(meetingId: string, personId: string) {
  return db().meetingNoteDraft.findUnique({
    where: { meetingId_personId: { meetingId, personId } },
    select: { itemId: true, kind: true, text: true },
  });
}

// ---- For other features (issue 11): the minutes read notes and actions here ----

/** What the minutes show of an action (an action is a note of kind ACTION), with its meeting and panel. */
const actionSelect = {
  id: true,
  text: true,
  ownerId: true,
  ownerName: true,
  dueOn: true,
  recommendations: true,
  actionStatus: true,
  actionDoneAt: true,
  meeting: { select: { id: true, title: true, startsAt: true, panelId: true, panel: { select: { name: true, timeZone: true } } } },
} as const;

/** The person's open actions, from meetings of panels they are still in, soonest due first. */
export async function openActionsOwnedBy(personId: string) {
  return db().meetingNote.findMany({
    where: { kind: "ACTION", ownerId: personId, actionStatus: "OPEN", meeting: { panel: { memberships: { some: { personId } } } } },
    select: actionSelect,
    orderBy: [{ dueOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
  });
}

/** The panel's actions from meetings before `before` that are open, or were done since `doneSince`: oldest meeting first. */
export async function actionsArising(panelId: string, before: Date, doneSince: Date) {
  return db().meetingNote.findMany({
    where: {
      kind: "ACTION",
      meeting: { panelId, startsAt: { lt: before } },
      OR: [{ actionStatus: "OPEN" }, { actionStatus: "DONE", actionDoneAt: { gte: doneSince } }],
    },
    select: actionSelect,
    orderBy: [{ meeting: { startsAt: "asc" } }, { seq: "asc" }],
  });
}

/** An action with who owns it and its meeting's panel, or null when there is no such action. */
export async function findAction(noteId: string) {
  return db().meetingNote.findFirst({
    where: { id: noteId, kind: "ACTION" },
    select: { id: true, meetingId: true, ownerId: true, actionStatus: true, meeting: { select: { panelId: true } } },
  });
}

/** Sets an action's status, in the caller's transaction (with its audit entry). */
export async function setActionStatus(noteId: string, status: ActionStatus, byId: string, now: Date, client: DbClient = db()): Promise<void> {
  await client.meetingNote.update({
    where: { id: noteId },
    data: { actionStatus: status, actionDoneAt: status === "DONE" ? now : null, actionUpdatedById: byId },
  });
}

const versionSelect = {
  version: true,
  kind: true,
  text: true,
  agreedBy: true,
  ownerId: true,
  ownerName: true,
  dueOn: true,
  recommendations: true,
  editedById: true,
  editedAt: true,
} as const;

/** The meeting's notes with every stored version, in order (with `itemId`, only that item's; null: outside every item). */
export async function notesWithVersions(meetingId: string, itemId?: string | null) {
  return db().meetingNote.findMany({
    where: { meetingId, ...(itemId === undefined ? {} : { itemId }) },
    select: { id: true, seq: true, itemId: true, authorId: true, version: true, versions: { select: versionSelect } },
    orderBy: { seq: "asc" },
  });
}
