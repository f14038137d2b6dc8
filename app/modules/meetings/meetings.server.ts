// Scheduling, changing and cancelling a panel's meetings, and what each person sees of them.
// Times are typed in the panel's time zone and stored in UTC (app/dates.ts).
import type { Prisma } from "../../generated/prisma/client.ts";
import { addDaysToDate, dateInputValue, formatClockTime, formatLongDate, timeInputValue, utcToZonedDateTime, zonedDateTimeToUtc } from "../../dates.ts";
import { db, type DbClient } from "../../services.server.ts";
import { recordAudit } from "../audit/audit.server.ts";
import { kickNotificationSender } from "../notifications/queue.server.ts";
import { clearCouncilDecisionDates } from "../agendas/decision-dates.server.ts";
import { activePeopleInRoles, readPanelBasics } from "../panels/panels.server.ts";
import { countReplies, meetingNeedsLines, whatMustBeArranged } from "./arrangements.ts";
import { meetingChanges, type MeetingChange } from "./changes.ts";
import { rolesThat } from "../auth/capabilities.ts";
import { DECISION_ROWS, type MeetingForm } from "./schema.ts";

export type MeetingActor = { actorId: string; requestId?: string };

/**
 * Work that must commit with a meeting change or not at all, such as queueing the messages that
 * tell people about it (so a crash can never leave a meeting that nobody was told of). The
 * command wakes the notification sender once that transaction has committed.
 */
export type AlsoInTransaction = (tx: Prisma.TransactionClient, meeting: Meeting) => Promise<void>;
/** The same, for a saved change to when or where the meeting is: only called when there is one. */
export type AlsoWhenChanged = (tx: Prisma.TransactionClient, change: { meeting: Meeting; changes: MeetingChange[] }) => Promise<void>;
export type FieldErrors = Record<string, string[]>;
export type Refusal = { ok: false; errors: FieldErrors };

export type MeetingPanel = { id: string; name: string; timeZone: string; papersDeadlineDays: number };

export async function getMeetingPanel(panelId: string): Promise<MeetingPanel | null> {
  return readPanelBasics(panelId);
}

const meetingSelect = {
  id: true,
  panelId: true,
  title: true,
  startsAt: true,
  endsAt: true,
  venueName: true,
  venueAddress: true,
  venueAccess: true,
  onlineLink: true,
  papersDeadline: true,
  cancelledAt: true,
  updatedAt: true,
  decisionDates: { select: { title: true, decidesOn: true }, orderBy: { decidesOn: "asc" } },
} as const;

/** A meeting, only when it belongs to the panel in the URL. */
export async function findMeeting(panelId: string, meetingId: string) {
  return db().meeting.findFirst({ where: { id: meetingId, panelId }, select: meetingSelect });
}

export type Meeting = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

export { describeWhen, type MeetingChange } from "./changes.ts";

/** "5pm on Wednesday 10 March 2027": the papers deadline, which is also when prioritising closes. */
export function describePapersDeadline(meeting: { papersDeadline: Date }, timeZone: string): string {
  return `${formatClockTime(meeting.papersDeadline, timeZone)} on ${formatLongDate(meeting.papersDeadline, timeZone)}`;
}

function snapshot(meeting: Pick<Meeting, "title" | "startsAt" | "endsAt" | "venueName" | "venueAddress" | "venueAccess" | "onlineLink" | "papersDeadline" | "decisionDates">) {
  return {
    title: meeting.title,
    startsAt: meeting.startsAt.toISOString(),
    endsAt: meeting.endsAt.toISOString(),
    venueName: meeting.venueName,
    venueAddress: meeting.venueAddress,
    venueAccess: meeting.venueAccess,
    onlineLink: meeting.onlineLink,
    papersDeadline: meeting.papersDeadline.toISOString(),
    decisionDates: meeting.decisionDates.map((d) => ({ title: d.title, decidesOn: d.decidesOn.toISOString() })),
  };
}

/** The form's wall-clock times as instants; the papers deadline defaults to the panel's usual days before. */
function toInstants(form: MeetingForm, panel: MeetingPanel) {
  const at = (date: string, time: string) => zonedDateTimeToUtc(date, time, panel.timeZone)!;
  return {
    startsAt: at(form.date, form.startTime),
    endsAt: at(form.date, form.endTime),
    papersDeadline: at(form.papersDeadlineDate ?? addDaysToDate(form.date, -panel.papersDeadlineDays), form.papersDeadlineTime),
    decisionDates: form.decisions.map((d) => ({ title: d.title, decidesOn: at(d.date, "00:00") })),
  };
}

