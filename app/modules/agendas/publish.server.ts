// Publishing a meeting's agenda (issue 4): "Publishing the agenda notifies every member by their
// preferred contact; later changes are shown as changes with a reason and notify again." Each
// publication keeps the agenda as it went out, so the next one can say what changed. The
// publication, its messages and the audit entry commit together.
import type { Prisma } from "../../generated/prisma/client.ts";
import { formatClockTime, formatDateTime, formatLongDate } from "../../dates.ts";
import { db } from "../../services.server.ts";
import { refuse, type Outcome } from "../../refusal.ts";
import { recordAudit } from "../audit/audit.server.ts";
import { auditedBy, type Actor } from "../auth/actor.server.ts";
import { rolesThat } from "../auth/capabilities.ts";
import type { Meeting, MeetingPanel } from "../meetings/meetings.server.ts";
import { describeWhen } from "../meetings/meetings.server.ts";
import { namesOfPeople } from "../people/people.server.ts";
import { chooseContactRoute, countRoutes, findPanelRecipients, greetingName, type ContactRoute, type Recipient } from "../notifications/contact.server.ts";
import { enqueueNotifications, kickNotificationSender, type NotificationDraft } from "../notifications/queue.server.ts";
import type { AgendaEmailLine } from "../../../emails/agenda-email.tsx";
import { formatDayInSentence } from "../../dates.ts";
import { describeAgendaChanges } from "./agenda-changes.ts";
import { fromSnapshot, readAgenda, toSnapshot, type Agenda } from "./agenda.server.ts";
import { REASON_REQUIRED } from "./publish-schema.ts";


/** "Late paper: arrived 12 March 2027, after the deadline of 10 March 2027. You have had less time to read it." */
function latePaperWarning(paperReceivedAt: Date, papersDeadline: Date, timeZone: string): string {
  return `Late paper: arrived ${formatDayInSentence(paperReceivedAt, timeZone)}, after the deadline of ${formatDayInSentence(papersDeadline, timeZone)}. You have had less time to read it.`;
}

/** The agenda's lines in words, as the email and the publish page show them. */
export function agendaLinesInWords(agenda: Agenda, timeZone: string): AgendaEmailLine[] {
  return agenda.lines.map((line) =>
    line.kind === "BREAK"
      ? { number: null, time: formatClockTime(line.startsAt, timeZone), title: line.title, minutes: line.minutes, presenter: "", latePaper: "" }
      : {
          number: line.number,
          time: formatClockTime(line.startsAt, timeZone),
          title: line.title,
          minutes: line.minutes,
          presenter: line.presenter,
          latePaper: line.latePaper && line.paperReceivedAt ? latePaperWarning(line.paperReceivedAt, agenda.papersDeadline, timeZone) : "",
        },
  );
}

export function agendaPath(panelId: string, meetingId: string): string {
  return `/panels/${panelId}/meetings/${meetingId}/agenda`;
}

async function latestPublication(meetingId: string) {
  return db().agendaPublication.findFirst({
    where: { meetingId },
    orderBy: { version: "desc" },
    select: { version: true, publishedAt: true, snapshot: true },
  });
}

/** The newest publication's version and date, for the meeting page; null when not published yet. */
async function publicationStatus(meetingId: string): Promise<{ version: number; publishedAt: Date } | null> {
  return db().agendaPublication.findFirst({ where: { meetingId }, orderBy: { version: "desc" }, select: { version: true, publishedAt: true } });
}

/** Every version published, newest first, with who published it. */
export async function listPublications(meetingId: string) {
  const publications = await db().agendaPublication.findMany({
    where: { meetingId },
    orderBy: { version: "desc" },
    select: { version: true, reason: true, changes: true, publishedAt: true, publishedById: true },
  });
  const names = await namesOfPeople([...new Set(publications.map((p) => p.publishedById))]);
  return publications.map(({ publishedById, ...publication }) => ({ ...publication, publishedBy: names.get(publishedById) ?? "Someone who has left" }));
}

type PublishPlan = {
  agenda: Agenda;
  /** The version out now, or null when the agenda has not been published. */
  published: { version: number; publishedAt: Date } | null;
  /** What changed since the published version (empty the first time). */
  changes: string[];
  recipients: { recipient: Recipient; route: ContactRoute }[];
  /** "9 by email", "1 by post in large print at 24pt", … */
  howTold: string[];
};

/** What publishing now would send, and to whom. Null when the meeting is not the panel's. */
export async function planPublication(panel: MeetingPanel, meeting: Pick<Meeting, "id">): Promise<PublishPlan | null> {
  const [agenda, latest, recipients] = await Promise.all([
    readAgenda(panel.id, meeting.id),
    latestPublication(meeting.id),
    findPanelRecipients(panel.id, rolesThat("receivesPapers")),
  ]);
  if (!agenda) return null;
  const routed = recipients.map((recipient) => ({ recipient, route: chooseContactRoute(recipient) }));
  return {
    agenda,
    published: latest && { version: latest.version, publishedAt: latest.publishedAt },
    changes: latest ? describeAgendaChanges(fromSnapshot(latest.snapshot), agenda, panel.timeZone) : [],
    recipients: routed,
    howTold: countRoutes(routed.map((r) => r.route)),
  };
}

