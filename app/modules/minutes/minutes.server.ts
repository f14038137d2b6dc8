// A meeting's minutes (issue 5, "After the meeting"): the note-takers build a draft from what was
// stored during the meeting, edit it (every version kept, a stale save refused with both texts),
// share it with the panel for comments, and the panel approves it at a later meeting (recorded as
// such). Approved minutes are published to members in their formats and, if the panel chooses,
// publicly. Each change and its audit entry (and any messages about it) commit together.
import { formatDateTime, formatLongDate } from "../../dates.ts";
import { db } from "../../services.server.ts";
import { rolesThat } from "../auth/capabilities.ts";
import { recordAudit } from "../audit/audit.server.ts";
import { namesOf } from "../live/server/names.server.ts";
import { listNotes } from "../live/server/notes.server.ts";
import { minutesUsedByEntry } from "../live/client/minutes-used-by-entry.ts";
import { describeWhen, laterMeetingsBegun, readMeetingForMinutes, readMeetingStartAndZone, readMeetingState } from "../meetings/meetings.server.ts";
import { readPanelBasics } from "../panels/panels.server.ts";
import { agendaItemsOf } from "../agendas/agenda.server.ts";
import { timelineOf } from "../live/server/meeting-state.server.ts";
import { chooseContactRoute, countRoutes, findPanelRecipients, greetingName } from "../notifications/contact.server.ts";
import { enqueueNotifications, kickNotificationSender, type NotificationDraft } from "../notifications/queue.server.ts";
import { writeMinutesText, type MinutesNote, type MinutesSource } from "./minutes-text.ts";
import { minutesRightsFor, type MinutesRights } from "./permissions.server.ts";
import { refuse, type Outcome, type Refusal } from "../../refusal.ts";
import { auditedBy, type Actor } from "../auth/actor.server.ts";

export type Links = { baseUrl: string };

/** What is saved now, which the person had not seen: carried by a stale save's conflict. */
export type MinutesCurrent = { version: number; text: string; editedBy: string; editedAt: Date };
type MinutesOutcome<Done extends object> = Outcome<Done, MinutesCurrent>;

const notFound = (message = "Those minutes were not found") => refuse.notFound(message);
const forbidden = refuse.forbidden;
/** A refusal shown next to `field`, or at the top of the form when there is none. */
const refused = (message: string, field?: string) => (field ? refuse.field(field, message) : refuse.form(message));

const STALE = "Someone else saved a change to the minutes while you were editing. Both versions are shown: check theirs, then save yours again if it should replace it.";

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

export function minutesPath(panelId: string, meetingId: string): string {
  return `/panels/${panelId}/meetings/${meetingId}/minutes`;
}

export function publicMinutesPath(minutesId: string): string {
  return `/minutes/${minutesId}`;
}

// ----- Building the draft -----

/** A due date stored as midnight UTC, in words ("Friday 4 December 2026"). */
function dueInWords(dueOn: string | null): string | null {
  return dueOn ? formatLongDate(new Date(`${dueOn}T00:00:00Z`), "UTC") : null;
}

