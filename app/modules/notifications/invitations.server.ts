// Meeting invitations by each person's preferred contact, with a calendar file in the email
// (issue 4: "Calendar invitation (.ics) in the invitation email and on the meeting page"), and the
// same people told when a meeting is cancelled.
import { formatClockTime, formatLongDate } from "../../dates.ts";
import { db } from "../../services.server.ts";
import { recordAudit } from "../audit/audit.server.ts";
import { describeWhen, findMeeting, getMeetingPanel, listInvitedPeople } from "../meetings/meetings.server.ts";
import { chooseContactRoute, countRoutes, findRecipients, greetingName } from "./contact.server.ts";
import { enqueueNotifications, kickNotificationSender, type NotificationDraft } from "./queue.server.ts";

export type InvitationActor = { actorId: string; requestId?: string };

/**
 * Queues an invitation (or word of the cancellation) for everyone invited to the meeting, and
 * starts sending. Returns how many people will be told, or null when the meeting is not the panel's.
 */
export async function tellInvitedPeople(
  panelId: string,
  meetingId: string,
  kind: "meeting.invitation" | "meeting.cancelled",
  actor: InvitationActor,
  links: { baseUrl: string },
): Promise<number | null> {
  const [panel, meeting, invited] = await Promise.all([getMeetingPanel(panelId), findMeeting(panelId, meetingId), listInvitedPeople(panelId)]);
  if (!panel || !meeting) return null;
  const zone = panel.timeZone;
  const recipients = await findRecipients(invited.map((person) => person.id));
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
  const told = await db().$transaction(async (tx) => {
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
    return queued;
  });
  kickNotificationSender();
  return told;
}
