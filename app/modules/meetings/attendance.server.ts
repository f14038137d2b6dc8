// Who came to a meeting, in person or online: recorded at or after the meeting by an organiser,
// prefilled from the replies. Later used to prefill expense claims and evidence co-production.
import { db } from "../../services.server.ts";
import { refuse, type FieldErrors, type Outcome } from "../../refusal.ts";
import { recordAudit } from "../audit/audit.server.ts";
import { auditedBy, type Actor } from "../auth/actor.server.ts";
import { listInvitedPeople, type Meeting } from "./meetings.server.ts";
import type { AttendanceChoice, AttendanceForm } from "./schema.ts";

export function attendanceClosedReason(meeting: Pick<Meeting, "startsAt" | "cancelledAt">, now = new Date()): string | null {
  if (meeting.cancelledAt) return "This meeting was cancelled, so there is no attendance to record";
  if (meeting.startsAt > now) return "You can record attendance once the meeting has started";
  return null;
}

/** Everyone invited, plus anyone already recorded (they may have left the panel since). */
async function peopleToRecord(meeting: Pick<Meeting, "id" | "panelId">) {
  const [invited, recorded] = await Promise.all([
    listInvitedPeople(meeting.panelId),
    db().attendance.findMany({ where: { meetingId: meeting.id }, select: { person: { select: { id: true, name: true } } } }),
  ]);
  const people = new Map(invited.map((p) => [p.id, p]));
  for (const { person } of recorded) people.set(person.id, person);
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The people to list, each with what was recorded, or else what they replied. */
export async function attendanceFormFor(meeting: Pick<Meeting, "id" | "panelId">) {
  const [people, attendance, replies] = await Promise.all([
    peopleToRecord(meeting),
    db().attendance.findMany({ where: { meetingId: meeting.id }, select: { personId: true, mode: true } }),
    db().meetingReply.findMany({ where: { meetingId: meeting.id }, select: { personId: true, mode: true } }),
  ]);
  const recorded = new Map(attendance.map((a) => [a.personId, a.mode]));
  const replied = new Map(replies.map((r) => [r.personId, r.mode]));
  return people.map((person) => {
    const mode = recorded.get(person.id) ?? replied.get(person.id);
    const choice: AttendanceChoice = mode === "IN_PERSON" || mode === "ONLINE" ? mode : "ABSENT";
    return { ...person, choice, replied: replied.get(person.id) ?? null };
  });
}

/** Saves who came. Not found when the meeting is not this panel's. */
export async function recordAttendance(
  panelId: string,
  meetingId: string,
  form: AttendanceForm,
  actor: Actor,
  now = new Date(),
): Promise<Outcome> {
  const meeting = await db().meeting.findFirst({ where: { id: meetingId, panelId }, select: { id: true, panelId: true, startsAt: true, cancelledAt: true } });
  if (!meeting) return refuse.notFound();
  const closed = attendanceClosedReason(meeting, now);
  if (closed) return refuse.field("attendance", closed);
  const people = await peopleToRecord(meeting);
  const known = new Set(people.map((p) => p.id));
  if (Object.keys(form.attendance).some((id) => !known.has(id))) {
    return refuse.field("attendance", "This form lists someone who is not on the panel. Reload the page and try again.");
  }
  const errors: FieldErrors = {};
  for (const person of people) {
    if (!form.attendance[person.id]) errors[`attendance.${person.id}`] = [`Select how ${person.name} attended`];
  }
  if (Object.keys(errors).length) return refuse.invalid(errors);

  await db().$transaction(async (tx) => {
    const before = await tx.attendance.findMany({ where: { meetingId }, select: { personId: true, mode: true } });
    for (const person of people) {
      const choice = form.attendance[person.id]!;
      if (choice === "ABSENT") {
        await tx.attendance.deleteMany({ where: { meetingId, personId: person.id } });
      } else {
        await tx.attendance.upsert({
          where: { meetingId_personId: { meetingId, personId: person.id } },
          create: { meetingId, personId: person.id, mode: choice, recordedById: actor.personId, recordedAt: now },
          update: { mode: choice, recordedById: actor.personId, recordedAt: now },
        });
      }
    }
    await recordAudit(
      {
        ...auditedBy(actor),
        action: "meeting.attendance-recorded",
        entityType: "Meeting",
        entityId: meetingId,
        panelId,
        before: Object.fromEntries(before.map((a) => [a.personId, a.mode])),
        after: Object.fromEntries(people.map((p) => [p.id, form.attendance[p.id]])),
      },
      tx,
    );
  });
  return { ok: true };
}
