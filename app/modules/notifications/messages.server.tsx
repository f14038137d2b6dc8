// What each kind of notification says. A notification's body keeps the message's details (the
// props of its email component, as JSON), so the email (HTML and plain text) and the copy staff
// read out or post are all made from the one component in emails/ (style: "the plain-text part is
// generated from the same component"), however long after the message was queued.
import { render } from "@react-email/render";
import type { ReactElement } from "react";
import { z } from "zod";
import { AgendaEmail, agendaEmailTitle, type AgendaEmailProps } from "../../../emails/agenda-email.tsx";
import { MeetingChangedEmail, meetingChangedTitle, type MeetingChangedEmailProps } from "../../../emails/meeting-changed-email.tsx";
import { MeetingInvitationEmail, meetingInvitationTitle, type MeetingInvitationEmailProps } from "../../../emails/meeting-invitation-email.tsx";
import { MinutesEmail, minutesEmailTitle, type MinutesEmailProps } from "../../../emails/minutes-email.tsx";
import { NEEDS_REMINDER_TITLE, NeedsReminderEmail, type NeedsReminderEmailProps } from "../../../emails/needs-reminder-email.tsx";

export type Message =
  | { kind: "agenda.published" | "agenda.changed"; props: AgendaEmailProps }
  | { kind: "meeting.invitation" | "meeting.cancelled"; props: MeetingInvitationEmailProps }
  | { kind: "meeting.changed"; props: MeetingChangedEmailProps }
  | { kind: "needs.yearly-reminder"; props: NeedsReminderEmailProps }
  | { kind: "minutes.shared" | "minutes.published"; props: MinutesEmailProps };

type NotificationKind = Message["kind"];

export const kindLabels: Record<NotificationKind, string> = {
  "agenda.published": "The agenda",
  "agenda.changed": "Changes to the agenda",
  "meeting.invitation": "Meeting invitation",
  "meeting.cancelled": "Meeting cancelled",
  "meeting.changed": "Meeting time or place changed",
  "needs.yearly-reminder": "Yearly check of communication needs",
  "minutes.shared": "Draft minutes for comments",
  "minutes.published": "The minutes",
};

const recipientFields = { name: z.string(), toSupporter: z.boolean() };

const agendaProps = z.object({
  ...recipientFields,
  panelName: z.string(),
  meetingTitle: z.string(),
  day: z.string(),
  when: z.string(),
  version: z.number().int().positive(),
  reason: z.string(),
  changes: z.array(z.string()),
  lines: z.array(
    z.object({ number: z.number().int().nullable(), time: z.string(), title: z.string(), minutes: z.number().int(), presenter: z.string(), latePaper: z.string() }),
  ),
  agendaUrl: z.string(),
}) satisfies z.ZodType<AgendaEmailProps>;

const invitationProps = z.object({
  ...recipientFields,
  panelName: z.string(),
  meetingTitle: z.string(),
  day: z.string(),
  when: z.string(),
  where: z.array(z.string()),
  access: z.string(),
  onlineLink: z.string(),
  papersDeadline: z.string(),
  meetingUrl: z.string(),
  cancelled: z.boolean(),
}) satisfies z.ZodType<MeetingInvitationEmailProps>;

const changedProps = z.object({
  ...recipientFields,
  panelName: z.string(),
  meetingTitle: z.string(),
  day: z.string(),
  changes: z.array(z.object({ what: z.string(), was: z.array(z.string()), now: z.array(z.string()) })).min(1),
  meetingUrl: z.string(),
}) satisfies z.ZodType<MeetingChangedEmailProps>;

const reminderProps = z.object({ ...recipientFields, lastChecked: z.string(), needsUrl: z.string() }) satisfies z.ZodType<NeedsReminderEmailProps>;

const minutesProps = z.object({
  ...recipientFields,
  panelName: z.string(),
  meetingTitle: z.string(),
  day: z.string(),
  stage: z.enum(["shared", "published"]),
  approvedAt: z.string(),
  text: z.string(),
  minutesUrl: z.string(),
}) satisfies z.ZodType<MinutesEmailProps>;

const propsByKind = {
  "agenda.published": agendaProps,
  "agenda.changed": agendaProps,
  "meeting.invitation": invitationProps,
  "meeting.cancelled": invitationProps,
  "meeting.changed": changedProps,
  "needs.yearly-reminder": reminderProps,
  "minutes.shared": minutesProps,
  "minutes.published": minutesProps,
} as const;

export class UnreadableMessageError extends Error {}

export function isNotificationKind(kind: string): kind is NotificationKind {
  return Object.hasOwn(propsByKind, kind);
}

export function messageSubject(message: Message): string {
  switch (message.kind) {
    case "agenda.published":
    case "agenda.changed":
      return agendaEmailTitle(message.props);
    case "meeting.invitation":
    case "meeting.cancelled":
      return meetingInvitationTitle(message.props);
    case "meeting.changed":
      return meetingChangedTitle(message.props);
    case "needs.yearly-reminder":
      return NEEDS_REMINDER_TITLE;
    case "minutes.shared":
    case "minutes.published":
      return minutesEmailTitle(message.props);
  }
}

export function messageElement(message: Message): ReactElement {
  switch (message.kind) {
    case "agenda.published":
    case "agenda.changed":
      return <AgendaEmail {...message.props} />;
    case "meeting.invitation":
    case "meeting.cancelled":
      return <MeetingInvitationEmail {...message.props} />;
    case "meeting.changed":
      return <MeetingChangedEmail {...message.props} />;
    case "needs.yearly-reminder":
      return <NeedsReminderEmail {...message.props} />;
    case "minutes.shared":
    case "minutes.published":
      return <MinutesEmail {...message.props} />;
  }
}

/** What goes in Notification.body. */
export function messageBody(message: Message): string {
  return JSON.stringify(message.props);
}

/** A stored notification's message; throws UnreadableMessageError when the body does not fit its kind. */
export function readMessage(kind: string, body: string): Message {
  if (!isNotificationKind(kind)) throw new UnreadableMessageError(`Panel does not know how to write a "${kind}" message`);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new UnreadableMessageError("The message's details could not be read");
  }
  const parsed = propsByKind[kind].safeParse(json);
  if (!parsed.success) throw new UnreadableMessageError("The message's details could not be read");
  return { kind, props: parsed.data } as Message;
}

// Headings as written, not in capitals: staff read this out or print it in large print.
const headings = ["h1", "h2", "h3"].map((selector) => ({ selector, options: { uppercase: false } }));

/** The message as plain text, as staff read it out, post it or text it. */
export async function messageText(message: Message): Promise<string> {
  return render(messageElement(message), { plainText: true, htmlToTextOptions: { selectors: headings } });
}