export type PublishingBlock = { reason: "cancelled" | "started" | "empty" | "unchanged"; message: string };

/** Why publishing cannot happen now, or null when it can. */
export function publishingBlocked(meeting: Pick<Meeting, "startsAt" | "cancelledAt">, plan: PublishPlan, now = new Date()): PublishingBlock | null {
  if (meeting.cancelledAt) return { reason: "cancelled", message: "This meeting has been cancelled, so its agenda cannot be published" };
  if (meeting.startsAt <= now) return { reason: "started", message: "This meeting has started, so its agenda can no longer be published" };
  if (!plan.agenda.lines.some((line) => line.kind === "ITEM")) {
    return { reason: "empty", message: "There is nothing on the agenda yet. Put items on the agenda before you publish it" };
  }
  if (plan.published && plan.changes.length === 0) return { reason: "unchanged", message: `Nothing has changed since version ${plan.published.version}` };
  return null;
}

/** Someone published while the organiser was looking: they are asked to look again. */
const publishedMeanwhile = (version: number) =>
  refuse.conflict<never>(`Version ${version} of the agenda was published while you were on this page. Check the changes below, then publish again if you need to`);

/**
 * Publishes the agenda as it is now, and tells everyone. `seenVersion` is the version the page
 * showed (0 for none): if someone published meanwhile, the organiser is asked to look again rather
 * than sending changes they have not seen.
 */
export async function publishAgenda(
  panel: MeetingPanel,
  meeting: Meeting,
  input: { reason: string; seenVersion: number },
  actor: Actor,
  links: { baseUrl: string },
  now = new Date(),
): Promise<Outcome<{ version: number; told: number }>> {
  const plan = await planPublication(panel, meeting);
  if (!plan) return refuse.notFound();
  const currentVersion = plan.published?.version ?? 0;
  if (currentVersion !== input.seenVersion) return publishedMeanwhile(currentVersion);
  const blocked = publishingBlocked(meeting, plan, now);
  if (blocked) return refuse.form(blocked.message);
  const reason = input.reason.trim();
  if (plan.published && !reason) return refuse.field("reason", REASON_REQUIRED);

  const version = currentVersion + 1;
  const zone = panel.timeZone;
  const lines = agendaLinesInWords(plan.agenda, zone);
  const drafts: NotificationDraft[] = plan.recipients.map(({ recipient, route }) => ({
    personId: recipient.personId,
    panelId: panel.id,
    meetingId: meeting.id,
    route,
    message: {
      kind: version === 1 ? "agenda.published" : "agenda.changed",
      props: {
        name: greetingName(recipient),
        toSupporter: route.toSupporter,
        panelName: panel.name,
        meetingTitle: meeting.title,
        day: formatLongDate(meeting.startsAt, zone),
        when: describeWhen(meeting, zone),
        version,
        reason: version === 1 ? "" : reason,
        changes: version === 1 ? [] : plan.changes,
        lines,
        agendaUrl: links.baseUrl + agendaPath(panel.id, meeting.id),
      },
    },
  }));

  try {
    const told = await db().$transaction(async (tx) => {
      await tx.agendaPublication.create({
        data: {
          meetingId: meeting.id,
          version,
          reason: version === 1 ? "" : reason,
          changes: version === 1 ? [] : plan.changes,
          snapshot: toSnapshot(plan.agenda) as Prisma.InputJsonValue,
          publishedById: actor.personId,
          publishedAt: now,
        },
      });
      const queued = await enqueueNotifications(tx, drafts, now);
      await recordAudit(
        {
          ...auditedBy(actor),
          action: version === 1 ? "agenda.published" : "agenda.changes-published",
          entityType: "Meeting",
          entityId: meeting.id,
          panelId: panel.id,
          after: { version, reason: version === 1 ? "" : reason, changes: version === 1 ? [] : plan.changes, told: queued, howTold: plan.howTold },
        },
        tx,
      );
      return queued;
    });
    if (told) kickNotificationSender();
    return { ok: true, version, told };
  } catch (error) {
    // Two organisers publishing the same version at once: the second is told to look again.
    if ((error as { code?: string }).code === "P2002") {
      return publishedMeanwhile(version);
    }
    throw error;
  }
}

/** For the meeting page: "Published version 2 on 3 Mar 2027, 10:15:00" or "Not published yet". */
export async function describePublicationStatus(meetingId: string, timeZone: string): Promise<{ published: boolean; text: string }> {
  const latest = await publicationStatus(meetingId);
  if (!latest) return { published: false, text: "Not published yet" };
  return { published: true, text: `Published version ${latest.version} on ${formatDateTime(latest.publishedAt, timeZone)}` };
}
