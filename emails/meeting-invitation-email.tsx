// A meeting invitation, or word that a meeting is cancelled. The calendar file (.ics) goes with it
// as an attachment, made when the email is sent (app/modules/notifications/messages.server.tsx).
import { Greeting } from "./agenda-email.tsx";
import { EmailLayout, paragraph } from "./email-layout.tsx";

export type MeetingInvitationEmailProps = {
  name: string;
  toSupporter: boolean;
  panelName: string;
  meetingTitle: string;
  /** "Wednesday 17 March 2027", for the subject. */
  day: string;
  when: string;
  /** The venue's name and address, one line each; empty when the meeting is online only. */
  where: string[];
  access: string;
  onlineLink: string;
  papersDeadline: string;
  meetingUrl: string;
  cancelled: boolean;
};

const heading = { fontSize: "24px", lineHeight: "1.25", margin: "32px 0 12px" };
const link = { color: "#1d70b8", fontSize: "22px", fontWeight: "bold" };

/** The subject and the heading. */
export function meetingInvitationTitle({ meetingTitle, day, cancelled }: Pick<MeetingInvitationEmailProps, "meetingTitle" | "day" | "cancelled">): string {
  return `${cancelled ? "Cancelled" : "You are invited"}: ${meetingTitle} on ${day}`;
}

export function MeetingInvitationEmail(props: MeetingInvitationEmailProps) {
  const { name, toSupporter, panelName, meetingTitle, when, where, access, onlineLink, papersDeadline, meetingUrl, cancelled } = props;
  if (cancelled) {
    return (
      <EmailLayout title={meetingInvitationTitle(props)}>
        <Greeting name={name} toSupporter={toSupporter} />
        <p style={paragraph}>
          {meetingTitle} of {panelName} on {when} has been cancelled. You do not need to come.
        </p>
        <p style={paragraph}>The calendar file with this email takes the meeting out of your calendar.</p>
        <p style={paragraph}>
          <a href={meetingUrl} style={link}>
            See the meeting
          </a>
        </p>
      </EmailLayout>
    );
  }
  return (
    <EmailLayout title={meetingInvitationTitle(props)}>
      <Greeting name={name} toSupporter={toSupporter} />
      <p style={paragraph}>
        You are invited to {meetingTitle} of {panelName}.
      </p>
      <h2 style={heading}>When</h2>
      <p style={paragraph}>{when}</p>
      <h2 style={heading}>Where</h2>
      {where.length ? (
        <p style={paragraph}>
          {where.map((line, index) => (
            <span key={index}>
              {index ? <br /> : null}
              {line}
            </span>
          ))}
        </p>
      ) : (
        <p style={paragraph}>Online only.</p>
      )}
      {access ? (
        <>
          <h2 style={heading}>Access</h2>
          <p style={paragraph}>{access}</p>
        </>
      ) : null}
      {onlineLink ? (
        <>
          <h2 style={heading}>Joining online</h2>
          <p style={paragraph}>
            <a href={onlineLink} style={{ color: "#1d70b8" }}>
              {onlineLink}
            </a>
          </p>
        </>
      ) : null}
      <h2 style={heading}>Please reply</h2>
      <p style={paragraph}>Tell us if you are coming, and anything you need so you can take part.</p>
      <p style={paragraph}>
        <a href={`${meetingUrl}/reply`} style={link}>
          Reply to the invitation
        </a>
      </p>
      <p style={paragraph}>Papers for the meeting are due by {papersDeadline}. We will send you the agenda when it is ready.</p>
      <p style={paragraph}>The calendar file with this email adds the meeting to your calendar.</p>
    </EmailLayout>
  );
}
