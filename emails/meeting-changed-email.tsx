// Word that a meeting's time or place has changed (issue 10): what it was and what it is now, in
// words, and a reply link, since the change may mean someone can or cannot come. The calendar file
// (.ics) that goes with it updates the meeting in people's calendars (made when the email is sent,
// app/modules/notifications/queue.server.ts).
import { Fragment } from "react";
import { Lines } from "../app/components/page.tsx";
import { Greeting } from "./agenda-email.tsx";
import { EmailLayout, paragraph } from "./email-layout.tsx";

export type MeetingChangedEmailProps = {
  name: string;
  toSupporter: boolean;
  panelName: string;
  meetingTitle: string;
  /** "Wednesday 17 March 2027", the day the meeting is now on, for the subject. */
  day: string;
  /** Each change in the order the invitation gives them; `was` and `now` one line each. */
  changes: { what: string; was: string[]; now: string[] }[];
  meetingUrl: string;
};

const heading = { fontSize: "24px", lineHeight: "1.25", margin: "32px 0 12px" };
const link = { color: "#1d70b8", fontSize: "22px", fontWeight: "bold" };

export function meetingChangedTitle({ meetingTitle, day }: Pick<MeetingChangedEmailProps, "meetingTitle" | "day">): string {
  return `Changed: ${meetingTitle} on ${day}`;
}

function Change({ label, lines }: { label: string; lines: string[] }) {
  return (
    <p style={paragraph}>
      {label} <Lines text={lines.join("\n")} />
    </p>
  );
}

export function MeetingChangedEmail(props: MeetingChangedEmailProps) {
  const { name, toSupporter, panelName, meetingTitle, changes, meetingUrl } = props;
  return (
    <EmailLayout title={meetingChangedTitle(props)}>
      <Greeting name={name} toSupporter={toSupporter} />
      <p style={paragraph}>
        {meetingTitle} of {panelName} has changed. This is what is different.
      </p>
      {changes.map((change) => (
        <Fragment key={change.what}>
          <h2 style={heading}>{change.what}</h2>
          <Change label="It was:" lines={change.was} />
          <Change label="It is now:" lines={change.now} />
        </Fragment>
      ))}
      <h2 style={heading}>Your reply</h2>
      <p style={paragraph}>If this changes whether you can come, or what you need so you can take part, please change your reply.</p>
      <p style={paragraph}>
        <a href={`${meetingUrl}/reply`} style={link}>
          Change your reply
        </a>
      </p>
      <p style={paragraph}>The calendar file with this email updates the meeting in your calendar.</p>
      <p style={paragraph}>
        <a href={meetingUrl} style={link}>
          See the meeting
        </a>
      </p>
    </EmailLayout>
  );
}