type Instants = ReturnType<typeof toInstants>;

/** The checks that need the clock or the other meetings. */
async function checkAgainstCalendar(
  panel: MeetingPanel,
  times: Instants,
  now: Date,
  existing?: { id: string; startsAt: Date },
): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  // A past meeting may still be corrected (its venue, say); it may not be moved.
  const moved = !existing || existing.startsAt.getTime() !== times.startsAt.getTime();
  // On the day box of each date input (app/components/date-input.tsx), where the error summary links.
  if (moved && times.startsAt <= now) errors["date-day"] = ["The meeting must be in the future"];
  if (times.papersDeadline >= times.startsAt) errors["papersDeadlineDate-day"] = ["The papers deadline must be before the meeting starts"];
  const clash = await db().meeting.findFirst({
    where: {
      panelId: panel.id,
      cancelledAt: null,
      id: existing ? { not: existing.id } : undefined,
      startsAt: { lt: times.endsAt },
      endsAt: { gt: times.startsAt },
    },
    select: { title: true, startsAt: true, endsAt: true },
    orderBy: { startsAt: "asc" },
  });
  if (clash && !errors["date-day"]) {
    const zone = panel.timeZone;
    errors["date-day"] = [
      `This overlaps ${clash.title} on ${formatLongDate(clash.startsAt, zone)}, ${formatClockTime(clash.startsAt, zone)}–${formatClockTime(clash.endsAt, zone)}`,
    ];
  }
  return errors;
}

const hasErrors = (errors: FieldErrors) => Object.keys(errors).length > 0;

function meetingData(form: MeetingForm, times: Instants) {
  return {
    title: form.title,
    startsAt: times.startsAt,
    endsAt: times.endsAt,
    venueName: form.venueName,
    venueAddress: form.venueAddress,
    venueAccess: form.venueAccess,
    onlineLink: form.onlineLink,
    papersDeadline: times.papersDeadline,
  };
}

export async function scheduleMeeting(
  panel: MeetingPanel,
  form: MeetingForm,
  actor: MeetingActor,
  now = new Date(),
  alsoInTransaction?: AlsoInTransaction,
): Promise<{ ok: true; meetingId: string } | Refusal> {
  const times = toInstants(form, panel);
  const errors = await checkAgainstCalendar(panel, times, now);
  if (hasErrors(errors)) return { ok: false, errors };
  const meeting = await db().$transaction(async (tx) => {
    const created = await tx.meeting.create({
      data: { ...meetingData(form, times), panelId: panel.id, createdById: actor.actorId, decisionDates: { create: times.decisionDates } },
      select: meetingSelect,
    });
    await recordAudit(
      { actorId: actor.actorId, action: "meeting.scheduled", entityType: "Meeting", entityId: created.id, panelId: panel.id, after: snapshot(created), requestId: actor.requestId },
      tx,
    );
    await alsoInTransaction?.(tx, created);
    return created;
  });
  if (alsoInTransaction) kickNotificationSender();
  return { ok: true, meetingId: meeting.id };
}

/**
 * Saves the organiser's changes. When the time or place of a meeting still to come changed,
 * `alsoWhenChanged` runs in the same transaction (to tell people) and `changes` says what changed;
 * otherwise `changes` is empty. null when the meeting is not this panel's.
 */
