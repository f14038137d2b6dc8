// Meeting invitations by each person's preferred contact, with a calendar file in the email
// (issue 4: "Calendar invitation (.ics) in the invitation email and on the meeting page"), and the
// same people told when a meeting's time or place changes (issue 10) or it is cancelled.
import type { Prisma } from "../../generated/prisma/client.ts";
import { formatClockTime, formatLongDate } from "../../dates.ts";
import { recordAudit } from "../audit/audit.server.ts";
import { auditedBy, type Actor } from "../auth/actor.server.ts";
import { venueLines } from "../meetings/changes.ts";
import {
  describeWhen,
  getMeetingPanel,
  listInvitedPeople,
  type AlsoInTransaction,
  type AlsoWhenChanged,
  type Meeting,
  type MeetingPanel,
} from "../meetings/meetings.server.ts";
import { chooseContactRoute, countRoutes, findRecipients, greetingName, type Recipient } from "./contact.server.ts";
import type { Message } from "./messages.server.tsx";
import { enqueueNotifications, type NotificationDraft } from "./queue.server.ts";

const auditActions = {
  "meeting.invitation": "meeting.invitations-queued",
  "meeting.cancelled": "meeting.cancellation-notices-queued",
  "meeting.changed": "meeting.change-notices-queued",
} as const;

type MeetingMessageKind = keyof typeof auditActions;

/** Everyone invited to the panel's meetings (active members and the chair), and how each is told. */
async function readInvited(panelId: string): Promise<{ panel: MeetingPanel; recipients: Recipient[] } | null> {
  const [panel, invited] = await Promise.all([getMeetingPanel(panelId), listInvitedPeople(panelId)]);
  if (!panel) return null;
  return { panel, recipients: await findRecipients(invited.map((person) => person.id)) };
}

/** Queues one message per person, each in their own words and way, and audits how many went how. */
async function queueMeetingMessages(
  tx: Prisma.TransactionClient,
  invited: { panel: MeetingPanel; recipients: Recipient[] },
  meeting: Meeting,
  kind: MeetingMessageKind,
  actor: Actor,
  messageFor: (recipient: { name: string; toSupporter: boolean }) => Message,
): Promise<void> {
  const { panel, recipients } = invited;
  const routes = recipients.map((recipient) => ({ recipient, route: chooseContactRoute(recipient) }));
  const drafts: NotificationDraft[] = routes.map(({ recipient, route }) => ({
    personId: recipient.personId,
    panelId: panel.id,
    meetingId: meeting.id,
    route,
    message: messageFor({ name: greetingName(recipient), toSupporter: route.toSupporter }),
  }));
  const queued = await enqueueNotifications(tx, drafts);
  await recordAudit(
    {
      ...auditedBy(actor),
      action: auditActions[kind],
      entityType: "Meeting",
      entityId: meeting.id,
      panelId: panel.id,
      after: { told: queued, howTold: countRoutes(routes.map((r) => r.route)) },
    },
    tx,
  );
}

function meetingUrl(baseUrl: string, panel: MeetingPanel, meeting: Meeting): string {
  return `${baseUrl}/panels/${panel.id}/meetings/${meeting.id}`;
}

/**
 * Gets ready to tell everyone invited to a meeting of the panel about it (an invitation, or word
 * of the cancellation): who they are and how each is told is read now; the returned step queues
 * the messages inside the transaction that schedules or cancels the meeting, so they commit
 * together; that command wakes the sender once it has committed. null when there is no panel.
 */
export async function prepareMeetingNotices(
  panelId: string,
  kind: "meeting.invitation" | "meeting.cancelled",
  actor: Actor,
  links: { baseUrl: string },
): Promise<AlsoInTransaction | null> {
  const invited = await readInvited(panelId);
  if (!invited) return null;
  const { panel } = invited;
  return (tx, meeting) =>
    queueMeetingMessages(tx, invited, meeting, kind, actor, (recipient) => {
      const zone = panel.timeZone;
      return {
        kind,
        props: {
          ...recipient,
          panelName: panel.name,
          meetingTitle: meeting.title,
          day: formatLongDate(meeting.startsAt, zone),
          when: describeWhen(meeting, zone),
          where: venueLines(meeting),
          access: meeting.venueAccess.trim(),
          onlineLink: meeting.onlineLink,
          papersDeadline: `${formatClockTime(meeting.papersDeadline, zone)} on ${formatLongDate(meeting.papersDeadline, zone)}`,
          meetingUrl: meetingUrl(links.baseUrl, panel, meeting),
          cancelled: kind === "meeting.cancelled",
        },
      };
    });
}

/**
 * The same for a change to a meeting's time or place: everyone invited now is told what it was and
 * what it is, whatever they replied (someone who sent apologies may be able to come now). The
 * meetings module runs the step only when something people must know has changed.
 */
export async function prepareMeetingChangeNotices(panelId: string, actor: Actor, links: { baseUrl: string }): Promise<AlsoWhenChanged | null> {
  const invited = await readInvited(panelId);
  if (!invited) return null;
  const { panel } = invited;
  return (tx, { meeting, changes }) =>
    queueMeetingMessages(tx, invited, meeting, "meeting.changed", actor, (recipient) => ({
      kind: "meeting.changed",
      props: {
        ...recipient,
        panelName: panel.name,
        meetingTitle: meeting.title,
        day: formatLongDate(meeting.startsAt, panel.timeZone),
        changes,
        meetingUrl: meetingUrl(links.baseUrl, panel, meeting),
      },
    }));
}
