// The agenda email: the first version lists the items in order; a later version says why it
// changed and what changed, then lists the agenda as it now is. Late papers are spelled out so
// members see they had less time (issue 4, R6.4).
import { EmailLayout, paragraph } from "./email-layout.tsx";

export type AgendaEmailLine = {
  /** Null for a break. */
  number: number | null;
  time: string;
  title: string;
  minutes: number;
  presenter: string;
  /** "Late paper: arrived …, after the deadline of …. You have had less time to read it.", or "". */
  latePaper: string;
};

export type AgendaEmailProps = {
  /** The member's preferred name. */
  name: string;
  /** True when the email goes to the member's supporter, who reads it for them. */
  toSupporter: boolean;
  panelName: string;
  meetingTitle: string;
  /** "Wednesday 17 March 2027", for the subject. */
  day: string;
  when: string;
  version: number;
  reason: string;
  changes: string[];
  lines: AgendaEmailLine[];
  agendaUrl: string;
};

const heading = { fontSize: "24px", lineHeight: "1.25", margin: "32px 0 12px" };
const itemTitle = { fontSize: "19px", fontWeight: "bold", margin: "0 0 4px" };
const lateStyle = { ...paragraph, fontWeight: "bold", borderLeft: "6px solid #d4351c", paddingLeft: "12px" };
const link = { color: "#1d70b8", fontSize: "22px", fontWeight: "bold" };

function minutesText(minutes: number) {
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/** The subject and the heading. */
export function agendaEmailTitle({ meetingTitle, day, version }: Pick<AgendaEmailProps, "meetingTitle" | "day" | "version">): string {
  return `The agenda for ${meetingTitle} on ${day}${version > 1 ? " has changed" : ""}`;
}

export function Greeting({ name, toSupporter }: { name: string; toSupporter: boolean }) {
  if (!toSupporter) return <p style={paragraph}>Hello {name},</p>;
  return (
    <>
      <p style={paragraph}>Hello,</p>
      <p style={paragraph}>This message is for {name}. They asked us to send their messages to you.</p>
    </>
  );
}

export function AgendaEmail(props: AgendaEmailProps) {
  const { name, toSupporter, panelName, meetingTitle, when, version, reason, changes, lines, agendaUrl } = props;
  const changed = version > 1;
  return (
    <EmailLayout title={agendaEmailTitle(props)}>
      <Greeting name={name} toSupporter={toSupporter} />
      {changed ? (
        <>
          <p style={paragraph}>
            The agenda for {meetingTitle} of {panelName} on {when} has changed. This is version {version}.
          </p>
          <h2 style={heading}>Why it changed</h2>
          <p style={paragraph}>{reason}</p>
          <h2 style={heading}>What has changed</h2>
          <ul style={{ ...paragraph, paddingLeft: "24px" }}>
            {changes.map((change) => (
              <li key={change} style={{ margin: "0 0 8px" }}>
                {change}
              </li>
            ))}
          </ul>
          <h2 style={heading}>The agenda now</h2>
        </>
      ) : (
        <p style={paragraph}>
          Here is the agenda for {meetingTitle} of {panelName} on {when}.
        </p>
      )}
      {lines.map((line, index) =>
        line.number === null ? (
          <p key={index} style={paragraph}>
            {line.time}: {line.title} ({minutesText(line.minutes)})
          </p>
        ) : (
          <div key={index} style={{ margin: "0 0 20px" }}>
            <p style={itemTitle}>
              {line.number}. {line.title}
            </p>
            <p style={{ ...paragraph, margin: "0 0 8px" }}>
              {line.time}, {minutesText(line.minutes)}.{line.presenter ? ` Presented by ${line.presenter}.` : ""}
            </p>
            {line.latePaper ? <p style={lateStyle}>{line.latePaper}</p> : null}
          </div>
        ),
      )}
      <p style={paragraph}>
        <a href={agendaUrl} style={link}>
          Read the agenda and its papers
        </a>
      </p>
      <p style={paragraph}>If you need the agenda in another format, tell the panel&apos;s officer and they will send it to you.</p>
    </EmailLayout>
  );
}
