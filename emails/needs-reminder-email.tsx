// The yearly reminder to check one's communication needs (issue 4, Identify: "a yearly reminder
// asks them to check their record is still right").
import { Greeting } from "./agenda-email.tsx";
import { EmailLayout, paragraph } from "./email-layout.tsx";

export type NeedsReminderEmailProps = {
  name: string;
  toSupporter: boolean;
  lastChecked: string;
  needsUrl: string;
};

export const NEEDS_REMINDER_TITLE = "Please check your communication needs are still right";

export function NeedsReminderEmail({ name, toSupporter, lastChecked, needsUrl }: NeedsReminderEmailProps) {
  return (
    <EmailLayout title={NEEDS_REMINDER_TITLE}>
      <Greeting name={name} toSupporter={toSupporter} />
      <p style={paragraph}>Please check your communication needs are still right. You last checked them on {lastChecked}.</p>
      <p style={paragraph}>
        We use them to send you papers in the format you read, to contact you the way you prefer, and to arrange support at
        meetings.
      </p>
      <p style={paragraph}>
        <a href={needsUrl} style={{ color: "#1d70b8", fontSize: "22px", fontWeight: "bold" }}>
          Check your communication needs
        </a>
      </p>
      <p style={paragraph}>If they are still right, you can say so on the same page. It takes a minute.</p>
    </EmailLayout>
  );
}
