// Who to tell and how: each person's preferred way of being contacted, from their communication
// needs (issue 4: "Publishing the agenda notifies every member by their preferred contact").
// Email goes out from the queue; post, phone and text messages become tasks for staff, with the
// paper format to send in. People who have not told us their needs are emailed.
import { z } from "zod";
import type { ContactMethod, PaperFormat, PanelRole } from "../../generated/prisma/enums.ts";
import { personIdsWithRoles } from "../panels/panels.server.ts";
import { listContactDetails } from "../people/people.server.ts";
import { describePaperFormat } from "../needs/describe.ts";
import { getNeeds } from "../needs/needs.server.ts";
import type { CommunicationNeedsValues } from "../needs/schema.ts";

export type Recipient = {
  personId: string;
  name: string;
  preferredName: string;
  email: string;
  phone: string;
  postalAddress: string;
  /** Null when the person has not told us their needs yet. */
  needs: CommunicationNeedsValues | null;
};

export type ContactRoute = {
  channel: ContactMethod;
  /** PENDING: an email the queue sends. TO_DO: a task for staff. */
  status: "PENDING" | "TO_DO";
  /** An email address, a postal address, a phone number, or the supporter's details. */
  address: string;
  format: PaperFormat;
  /** "Large print at 24pt": what staff send by post. */
  formatDescription: string;
  /** The message goes to the person's supporter, who passes it on. */
  toSupporter: boolean;
};

const emailAddress = z.email();
const STANDARD_PRINT = { paperFormat: "STANDARD", largePrintPointSize: null, brailleGrade: null, language: "" } as const;

/** The name to greet someone by. */
export function greetingName(recipient: Pick<Recipient, "name" | "preferredName">): string {
  return recipient.preferredName.trim() || recipient.name;
}

/** How to reach one person, from their needs. A pure function, so every rule is tested directly. */
export function chooseContactRoute(recipient: Recipient): ContactRoute {
  const needs = recipient.needs;
  const base = { format: needs?.paperFormat ?? "STANDARD", formatDescription: describePaperFormat(needs ?? STANDARD_PRINT), toSupporter: false };
  switch (needs?.contactMethod ?? "EMAIL") {
    case "EMAIL":
      return { ...base, channel: "EMAIL", status: "PENDING", address: recipient.email };
    case "POST":
      return { ...base, channel: "POST", status: "TO_DO", address: recipient.postalAddress.trim() };
    case "PHONE":
      return { ...base, channel: "PHONE", status: "TO_DO", address: recipient.phone.trim() };
    case "TEXT_MESSAGE":
      return { ...base, channel: "TEXT_MESSAGE", status: "TO_DO", address: recipient.phone.trim() };
    case "VIA_SUPPORTER": {
      const supporter = (needs?.supporterContact ?? "").trim();
      const isEmail = emailAddress.safeParse(supporter).success;
      return { ...base, channel: "VIA_SUPPORTER", status: isEmail ? "PENDING" : "TO_DO", address: isEmail ? supporter.toLowerCase() : supporter, toSupporter: true };
    }
  }
}

/** Active people (never anonymised ones) with their contact details and needs, in name order. */
export async function findRecipients(personIds: string[]): Promise<Recipient[]> {
  if (personIds.length === 0) return [];
  const people = await listContactDetails(personIds);
  return Promise.all(
    people.map(async (person) => ({
      personId: person.id,
      name: person.name,
      preferredName: person.preferredName,
      email: person.email,
      phone: person.phone,
      postalAddress: person.postalAddress,
      needs: (await getNeeds(person.id))?.needs ?? null,
    })),
  );
}

/** Everyone active in the panel holding one of the roles, each once. */
export async function findPanelRecipients(panelId: string, roles: readonly PanelRole[]): Promise<Recipient[]> {
  return findRecipients(await personIdsWithRoles(panelId, roles));
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** "by email", "by post in large print at 24pt", "by phone", … */
function describeRoute(route: ContactRoute): string {
  if (route.status === "PENDING") return route.toSupporter ? "by email to their supporter" : "by email";
  switch (route.channel) {
    case "POST":
      return `by post in ${lowerFirst(route.formatDescription)}`;
    case "PHONE":
      return "by phone";
    case "TEXT_MESSAGE":
      return "by text message";
    default:
      return "through their supporter";
  }
}

/** "9 by email", "1 by post in large print at 24pt", "1 by phone": the most used way first. */
export function countRoutes(routes: ContactRoute[]): string[] {
  const counts = new Map<string, number>();
  for (const route of routes) {
    const phrase = describeRoute(route);
    counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([phrase, count]) => `${count} ${phrase}`);
}
