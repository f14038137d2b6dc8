// Tells a person that a member has named them as their supporter, what they may do, and how to
// sign in with their own account (issue 4, supporters).
import { EmailLayout, paragraph } from "./email-layout.tsx";

export type SupporterNamedEmailProps = {
  supporterName: string;
  memberName: string;
  /** "personal assistant", "family member", … */
  relationship: string;
  /** What the member lets them do, in words. */
  allowed: string[];
  signInLink: string;
  supportingLink: string;
  email: string;
};

export function SupporterNamedEmail({ supporterName, memberName, relationship, allowed, signInLink, supportingLink, email }: SupporterNamedEmailProps) {
  return (
    <EmailLayout title="You have been named as a supporter">
      <p style={paragraph}>Hello {supporterName},</p>
      <p style={paragraph}>
        {memberName} has named you as their supporter ({relationship}) on Panel, where disabled people, carers and the council
        work together. {memberName} has asked you to do these things for them:
      </p>
      <ul style={{ ...paragraph, paddingLeft: "24px" }}>
        {allowed.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2 style={{ fontSize: "24px", margin: "32px 0 12px" }}>How to sign in</h2>
      <p style={paragraph}>
        Go to{" "}
        <a href={signInLink} style={{ color: "#1d70b8", fontWeight: "bold" }}>
          {signInLink}
        </a>{" "}
        and enter this email address: {email}. We will email you a link and a code to sign in with. You do not need a password.
      </p>
      <p style={paragraph}>
        Once you have signed in, the people you support are listed at{" "}
        <a href={supportingLink} style={{ color: "#1d70b8" }}>
          {supportingLink}
        </a>
        .
      </p>
      <p style={paragraph}>
        {memberName} stays in control: they can change what you may do, or stop it, at any time. Everything you do for them is shown
        to them. If you did not expect this email, you can ignore it.
      </p>
    </EmailLayout>
  );
}
