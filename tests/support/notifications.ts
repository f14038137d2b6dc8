// Factories for publishing and notifications: people with a preferred way of contact, an agenda
// put straight into the database (the builder is tested on its own), a contact task, and a mail
// server that is down.
import { randomUUID } from "node:crypto";
import { createServer } from "node:net";
import type { ContactMethod, PaperFormat } from "../../app/generated/prisma/enums.ts";
import { createMailer } from "../../app/modules/email/mailer.server.ts";
import { getServices, db } from "../../app/services.server.ts";
import { createPerson } from "./factories.ts";

type Contact = {
  contactMethod?: ContactMethod;
  supporterContact?: string;
  paperFormat?: PaperFormat;
  largePrintPointSize?: number;
  brailleGrade?: number;
  reviewedAt?: Date;
  reminderSentAt?: Date;
};

/**
 * A person in the panel with the role(s), their contact details, and (unless `needs` is null) a
 * communication needs record saying how they want to be contacted.
 */
export async function createContactablePerson(
  panelId: string,
  data: { name: string; roles?: ("MEMBER" | "CHAIR" | "OFFICER" | "FINANCE" | "ADMIN")[]; preferredName?: string; phone?: string; postalAddress?: string; active?: boolean; needs?: Contact | null },
) {
  const email = `${data.name.toLowerCase().replace(/[^a-z]+/g, ".")}.${randomUUID().slice(0, 6)}@example.org`;
  const person = await createPerson({ name: data.name, email, active: data.active, roles: (data.roles ?? ["MEMBER"]).map((role) => ({ panelId, role })) });
  await db().person.update({ where: { id: person.id }, data: { preferredName: data.preferredName ?? "", phone: data.phone ?? "", postalAddress: data.postalAddress ?? "" } });
  if (data.needs !== null) {
    await db().communicationNeeds.create({ data: { personId: person.id, updatedById: person.id, ...(data.needs ?? {}) } });
  }
  return { ...person, email };
}

type AgendaSpec =
  | { title: string; minutes?: number; presenter?: string; paperReceivedAt?: Date }
  | { breakTitle: string; minutes?: number };

/** Puts items (made for the purpose) and breaks on the meeting's agenda, in order after what is there. */
export async function putOnAgenda(panelId: string, meetingId: string, proposedById: string, specs: AgendaSpec[]) {
  const last = await db().agendaEntry.findFirst({ where: { meetingId }, orderBy: { position: "desc" }, select: { position: true } });
  let position = last?.position ?? 0;
  const made: { itemId: string | null; entryId: string }[] = [];
  for (const spec of specs) {
    position += 1;
    if ("breakTitle" in spec) {
      const entry = await db().agendaEntry.create({ data: { meetingId, position, kind: "BREAK", title: spec.breakTitle, minutes: spec.minutes ?? 15 } });
      made.push({ itemId: null, entryId: entry.id });
      continue;
    }
    const item = await db().agendaItem.create({
      data: {
        panelId,
        meetingId,
        proposedById,
        proposedAs: "MEMBER",
        title: spec.title,
        about: "What it is about",
        type: "DISCUSSION",
        status: "ON_AGENDA",
        presenter: spec.presenter ?? "",
        minutesNeeded: spec.minutes ?? 20,
        paperReceivedAt: spec.paperReceivedAt,
      },
    });
    const entry = await db().agendaEntry.create({ data: { meetingId, position, kind: "ITEM", itemId: item.id, minutes: spec.minutes ?? 20 } });
    made.push({ itemId: item.id, entryId: entry.id });
  }
  return made;
}

/** A message for staff to send by hand (or, with status PENDING/FAILED, an email). */
export async function createContactTask(
  personId: string,
  data: {
    panelId?: string | null;
    meetingId?: string | null;
    channel?: ContactMethod;
    status?: "TO_DO" | "DONE" | "PENDING" | "FAILED";
    address?: string;
    format?: PaperFormat;
    attempts?: number;
    lastError?: string;
    createdAt?: Date;
  } = {},
) {
  return db().notification.create({
    data: {
      personId,
      panelId: data.panelId ?? null,
      meetingId: data.meetingId ?? null,
      kind: "needs.yearly-reminder",
      channel: data.channel ?? "POST",
      address: data.address ?? "1 High Street\nWessex",
      format: data.format ?? "STANDARD",
      subject: "Please check your communication needs are still right",
      body: JSON.stringify({ name: "Friend", toSupporter: false, lastChecked: "1 March 2026", needsUrl: "http://localhost/profile/needs" }),
      status: data.status ?? "TO_DO",
      attempts: data.attempts ?? 0,
      lastError: data.lastError ?? "",
      createdAt: data.createdAt,
    },
  });
}

/** An SMTP address where nothing listens: connections are refused at once. */
export async function closedSmtpUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `smtp://127.0.0.1:${port}`;
}

/** Points the app's mailer at `smtpUrl` until the returned function puts the real one back. */
export function useMailServer(smtpUrl: string): () => void {
  const services = getServices();
  const real = services.mailer;
  services.mailer = createMailer({ smtpUrl, from: services.config.mailFrom, dataDir: services.config.dataDir });
  return () => {
    services.mailer = real;
  };
}
