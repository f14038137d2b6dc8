// The minutes, sent twice (issue 5, "After the meeting"): the draft goes to the panel for comments,
// and the approved minutes are published to members in their formats. The minutes themselves are in
// the message, with their headings and lists, so the copy staff post or read out is complete.
import { readMinutesText } from "../app/modules/minutes/minutes-text.ts";
import { Greeting } from "./agenda-email.tsx";
import { EmailLayout, paragraph } from "./email-layout.tsx";

export type MinutesEmailProps = {
  name: string;
  toSupporter: boolean;
  panelName: string;
  meetingTitle: string;
  /** "Wednesday 17 March 2027", the day of the meeting. */
  day: string;
  stage: "shared" | "published";
  /** For published minutes: "the panel's meeting on Wednesday 14 April 2027". */
  approvedAt: string;
  text: string;
  minutesUrl: string;
};

const headingStyles = {
  2: { fontSize: "24px", lineHeight: "1.25", margin: "32px 0 12px" },
  3: { fontSize: "19px", fontWeight: "bold", margin: "20px 0 8px" },
} as const;
const link = { color: "#1d70b8", fontSize: "22px", fontWeight: "bold" };

export function minutesEmailTitle({ meetingTitle, day, stage }: Pick<MinutesEmailProps, "meetingTitle" | "day" | "stage">): string {
  return stage === "shared" ? `Draft minutes of ${meetingTitle} on ${day}: your comments, please` : `The minutes of ${meetingTitle} on ${day}`;
}

function MinutesBody({ text }: { text: string }) {
  return (
    <>
      {readMinutesText(text).map((block, index) => {
        if (block.kind === "heading") {
          const Heading = block.level === 2 ? "h2" : "h3";
          return (
            <Heading key={index} style={headingStyles[block.level]}>
              {block.text}
            </Heading>
          );
        }
        if (block.kind === "list") {
          return (
            <ul key={index} style={{ ...paragraph, paddingLeft: "24px" }}>
              {block.items.map((item, i) => (
                <li key={i} style={{ margin: "0 0 8px" }}>
                  {item}
                </li>
              ))}
            </ul>
          );
        }
        return (
          <p key={index} style={paragraph}>
            {block.lines.map((line, i) => (
              <span key={i}>
                {i ? <br /> : null}
                {line}
              </span>
            ))}
          </p>
        );
      })}
    </>
  );
}

export function MinutesEmail(props: MinutesEmailProps) {
  const { name, toSupporter, panelName, meetingTitle, day, stage, approvedAt, text, minutesUrl } = props;
  return (
    <EmailLayout title={minutesEmailTitle(props)}>
      <Greeting name={name} toSupporter={toSupporter} />
      {stage === "shared" ? (
        <>
          <p style={paragraph}>
            The draft minutes of {meetingTitle} of {panelName} on {day} are ready. Please read them and say if anything is wrong or
            missing.
          </p>
          <p style={paragraph}>You can comment on the minutes page until the panel approves them, normally at its next meeting.</p>
        </>
      ) : (
        <p style={paragraph}>
          Here are the minutes of {meetingTitle} of {panelName} on {day}. The panel approved them at {approvedAt}.
        </p>
      )}
      <p style={paragraph}>
        <a href={minutesUrl} style={link}>
          {stage === "shared" ? "Read the draft minutes and comment" : "Read the minutes"}
        </a>
      </p>
      <MinutesBody text={text} />
      <p style={paragraph}>If you need the minutes in another format, tell the panel&apos;s officer and they will send them to you.</p>
    </EmailLayout>
  );
}