export async function updateMeeting(
  panel: MeetingPanel,
  meetingId: string,
  form: MeetingForm,
  actor: MeetingActor,
  now = new Date(),
  alsoWhenChanged?: AlsoWhenChanged,
): Promise<{ ok: true; changes: MeetingChange[] } | Refusal | null> {
  const existing = await findMeeting(panel.id, meetingId);
  if (!existing) return null;
  if (existing.cancelledAt) return { ok: false, errors: { title: ["This meeting has been cancelled, so it cannot be changed"] } };
  const times = toInstants(form, panel);
  const errors = await checkAgainstCalendar(panel, times, now, existing);
  if (hasErrors(errors)) return { ok: false, errors };
  const changes = await db().$transaction(async (tx) => {
    await clearCouncilDecisionDates(meetingId, tx);
    const updated = await tx.meeting.update({
      where: { id: meetingId },
      data: { ...meetingData(form, times), decisionDates: { create: times.decisionDates } },
      select: meetingSelect,
    });
    await recordAudit(
      {
        actorId: actor.actorId,
        action: "meeting.updated",
        entityType: "Meeting",
        entityId: meetingId,
        panelId: panel.id,
        before: snapshot(existing),
        after: snapshot(updated),
        requestId: actor.requestId,
      },
      tx,
    );
    // A correction to a meeting that is over (its venue, say) is not news to anyone.
    const changed = updated.endsAt > now ? meetingChanges(existing, updated, panel.timeZone) : [];
    if (changed.length && alsoWhenChanged) await alsoWhenChanged(tx, { meeting: updated, changes: changed });
    return changed;
  });
  if (changes.length && alsoWhenChanged) kickNotificationSender();
  return { ok: true, changes };
}

/** Sets cancelledAt once; cancelling again changes nothing. null when the meeting is not this panel's. */
export async function cancelMeeting(
  panelId: string,
  meetingId: string,
  actor: MeetingActor,
  now = new Date(),
  alsoInTransaction?: AlsoInTransaction,
): Promise<{ ok: true } | null> {
  const cancelled = await db().$transaction(async (tx) => {
    const { count } = await tx.meeting.updateMany({ where: { id: meetingId, panelId, cancelledAt: null }, data: { cancelledAt: now } });
    if (count === 0) return (await tx.meeting.count({ where: { id: meetingId, panelId } })) ? { ok: true as const, now: false } : null;
    await recordAudit(
      { actorId: actor.actorId, action: "meeting.cancelled", entityType: "Meeting", entityId: meetingId, panelId, after: { cancelledAt: now.toISOString() }, requestId: actor.requestId },
      tx,
    );
    // Only the call that cancels does the extra work, so notices go once.
    if (alsoInTransaction) await alsoInTransaction(tx, await tx.meeting.findFirstOrThrow({ where: { id: meetingId, panelId }, select: meetingSelect }));
    return { ok: true as const, now: true };
  });
  if (!cancelled) return null;
  if (cancelled.now && alsoInTransaction) kickNotificationSender();
  return { ok: true };
}

/** The edit form's fields, in the panel's time zone. */
export function meetingFormValues(meeting: Meeting, timeZone: string): Record<string, string> {
  const start = utcToZonedDateTime(meeting.startsAt, timeZone);
  const deadline = utcToZonedDateTime(meeting.papersDeadline, timeZone);
  const values: Record<string, string> = {
    title: meeting.title,
    ...dateInputValue("date", start.date),
    startTime: timeInputValue(start.time),
    endTime: timeInputValue(utcToZonedDateTime(meeting.endsAt, timeZone).time),
    venueName: meeting.venueName,
    venueAddress: meeting.venueAddress,
    venueAccess: meeting.venueAccess,
    onlineLink: meeting.onlineLink,
    ...dateInputValue("papersDeadlineDate", deadline.date),
    papersDeadlineTime: timeInputValue(deadline.time),
  };
  meeting.decisionDates.slice(0, DECISION_ROWS.length).forEach((d, i) => {
    values[`decision${i + 1}Title`] = d.title;
    Object.assign(values, dateInputValue(`decision${i + 1}Date`, utcToZonedDateTime(d.decidesOn, timeZone).date));
  });
  return values;
}

export async function listMeetings(panelId: string, personId: string, now = new Date()) {
  const meetings = await db().meeting.findMany({
    where: { panelId },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      venueName: true,
      onlineLink: true,
      cancelledAt: true,
      replies: { where: { personId }, select: { mode: true } },
    },
    orderBy: { startsAt: "asc" },
  });
  const rows = meetings.map(({ replies, ...meeting }) => ({ ...meeting, yourReply: replies[0]?.mode ?? null }));
  return { upcoming: rows.filter((m) => m.endsAt > now), past: rows.filter((m) => m.endsAt <= now).reverse() };
}

/**
 * The meetings not yet over in these panels, soonest first, with the person's own reply: for their
 * home page. Only the panels given are read, so the caller passes the panels the person is in.
 */
