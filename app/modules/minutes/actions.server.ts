// Actions agreed in meetings as trackable items (issue 5: "Actions become trackable items with
// owners and due dates, shown on the owner's home page and carried to the next meeting's agenda
// as 'matters arising'"). An action is a MeetingNote of kind ACTION with a status.
import { formatLongDate, utcToZonedDateTime } from "../../dates.ts";
import { db } from "../../services.server.ts";
import { actionsArising, findAction, openActionsOwnedBy, setActionStatus } from "../live/server/notes.server.ts";
import { previousMeetingBefore, readMeetingStartAndZone } from "../meetings/meetings.server.ts";
import { recordAudit } from "../audit/audit.server.ts";
import { namesOf } from "../live/server/names.server.ts";
import { describeDue } from "./due.ts";
import { minutesRightsFor } from "./permissions.server.ts";
import type { ActionStatus } from "./schema.ts";
import { refuse, type Outcome } from "../../refusal.ts";
import { auditedBy, type Actor } from "../auth/actor.server.ts";

const dueDate = (dueOn: Date | null) => (dueOn ? dueOn.toISOString().slice(0, 10) : null);

/** The person's open actions, from meetings of panels they are still in, soonest due first. */
export async function listOpenActionsForPerson(personId: string, now = new Date()) {
  const actions = await openActionsOwnedBy(personId);
  return actions.map((action) => {
    const zone = action.meeting.panel.timeZone;
    const due = dueDate(action.dueOn);
    return {
      id: action.id,
      text: action.text,
      panelId: action.meeting.panelId,
      panelName: action.meeting.panel.name,
      meetingId: action.meeting.id,
      meeting: `${action.meeting.title}, ${formatLongDate(action.meeting.startsAt, zone)}`,
      dueOn: action.dueOn ? formatLongDate(action.dueOn, "UTC") : null,
      ...describeDue(due, utcToZonedDateTime(now, zone).date),
      recommendations: action.recommendations,
    };
  });
}

async function findChangeableAction(noteId: string, personId: string) {
  const note = await findAction(noteId);
  const notFound = refuse.notFound("That action was not found");
  if (!note) return notFound;
  const rights = await minutesRightsFor(personId, note.meetingId);
  // Outside the panel: not found, so ids cannot be probed.
  if (!rights) return notFound;
  if (note.ownerId !== personId && !rights.canOrganise) {
    return refuse.forbidden("Only the action's owner and the panel's organisers can change it");
  }
  return { ok: true, note } as const;
}

/** Whether the person may change the action: its owner, or an organiser of its panel. */
export async function checkActionAccess(noteId: string, personId: string): Promise<Outcome> {
  const found = await findChangeableAction(noteId, personId);
  return found.ok ? { ok: true } : found;
}

/** The action's owner, or the organisers of its panel, change its status. */
export async function updateActionStatus(
  noteId: string,
  status: ActionStatus,
  actor: Actor,
  now = new Date(),
): Promise<Outcome<{ changed: boolean }>> {
  const found = await findChangeableAction(noteId, actor.personId);
  if (!found.ok) return found;
  const { note } = found;
  if (note.actionStatus === status) return { ok: true, changed: false };
  await db().$transaction(async (tx) => {
    await setActionStatus(noteId, status, actor.personId, now, tx);
    await recordAudit(
      {
        ...auditedBy(actor),
        action: "action.status-changed",
        entityType: "MeetingNote",
        entityId: noteId,
        panelId: note.meeting.panelId,
        before: { status: note.actionStatus },
        after: { status },
      },
      tx,
    );
  });
  return { ok: true, changed: true };
}

/**
 * Matters arising for a meeting: actions from the panel's earlier meetings that are still open,
 * and those done since the previous meeting (so the panel hears they were done). Oldest first.
 */
export async function listMattersArising(panelId: string, meetingId: string, now = new Date()) {
  const meeting = await readMeetingStartAndZone(meetingId, panelId);
  if (!meeting) return [];
  const previous = await previousMeetingBefore(panelId, meeting.startsAt);
  if (!previous) return [];
  const actions = await actionsArising(panelId, meeting.startsAt, previous.startsAt);
  const names = await namesOf(actions.map((a) => a.ownerId));
  const zone = meeting.timeZone;
  const today = utcToZonedDateTime(now, zone).date;
  return actions.map((action) => {
    const due = dueDate(action.dueOn);
    return {
      id: action.id,
      text: action.text,
      owner: action.ownerId ? (names.get(action.ownerId) ?? "Someone") : action.ownerName || "Not named",
      ownerId: action.ownerId,
      fromMeeting: `${action.meeting.title}, ${formatLongDate(action.meeting.startsAt, zone)}`,
      dueOn: action.dueOn ? formatLongDate(action.dueOn, "UTC") : null,
      status: action.actionStatus ?? "OPEN",
      // Whether it is overdue only matters while it is open.
      due: action.actionStatus === "OPEN" ? describeDue(due, today) : null,
      doneOn: action.actionDoneAt ? formatLongDate(action.actionDoneAt, zone) : null,
      recommendations: action.recommendations,
    };
  });
}