/** Everything the draft is written from, read from what the meeting stored. Null when there is no such meeting. */
async function readMinutesSource(meetingId: string, now = new Date()): Promise<MinutesSource | null> {
  // The meeting, its agenda and what the live meeting stored, each read from its own feature.
  const [meeting, agendaEntries, timeline] = await Promise.all([readMeetingForMinutes(meetingId), agendaItemsOf(meetingId), timelineOf(meetingId)]);
  if (!meeting) return null;
  const notes = await listNotes(meetingId);
  // A meeting nobody ended stops at its planned end (or its last move, if later), never "now".
  const lastMove = timeline.at(-1)?.startedAt.getTime() ?? 0;
  const until = meeting.liveEndedAt ?? new Date(Math.min(now.getTime(), Math.max(meeting.endsAt.getTime(), lastMove)));
  const used = minutesUsedByEntry(timeline, until);
  const current = new Set(timeline.filter((row) => row.kind === "ITEM" && row.entryId).map((row) => row.entryId));

  const came = new Set(meeting.attendance.filter((a) => a.mode !== "APOLOGIES").map((a) => a.personId));
  const apologies = [
    ...new Set([...meeting.attendance.filter((a) => a.mode === "APOLOGIES").map((a) => a.personId), ...meeting.replies.map((r) => r.personId)]),
  ].filter((id) => !came.has(id));
  const names = await namesOf([...meeting.attendance.map((a) => a.personId), ...apologies]);
  const named = (ids: string[]) => ids.map((id) => names.get(id) ?? "Someone").sort((a, b) => a.localeCompare(b));

  const toMinutesNote = (note: (typeof notes)[number]): MinutesNote => ({
    kind: note.kind,
    text: note.text,
    agreedBy: note.agreedBy,
    ownerName: note.ownerName,
    due: dueInWords(note.dueOn),
    recommendations: note.recommendations,
  });
  const itemIds = new Set(agendaEntries.map((entry) => entry.item?.id));
  const zone = meeting.panel.timeZone;
  return {
    panelName: meeting.panel.name,
    meetingTitle: meeting.title,
    when: describeWhen(meeting, zone),
    present: {
      inRoom: named(meeting.attendance.filter((a) => a.mode === "IN_PERSON").map((a) => a.personId)),
      online: named(meeting.attendance.filter((a) => a.mode === "ONLINE").map((a) => a.personId)),
    },
    apologies: named(apologies),
    items: agendaEntries.map((entry, index) => ({
      number: index + 1,
      title: entry.item?.title ?? "An item",
      minutesUsed: current.has(entry.id) ? (used.get(entry.id) ?? 0) : null,
      minutesPlanned: entry.minutes,
      notes: notes.filter((note) => note.itemId && note.itemId === entry.item?.id).map(toMinutesNote),
    })),
    // Notes under an item taken off the agenda since are kept too, outside the items.
    outside: notes.filter((note) => !note.itemId || !itemIds.has(note.itemId)).map(toMinutesNote),
  };
}

async function meetingForMinutes(meetingId: string) {
  return readMeetingState(meetingId);
}

/**
 * One click builds the draft from the notes. When there are minutes already, they are only
 * replaced when asked (`rebuild`), as a new version, and only if nobody saved since the page
 * was loaded (`baseVersion`).
 */
export async function buildDraftMinutes(
  meetingId: string,
  actor: Actor,
  options: { rebuild?: { baseVersion: number } } = {},
  now = new Date(),
): Promise<MinutesOutcome<{ minutesId: string; version: number }>> {
  const rights = await minutesRightsFor(actor.personId, meetingId);
  if (!rights) return notFound("That meeting was not found");
  if (!rights.canWrite) return forbidden("Only the chair, council officers and the note-takers can write the minutes");
  const meeting = await meetingForMinutes(meetingId);
  if (!meeting) return notFound("That meeting was not found");
  if (meeting.cancelledAt) return refused("This meeting was cancelled, so it has no minutes");
  if (meeting.startsAt > now && !meeting.liveStartedAt) return refused("You can build the minutes once the meeting has started");
  const source = await readMinutesSource(meetingId, now);
  if (!source) return notFound("That meeting was not found");
  const text = writeMinutesText(source);

  const existing = await db().minutes.findUnique({ where: { meetingId }, select: { id: true, status: true, version: true } });
  if (existing && !options.rebuild) {
    return refused("The draft minutes are already built. To start again from the notes, choose \u201cRebuild from the notes\u201d.");
  }
  if (!existing) {
    try {
      const minutesId = await db().$transaction(async (tx) => {
        const created = await tx.minutes.create({
          data: { meetingId, text, builtById: actor.personId, builtAt: now, versions: { create: { version: 1, text, editedById: actor.personId, editedAt: now } } },
          select: { id: true },
        });
        await recordAudit(
          { ...auditedBy(actor), action: "minutes.built", entityType: "Minutes", entityId: created.id, panelId: meeting.panelId, after: { meetingId, version: 1 } },
          tx,
        );
        return created.id;
      });
      return { ok: true, minutesId, version: 1 };
    } catch (error) {
      // Two note-takers pressed "Build" at once: the first one's draft stands.
      if (isUniqueViolation(error)) return refused("Someone else built the draft minutes a moment ago. Reload the page to see them.");
      throw error;
    }
  }
  if (existing.status === "APPROVED") return refused("The minutes are approved, so they can no longer be changed");
  return saveNewVersion(existing.id, meeting.panelId, { text, baseVersion: options.rebuild!.baseVersion }, actor, "minutes.built", now);
}

