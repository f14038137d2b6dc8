// Meeting invitations by each person's preferred contact, with a calendar file in the email
// (issue 4: "Calendar invitation (.ics) in the invitation email and on the meeting page"), and the
// same people told when a meeting is cancelled.
import { formatClockTime, formatLongDate } from "../../dates.ts";
import { recordAudit } from "../audit/audit.server.ts";
import { describeWhen, getMeetingPanel, listInvitedPeople, type AlsoInTransaction } from "../meetings/meetings.server.ts";
import { chooseContactRoute, countRoutes, findRecipients, greetingName } from "./contact.server.ts";
import { enqueueNotifications, type NotificationDraft } from "./queue.server.ts";

export type InvitationActor = { actorId: string; requestId?: string };

/**
 * Gets ready to tell everyone invited to a meeting of the panel about it (an invitation, or word
 * of the cancellation): who they are and how each is told is read now; the returned step queues
 * the messages inside the transaction that schedules or cancels the meeting, so they commit
 * together. Call `kickNotificationSender()` after that transaction. null when there is no panel.
 */
export async function prepareMeetingNotices(
  panelId: string,
  kind: "meeting.invitation" | "meeting.cancelled",
  actor: InvitationActor,
  links: { baseUrl: string },
): Promise<AlsoInTransaction | null> {
  const [panel, invited] = await Promise.all([getMeetingPanel(panelId), listInvitedPeople(panelId)]);
  if (!panel) return null;
  const recipients = await findRecipients(invited.map((person) => person.id));
  return async (tx, meeting) => {
    const zone = panel.timeZone;
    const meetingUrl = `${links.baseUrl}/panels/${panel.id}/meetings/${meeting.id}`;
    const where = [meeting.venueName.trim(), ...meeting.venueAddress.split(/\r?\n/).map((line) => line.trim())].filter(Boolean);
    const routes = recipients.map((recipient) => ({ recipient, route: chooseContactRoute(recipient) }));
    const drafts: NotificationDraft[] = routes.map(({ recipient, route }) => ({
      personId: recipient.personId,
      panelId: panel.id,
      meetingId: meeting.id,
      route,
      message: {
        kind,
        props: {
          name: greetingName(recipient),
          toSupporter: route.toSupporter,
          panelName: panel.name,
          meetingTitle: meeting.title,
          day: formatLongDate(meeting.startsAt, zone),
          when: describeWhen(meeting, zone),
          where,
          access: meeting.venueAccess.trim(),
          onlineLink: meeting.onlineLink,
          papersDeadline: `${formatClockTime(meeting.papersDeadline, zone)} on ${formatLongDate(meeting.papersDeadline, zone)}`,
          meetingUrl,
          cancelled: kind === "meeting.cancelled",
        },
      },
    }));
    const queued = await enqueueNotifications(tx, drafts);
    await recordAudit(
      {
        actorId: actor.actorId,
        action: kind === "meeting.invitation" ? "meeting.invitations-queued" : "meeting.cancellation-notices-queued",
        entityType: "Meeting",
        entityId: meeting.id,
        panelId: panel.id,
        after: { told: queued, howTold: countRoutes(routes.map((r) => r.route)) },
        requestId: actor.requestId,
      },
      tx,
    );
  };
}
