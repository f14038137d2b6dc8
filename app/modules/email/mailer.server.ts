// Sending email. With SMTP_URL it goes over SMTP; without, each message is written as an .eml
// file in DATA_DIR/outbox, which admins can read at /admin/outbox, so the embedded start needs
// no mail server.
import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ReactElement } from "react";
import nodemailer from "nodemailer";
import { render } from "@react-email/render";

export type EmailAttachment = { filename: string; content: string; contentType: string };

type OutgoingEmail = { to: string; subject: string; template: ReactElement; attachments?: EmailAttachment[] };

export type Mailer = {
  send(email: OutgoingEmail): Promise<void>;
  outboxDir?: string;
};

export function createMailer(options: { smtpUrl?: string; from: string; dataDir: string }): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      async send(email) {
        await transport.sendMail({ from: options.from, to: email.to, subject: email.subject, attachments: email.attachments, ...(await renderParts(email)) });
      },
    };
  }
  const outboxDir = path.join(options.dataDir, "outbox");
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    outboxDir,
    async send(email) {
      const info = await transport.sendMail({ from: options.from, to: email.to, subject: email.subject, attachments: email.attachments, ...(await renderParts(email)) });
      await mkdir(outboxDir, { recursive: true });
      // Sortable by time, unique, and nothing from the message in the file name.
      const file = `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomUUID().slice(0, 8)}.eml`;
      await writeFile(path.join(outboxDir, file), info.message as Buffer, { mode: 0o600 });
    },
  };
}

/** HTML and the plain-text part, both from the same component. */
async function renderParts(email: OutgoingEmail): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([render(email.template), render(email.template, { plainText: true })]);
  return { html, text };
}