/** Replaces the text as version baseVersion + 1, only if nobody saved since: never a silent overwrite. */
async function saveNewVersion(
  minutesId: string,
  panelId: string,
  input: { text: string; baseVersion: number },
  actor: Actor,
  action: "minutes.built" | "minutes.edited",
  now: Date,
): Promise<MinutesOutcome<{ minutesId: string; version: number }>> {
  const version = input.baseVersion + 1;
  try {
    const saved = await db().$transaction(async (tx) => {
      const { count } = await tx.minutes.updateMany({
        where: { id: minutesId, version: input.baseVersion, status: { not: "APPROVED" } },
        data: { text: input.text, version },
      });
      if (count === 0) return false;
      await tx.minutesVersion.create({ data: { minutesId, version, text: input.text, editedById: actor.personId, editedAt: now } });
      await recordAudit(
        {
          ...auditedBy(actor),
          action,
          entityType: "Minutes",
          entityId: minutesId,
          panelId,
          after: { version, ...(action === "minutes.built" ? { rebuiltFromNotes: true } : {}) },
        },
        tx,
      );
      return true;
    });
    if (saved) return { ok: true, minutesId, version };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  return conflictWith(minutesId);
}

async function conflictWith(minutesId: string): Promise<Refusal<MinutesCurrent>> {
  const latest = await db().minutesVersion.findFirstOrThrow({ where: { minutesId }, orderBy: { version: "desc" }, select: { version: true, text: true, editedById: true, editedAt: true } });
  const names = await namesOf([latest.editedById]);
  return refuse.conflict(STALE, { version: latest.version, text: latest.text, editedBy: names.get(latest.editedById) ?? "Someone", editedAt: latest.editedAt });
}

// ----- Changing them -----

async function loadMinutes(minutesId: string) {
  return db().minutes.findUnique({
    where: { id: minutesId },
    select: { id: true, meetingId: true, status: true, version: true, text: true, publishedAt: true, public: true, meeting: { select: { panelId: true, title: true, startsAt: true } } },
  });
}

type LoadedMinutes = NonNullable<Awaited<ReturnType<typeof loadMinutes>>>;

/** The minutes and what the person may do with them; the same refusal when either is missing. */
async function minutesAndRights(minutesId: string, actor: Actor): Promise<{ minutes: LoadedMinutes; rights: MinutesRights } | Refusal> {
  const minutes = await loadMinutes(minutesId);
  if (!minutes) return notFound();
  const rights = await minutesRightsFor(actor.personId, minutes.meetingId);
  if (!rights) return notFound();
  return { minutes, rights };
}

export async function editMinutes(
  minutesId: string,
  input: { text: string; baseVersion: number },
  actor: Actor,
  now = new Date(),
): Promise<MinutesOutcome<{ minutesId: string; version: number; changed: boolean }>> {
  const found = await minutesAndRights(minutesId, actor);
  if ("ok" in found) return found;
  const { minutes, rights } = found;
  if (!rights.canWrite) return forbidden("Only the chair, council officers and the note-takers can change the minutes");
  if (minutes.status === "APPROVED") return refused("The minutes are approved, so they can no longer be changed");
  const text = input.text.replace(/\r\n?/g, "\n");
  if (input.baseVersion === minutes.version && text === minutes.text) return { ok: true, minutesId, version: minutes.version, changed: false };
  const saved = await saveNewVersion(minutesId, minutes.meeting.panelId, { text, baseVersion: input.baseVersion }, actor, "minutes.edited", now);
  return saved.ok ? { ...saved, changed: true } : saved;
}

async function panelOfMinutes(panelId: string) {
  const panel = await readPanelBasics(panelId);
  if (!panel) throw new Error(`Panel ${panelId} not found`);
  return panel;
}

/** Who is told about the minutes, and how: the panel's members, chair and officers, each their own way. */
async function messagesAbout(
  minutes: LoadedMinutes,
  stage: "shared" | "published",
  links: Links,
  options: { public?: boolean; approvedAt?: string } = {},
): Promise<{ drafts: NotificationDraft[]; howTold: string[] }> {
  const [panel, recipients] = await Promise.all([
    panelOfMinutes(minutes.meeting.panelId),
    findPanelRecipients(minutes.meeting.panelId, rolesThat("receivesPapers")),
  ]);
  const routed = recipients.map((recipient) => ({ recipient, route: chooseContactRoute(recipient) }));
  const minutesUrl = links.baseUrl + (options.public ? publicMinutesPath(minutes.id) : minutesPath(minutes.meeting.panelId, minutes.meetingId));
  const drafts = routed.map(({ recipient, route }) => ({
    personId: recipient.personId,
    panelId: minutes.meeting.panelId,
    meetingId: minutes.meetingId,
    route,
    message: {
      kind: stage === "shared" ? ("minutes.shared" as const) : ("minutes.published" as const),
      props: {
        name: greetingName(recipient),
        toSupporter: route.toSupporter,
        panelName: panel.name,
        meetingTitle: minutes.meeting.title,
        day: formatLongDate(minutes.meeting.startsAt, panel.timeZone),
        stage,
        approvedAt: options.approvedAt ?? "",
        text: minutes.text,
        minutesUrl,
      },
    },
  }));
  return { drafts, howTold: countRoutes(routed.map((r) => r.route)) };
}

/** The draft goes to the panel for comments; everyone is told their way. Sharing again does nothing. */
export async function shareMinutesForComment(
  minutesId: string,
  actor: Actor,
  links: Links,
  now = new Date(),
): Promise<Outcome<{ told: number; already: boolean }>> {
  const found = await minutesAndRights(minutesId, actor);
  if ("ok" in found) return found;
  const { minutes, rights } = found;
  if (!rights.canOrganise) return forbidden("Only the chair and council officers can share the minutes");
  if (minutes.status === "SHARED") return { ok: true, told: 0, already: true };
  if (minutes.status === "APPROVED") return refused("The minutes are already approved");
  const { drafts, howTold } = await messagesAbout(minutes, "shared", links);
  const told = await db().$transaction(async (tx) => {
    const { count } = await tx.minutes.updateMany({ where: { id: minutesId, status: "DRAFT" }, data: { status: "SHARED", sharedAt: now } });
    if (count === 0) return null;
    const queued = await enqueueNotifications(tx, drafts, now);
    await recordAudit(
      { ...auditedBy(actor), action: "minutes.shared", entityType: "Minutes", entityId: minutesId, panelId: minutes.meeting.panelId, after: { version: minutes.version, told: queued, howTold } },
      tx,
    );
    return queued;
  });
  if (told) kickNotificationSender();
  return told === null ? { ok: true, told: 0, already: true } : { ok: true, told, already: false };
}

export async function addMinutesComment(
  minutesId: string,
  text: string,
  actor: Actor,
  now = new Date(),
): Promise<Outcome<{ commentId: string }>> {
  const found = await minutesAndRights(minutesId, actor);
  if ("ok" in found) return found;
  const { minutes, rights } = found;
  // Someone who may not see a draft learns nothing about it.
  if (minutes.status === "DRAFT" && !rights.canWrite) return notFound();
  if (!rights.canComment) return forbidden("Only the panel's members, chair and officers can comment on the minutes");
  if (minutes.status !== "SHARED") {
    return refused(minutes.status === "DRAFT" ? "The minutes have not been shared for comments yet" : "The minutes are approved, so comments are closed", "comment");
  }
  const commentId = await db().$transaction(async (tx) => {
    const comment = await tx.minutesComment.create({ data: { minutesId, personId: actor.personId, text: text.trim(), createdAt: now }, select: { id: true } });
    await recordAudit(
      { ...auditedBy(actor), action: "minutes.commented", entityType: "Minutes", entityId: minutesId, panelId: minutes.meeting.panelId, after: { commentId: comment.id } },
      tx,
    );
    return comment.id;
  });
  return { ok: true, commentId };
}

/**
 * The later meetings of the panel at which the minutes can have been approved: not cancelled, and
 * begun (their start time has passed, or the chair has started them live).
 */
type ApprovalMeeting = { id: string; label: string };

async function meetingsToApproveAt(meetingId: string, now = new Date()): Promise<ApprovalMeeting[]> {
  const meeting = await readMeetingStartAndZone(meetingId);
  if (!meeting) return [];
  const later = await laterMeetingsBegun(meeting.panelId, meeting.startsAt, now);
  return later.map((m) => ({ id: m.id, label: `${m.title}, ${describeWhen(m, meeting.timeZone)}` }));
}

/** Approved at a later meeting of the same panel that has begun: recorded with who and when. */
export async function approveMinutes(
  minutesId: string,
  input: { atMeetingId: string },
  actor: Actor,
  now = new Date(),
): Promise<Outcome> {
  const found = await minutesAndRights(minutesId, actor);
  if ("ok" in found) return found;
  const { minutes, rights } = found;
  if (!rights.canOrganise) return forbidden("Only the chair and council officers can record that the minutes were approved");
  if (minutes.status === "APPROVED") return refused("The minutes are already approved");
  if (minutes.status === "DRAFT") return refused("Share the draft minutes for comments before the panel approves them");
  const at = await readMeetingState(input.atMeetingId);
  const field = "atMeetingId";
  if (!at || at.panelId !== minutes.meeting.panelId) return refused("Choose a meeting of this panel", field);
  if (at.startsAt <= minutes.meeting.startsAt) return refused("Choose a meeting after the one these minutes are of", field);
  if (at.cancelledAt) return refused("That meeting was cancelled, so nothing was approved at it", field);
  if (at.startsAt > now && !at.liveStartedAt) return refused("That meeting has not happened yet. Record the approval at or after the meeting", field);
  const { count } = await db().$transaction(async (tx) => {
    const updated = await tx.minutes.updateMany({
      where: { id: minutesId, status: "SHARED" },
      data: { status: "APPROVED", approvedAt: now, approvedAtMeetingId: at.id, approvedById: actor.personId },
    });
    if (updated.count) {
      await recordAudit(
        { ...auditedBy(actor), action: "minutes.approved", entityType: "Minutes", entityId: minutesId, panelId: minutes.meeting.panelId, after: { version: minutes.version, approvedAtMeetingId: at.id } },
        tx,
      );
    }
    return updated;
  });
  return count ? { ok: true } : refused("The minutes were changed while you were on this page. Reload it and try again");
}

/**
 * Approved minutes go to everyone in their formats and, when `public` is chosen, can be read
 * without signing in. Published minutes that were not public can be made public later (nobody is
 * told again); nothing else is published twice.
 */
export async function publishMinutes(
  minutesId: string,
  input: { public: boolean },
  actor: Actor,
  links: Links,
  now = new Date(),
): Promise<Outcome<{ told: number }>> {
  const found = await minutesAndRights(minutesId, actor);
  if ("ok" in found) return found;
  const { minutes, rights } = found;
  if (!rights.canOrganise) return forbidden("Only the chair and council officers can publish the minutes");
  if (minutes.status !== "APPROVED") return refused("The minutes can be published once the panel has approved them");
  if (minutes.publishedAt) {
    if (!input.public || minutes.public) return refused("The minutes are already published");
    await db().$transaction(async (tx) => {
      await tx.minutes.update({ where: { id: minutesId }, data: { public: true } });
      await recordAudit(
        { ...auditedBy(actor), action: "minutes.published", entityType: "Minutes", entityId: minutesId, panelId: minutes.meeting.panelId, after: { public: true, madePublicLater: true } },
        tx,
      );
    });
    return { ok: true, told: 0 };
  }
  const approval = await db().minutes.findUniqueOrThrow({
    where: { id: minutesId },
    select: { approvedAtMeeting: { select: { title: true, startsAt: true, panel: { select: { timeZone: true } } } } },
  });
  const approvedAt = approval.approvedAtMeeting
    ? `${approval.approvedAtMeeting.title} on ${formatLongDate(approval.approvedAtMeeting.startsAt, approval.approvedAtMeeting.panel.timeZone)}`
    : "a later meeting";
  const { drafts, howTold } = await messagesAbout(minutes, "published", links, { public: input.public, approvedAt });
  const told = await db().$transaction(async (tx) => {
    const { count } = await tx.minutes.updateMany({ where: { id: minutesId, status: "APPROVED", publishedAt: null }, data: { publishedAt: now, public: input.public } });
    if (count === 0) return null;
    const queued = await enqueueNotifications(tx, drafts, now);
    await recordAudit(
      { ...auditedBy(actor), action: "minutes.published", entityType: "Minutes", entityId: minutesId, panelId: minutes.meeting.panelId, after: { public: input.public, told: queued, howTold } },
      tx,
    );
    return queued;
  });
  if (told) kickNotificationSender();
  return told === null ? refused("The minutes are already published") : { ok: true, told };
}

// ----- Reading them -----

/**
 * The minutes page for one person: the minutes (a draft only for those who write it), their
 * versions, the comments, and the meetings they can be approved at.
 */
export async function readMinutesForPage(meetingId: string, rights: MinutesRights, timeZone: string, now = new Date()) {
  const minutes = await db().minutes.findUnique({
    where: { meetingId },
    include: {
      versions: { orderBy: { version: "desc" }, select: { version: true, text: true, editedById: true, editedAt: true } },
      comments: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, personId: true, text: true, createdAt: true } },
      approvedAtMeeting: { select: { title: true, startsAt: true, endsAt: true } },
    },
  });
  if (!minutes || (minutes.status === "DRAFT" && !rights.canWrite)) return { minutes: null, approveAt: [] as ApprovalMeeting[] };
  const names = await namesOf([minutes.builtById, minutes.approvedById, ...minutes.versions.map((v) => v.editedById), ...minutes.comments.map((c) => c.personId)]);
  const name = (id: string | null) => (id ? (names.get(id) ?? "Someone") : "Someone");
  const approveAt = rights.canOrganise && minutes.status === "SHARED" ? await meetingsToApproveAt(meetingId, now) : [];
  return {
    minutes: {
      id: minutes.id,
      status: minutes.status,
      text: minutes.text,
      version: minutes.version,
      builtBy: name(minutes.builtById),
      builtAt: formatDateTime(minutes.builtAt, timeZone),
      sharedAt: minutes.sharedAt ? formatDateTime(minutes.sharedAt, timeZone) : null,
      approvedAt: minutes.approvedAt ? formatDateTime(minutes.approvedAt, timeZone) : null,
      approvedBy: minutes.approvedById ? name(minutes.approvedById) : null,
      approvedAtMeeting: minutes.approvedAtMeeting ? `${minutes.approvedAtMeeting.title}, ${describeWhen(minutes.approvedAtMeeting, timeZone)}` : null,
      publishedAt: minutes.publishedAt ? formatDateTime(minutes.publishedAt, timeZone) : null,
      public: minutes.public,
      versions: minutes.versions.map((v) => ({ version: v.version, editedBy: name(v.editedById), editedAt: formatDateTime(v.editedAt, timeZone), text: v.text })),
      comments: minutes.comments.map((c) => ({ id: c.id, by: name(c.personId), text: c.text, at: formatDateTime(c.createdAt, timeZone) })),
    },
    approveAt,
  };
}

