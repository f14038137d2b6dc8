// A real SMTP server on a free port, for tests: messages are parsed with mailparser as a mail
// client would see them.
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type TestSmtp = {
  url: string;
  messages: ParsedMail[];
  /** The next message to this address (waits up to 10 s). */
  waitForMessage(to: string, since?: number): Promise<ParsedMail>;
  close(): Promise<void>;
};

export async function startSmtpServer(): Promise<TestSmtp> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = (server as unknown as { server: { address(): { port: number } } }).server.address();
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    messages,
    async waitForMessage(to, since = 0) {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const found = messages.slice(since).find((m) => addressesOf(m).includes(to.toLowerCase()));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`No email to ${to} arrived within 10 s`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An SMTP server that turns every recipient away with `reply`, as a real one does an unknown mailbox. */
export async function startRefusingSmtpServer(reply: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      callback(Object.assign(new Error(reply), { responseCode: 550 }));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = (server as unknown as { server: { address(): { port: number } } }).server.address();
  return { url: `smtp://127.0.0.1:${address.port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export function addressesOf(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((t) => t.value.map((v) => (v.address ?? "").toLowerCase()));
}

/** The sign-in link and code from a sign-in email's plain-text part. */
export function signInDetails(mail: ParsedMail): { link: string; code: string } {
  const text = mail.text ?? "";
  const link = /https?:\/\/\S+\/sign-in\/link\?token=[A-Za-z0-9_%-]+/.exec(text)?.[0];
  const code = /\b(\d{3}) (\d{3})\b/.exec(text);
  if (!link || !code) throw new Error(`No sign-in link or code in:\n${text}`);
  return { link, code: `${code[1]}${code[2]}` };
}
