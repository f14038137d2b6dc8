// Reading the outbox: the .eml files the mailer writes when there is no SMTP server
// (mailer.server.ts). Only names the mailer itself makes are ever opened, so an id from the
// address can never reach another file (no "../").
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser, type AddressObject } from "mailparser";
import { formatDateTime } from "../../dates.ts";
import { getServices } from "../../services.server.ts";

export const OUTBOX_LIMIT = 200;
const MESSAGE_ID = /^[0-9TZ-]+-[0-9a-f]{8}\.eml$/;
const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-/;

function isOutboxMessageId(id: string | undefined): id is string {
  return typeof id === "string" && MESSAGE_ID.test(id);
}

/** The folder, or undefined when email goes to a mail server instead. */
function outboxDir(): string | undefined {
  return getServices().mailer.outboxDir;
}

/** When the mailer wrote the file, from its name (it starts with the time in UTC). */
function writtenAt(id: string): Date | null {
  const match = STAMP.exec(id);
  if (!match) return null;
  const date = new Date(`${match[1]}T${match[2]}:${match[3]}:${match[4]}.${match[5]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function addresses(field: AddressObject | AddressObject[] | undefined): string {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.map((a) => a.text).join(", ");
}

async function parseMessage(dir: string, id: string) {
  const mail = await simpleParser(await readFile(path.join(dir, id)));
  const sent = writtenAt(id) ?? mail.date ?? null;
  return {
    id,
    sentAt: sent?.toISOString() ?? null,
    when: sent ? formatDateTime(sent) : "Unknown",
    to: addresses(mail.to),
    from: addresses(mail.from),
    subject: mail.subject ?? "(no subject)",
    // The HTML part is never shown as HTML: a message is untrusted content. mailparser makes
    // the text from the HTML when a message has no plain-text part.
    text: mail.text ?? "",
    hasHtml: Boolean(mail.html),
  };
}

export type OutboxMessage = Awaited<ReturnType<typeof parseMessage>>;

/** The newest messages first, at most OUTBOX_LIMIT; null when there is no outbox. */
export async function listOutboxMessages(): Promise<{ messages: Omit<OutboxMessage, "text" | "hasHtml" | "from">[]; total: number } | null> {
  const dir = outboxDir();
  if (!dir) return null;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { messages: [], total: 0 };
    throw error;
  }
  const ids = names.filter(isOutboxMessageId).sort().reverse();
  const messages = await Promise.all(
    ids.slice(0, OUTBOX_LIMIT).map(async (id) => {
      const { text: _text, hasHtml: _hasHtml, from: _from, ...summary } = await parseMessage(dir, id);
      return summary;
    }),
  );
  return { messages, total: ids.length };
}

/** One message, or null when there is no outbox, the id is not one of ours, or it is gone. */
export async function readOutboxMessage(id: string | undefined): Promise<OutboxMessage | null> {
  const dir = outboxDir();
  if (!dir || !isOutboxMessageId(id)) return null;
  try {
    return await parseMessage(dir, id);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}