/** The minutes id of a meeting, for the page's forms (which never carry it themselves). */
export async function minutesIdOf(meetingId: string): Promise<string | null> {
  return (await db().minutes.findUnique({ where: { meetingId }, select: { id: true } }))?.id ?? null;
}

/** Published public minutes, for anyone: null for anything else, so nothing else can be probed. */
export async function readPublicMinutes(minutesId: string) {
  const minutes = await db().minutes.findFirst({
    where: { id: minutesId, status: "APPROVED", public: true, publishedAt: { not: null } },
    select: {
      text: true,
      publishedAt: true,
      meeting: { select: { title: true, startsAt: true, endsAt: true, panel: { select: { name: true, timeZone: true } } } },
      approvedAtMeeting: { select: { title: true, startsAt: true } },
    },
  });
  if (!minutes) return null;
  const zone = minutes.meeting.panel.timeZone;
  return {
    panelName: minutes.meeting.panel.name,
    meetingTitle: minutes.meeting.title,
    when: describeWhen(minutes.meeting, zone),
    approvedAt: minutes.approvedAtMeeting ? `${minutes.approvedAtMeeting.title} on ${formatLongDate(minutes.approvedAtMeeting.startsAt, zone)}` : null,
    publishedOn: formatLongDate(minutes.publishedAt!, zone),
    text: minutes.text,
  };
}

