// The sign-in email: a link and a 6-digit code; either works once, for 15 minutes.
import { EmailLayout, paragraph } from "./email-layout.tsx";

export type SignInEmailProps = { name: string; link: string; code: string; minutes: number };

export function SignInEmail({ name, link, code, minutes }: SignInEmailProps) {
  const spacedCode = `${code.slice(0, 3)} ${code.slice(3)}`;
  return (
    <EmailLayout title="Sign in to Panel">
      <p style={paragraph}>Hello {name},</p>
      <p style={paragraph}>You asked to sign in to Panel. You can do this in one of two ways.</p>
      <h2 style={{ fontSize: "24px", margin: "32px 0 12px" }}>1. Use this link</h2>
      <p style={paragraph}>
        <a href={link} style={{ color: "#1d70b8", fontSize: "22px", fontWeight: "bold" }}>
          Sign in to Panel
        </a>
      </p>
      <p style={paragraph}>Open the link in the same web browser you used to ask for it.</p>
      <h2 style={{ fontSize: "24px", margin: "32px 0 12px" }}>2. Or type this code</h2>
      <p style={{ fontSize: "40px", fontWeight: "bold", letterSpacing: "6px", margin: "0 0 20px" }} aria-label={code.split("").join(" ")}>
        {spacedCode}
      </p>
      <p style={paragraph}>Someone you trust can read the code out to you or type it in for you.</p>
      <p style={paragraph}>
        The link and the code work once, for {minutes} minutes. If you did not ask to sign in, you can ignore this
        email: nobody can sign in without it.
      </p>
    </EmailLayout>
  );
}
