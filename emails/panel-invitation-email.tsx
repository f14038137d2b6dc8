// An invitation to join a panel: who asks, what the role is, the link, and until when it works.
import { EmailLayout, paragraph } from "./email-layout.tsx";

export type PanelInvitationEmailProps = {
  name: string;
  panelName: string;
  inviterName: string;
  role: string;
  link: string;
  expiresOn: string;
};

export function PanelInvitationEmail({ name, panelName, inviterName, role, link, expiresOn }: PanelInvitationEmailProps) {
  return (
    <EmailLayout title={`Join ${panelName}`}>
      <p style={paragraph}>Hello{name ? ` ${name}` : ""},</p>
      <p style={paragraph}>
        {inviterName} has invited you to join {panelName} on Panel. Your role will be: {role}.
      </p>
      <p style={paragraph}>
        <a href={link} style={{ color: "#1d70b8", fontSize: "22px", fontWeight: "bold" }}>
          Join {panelName}
        </a>
      </p>
      <p style={paragraph}>
        The link works until {expiresOn}. When you open it, we tell you what the panel does and what joining means. Then we
        ask about your needs, so that papers and meetings work for you.
      </p>
      <p style={paragraph}>Someone you trust can open the link with you or for you.</p>
      <p style={paragraph}>If you did not expect this email, you can ignore it: nothing happens unless you join.</p>
    </EmailLayout>
  );
}