export async function listUpcomingMeetingsForPerson(panelIds: readonly string[], personId: string, now = new Date()) {
  if (panelIds.length === 0) return [];
  const meetings = await db().meeting.findMany({
    where: { panelId: { in: [...panelIds] }, endsAt: { gt: now } },
    select: {
      id: true,
      panelId: true,
      title: true,
      startsAt: true,
      endsAt: true,
      papersDeadline: true,
      cancelledAt: true,
      panel: { select: { timeZone: true } },
      replies: { where: { personId }, select: { mode: true } },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
  });
  return meetings.map(({ replies, panel, ...meeting }) => ({ ...meeting, timeZone: panel.timeZone, yourReply: replies[0]?.mode ?? null }));
}

/** The people invited to reply: active members and the chair. */
export async function listInvitedPeople(panelId: string) {
  return activePeopleInRoles(panelId, rolesThat("takesPartAsMember"));
}

/**
 * What the meeting page shows about replies and attendance. Everyone sees the totals; organisers
 * also see names, the needs flagged and what must be arranged. Members never get others' needs.
 */
export async function meetingOverview(meeting: Meeting, viewer: { personId: string; organiser: boolean }) {
  const [invited, replies, attendance] = await Promise.all([
    listInvitedPeople(meeting.panelId),
    db().meetingReply.findMany({
      where: { meetingId: meeting.id },
      select: {
        personId: true,
        mode: true,
        meetingSupport: true,
        physicalAccess: true,
        dietaryNeeds: true,
        otherNeeds: true,
        travelNeeded: true,
        person: { select: { name: true } },
      },
      orderBy: { person: { name: "asc" } },
    }),
    db().attendance.findMany({ where: { meetingId: meeting.id }, select: { mode: true, person: { select: { name: true } } }, orderBy: { person: { name: "asc" } } }),
  ]);
  const invitedIds = new Set(invited.map((p) => p.id));
  const counted = replies.filter((r) => invitedIds.has(r.personId));
  const yourReply = replies.find((r) => r.personId === viewer.personId) ?? null;
  const totals = countReplies(counted, invited.length);
  const attended = { inPerson: attendance.filter((a) => a.mode === "IN_PERSON").length, online: attendance.filter((a) => a.mode === "ONLINE").length };
  if (!viewer.organiser) {
    return { totals, attended, yourReply: yourReply && { mode: yourReply.mode }, organiser: null };
  }
  const replied = new Set(counted.map((r) => r.personId));
  const coming = counted.filter((r) => r.mode !== "APOLOGIES");
  return {
    totals,
    attended,
    yourReply: yourReply && { mode: yourReply.mode },
    organiser: {
      notReplied: invited.filter((p) => !replied.has(p.id)).map((p) => p.name),
      needs: meetingNeedsLines(counted),
      tasks: whatMustBeArranged(counted),
      travel: coming.filter((r) => r.mode === "IN_PERSON" && r.travelNeeded).map((r) => r.person.name),
      dietary: coming.filter((r) => r.mode === "IN_PERSON" && r.dietaryNeeds).map((r) => r.dietaryNeeds),
      otherNeeds: coming.filter((r) => r.otherNeeds).map((r) => ({ name: r.person.name, text: r.otherNeeds })),
      attendance: attendance.map((a) => ({ name: a.person.name, mode: a.mode })),
    },
  };
}

/** The titles of the given meetings, by id (titles only: for naming a meeting in a list of events). */
export async function meetingTitles(meetingIds: string[]): Promise<Map<string, string>> {
  if (meetingIds.length === 0) return new Map();
  const meetings = await db().meeting.findMany({ where: { id: { in: [...new Set(meetingIds)] } }, select: { id: true, title: true } });
  return new Map(meetings.map((m) => [m.id, m.title]));
}

// ---- For other features (issue 11): a meeting's times and live state, and its neighbours ----

const meetingStateSelect = {
  id: true,
  panelId: true,
  title: true,
  startsAt: true,
  endsAt: true,
  papersDeadline: true,
  cancelledAt: true,
  liveStartedAt: true,
  liveEndedAt: true,
  currentEntryId: true,
  onBreakSince: true,
} as const;

/**
 * A meeting's own columns: its times, whether it was cancelled, and its live state (decision 013:
 * the live state stays on Meeting). With `panelId`, only when the meeting is that panel's.
 */
export async function readMeetingState(meetingId: string, panelId?: string, client: DbClient = db()) {
  return client.meeting.findFirst({ where: { id: meetingId, ...(panelId ? { panelId } : {}) }, select: meetingStateSelect });
}

export type MeetingState = NonNullable<Awaited<ReturnType<typeof readMeetingState>>>;
export type MeetingLiveChange = Partial<Pick<MeetingState, "liveStartedAt" | "liveEndedAt" | "currentEntryId" | "onBreakSince">>;

/** The chair moves the live meeting on: the caller's transaction writes it with its timeline row. */
export async function changeMeetingLiveState(meetingId: string, change: MeetingLiveChange, client: DbClient = db()): Promise<void> {
  await client.meeting.update({ where: { id: meetingId }, data: change });
}

/** Holds the meeting's row until the caller's transaction ends, so writes to it take turns (note numbers). */
export async function lockMeetingRow(meetingId: string, client: DbClient): Promise<void> {
  await client.$queryRaw`SELECT id FROM "Meeting" WHERE id = ${meetingId} FOR UPDATE`;
}

/** The panel's meetings that were started live (only those not ended yet, with `stillRunning`). */
export async function liveMeetingIdsOfPanel(panelId: string, options: { stillRunning?: boolean } = {}): Promise<string[]> {
  const meetings = await db().meeting.findMany({
    where: { panelId, liveStartedAt: { not: null }, ...(options.stillRunning ? { liveEndedAt: null } : {}) },
    select: { id: true },
  });
  return meetings.map((m) => m.id);
}

/** A meeting's start and its panel's time zone; with `panelId`, only when the meeting is that panel's. */
export async function readMeetingStartAndZone(meetingId: string, panelId?: string) {
  const meeting = await db().meeting.findFirst({
    where: { id: meetingId, ...(panelId ? { panelId } : {}) },
    select: { panelId: true, startsAt: true, panel: { select: { timeZone: true } } },
  });
  return meeting && { panelId: meeting.panelId, startsAt: meeting.startsAt, timeZone: meeting.panel.timeZone };
}

/** The panel's last meeting (not cancelled) before this time. */
export async function previousMeetingBefore(panelId: string, startsAt: Date) {
  return db().meeting.findFirst({
    where: { panelId, startsAt: { lt: startsAt }, cancelledAt: null },
    orderBy: { startsAt: "desc" },
    select: { startsAt: true },
  });
}

/** The panel's next meeting after this one (not cancelled), if one is scheduled. */
export async function nextMeetingAfter(panelId: string, meeting: { id: string; startsAt: Date }) {
  return db().meeting.findFirst({
    where: { panelId, cancelledAt: null, startsAt: { gt: meeting.startsAt }, id: { not: meeting.id } },
    orderBy: { startsAt: "asc" },
    select: { id: true, title: true, startsAt: true },
  });
}

/** The panel's later meetings (not cancelled) that have begun: started by the clock or live. */
export async function laterMeetingsBegun(panelId: string, after: Date, now = new Date()) {
  return db().meeting.findMany({
    where: { panelId, startsAt: { gt: after }, cancelledAt: null, OR: [{ startsAt: { lte: now } }, { liveStartedAt: { not: null } }] },
    select: { id: true, title: true, startsAt: true, endsAt: true },
    orderBy: { startsAt: "asc" },
  });
}

/** When the panel's meetings with these ids start. */
export async function startTimesOfMeetings(panelId: string, meetingIds: readonly string[]): Promise<Map<string, Date>> {
  if (!meetingIds.length) return new Map();
  const meetings = await db().meeting.findMany({ where: { panelId, id: { in: [...meetingIds] } }, select: { id: true, startsAt: true } });
  return new Map(meetings.map((m) => [m.id, m.startsAt]));
}

/** What the minutes say about a meeting itself: when, its panel, who came and who sent apologies. */
export async function readMeetingForMinutes(meetingId: string) {
  return db().meeting.findUnique({
    where: { id: meetingId },
    select: {
      title: true,
      startsAt: true,
      endsAt: true,
      liveEndedAt: true,
      panel: { select: { name: true, timeZone: true } },
      attendance: { select: { personId: true, mode: true } },
      replies: { where: { mode: "APOLOGIES" }, select: { personId: true } },
    },
  });
}
