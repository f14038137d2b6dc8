// Communication needs for tests: a record ready to use, standard print unless told otherwise.
import type { Prisma } from "../../app/generated/prisma/client.ts";
import { db } from "../../app/services.server.ts";

export async function createNeeds(personId: string, needs: Omit<Prisma.CommunicationNeedsUncheckedCreateInput, "personId"> = {}) {
  return db().communicationNeeds.create({ data: { personId, updatedById: personId, ...needs } });
}

/** A complete, valid needs form as the browser posts it. */
export function needsForm(overrides: Record<string, string> = {}): Record<string, string> {
  return { intent: "save", paperFormat: "STANDARD", contactMethod: "EMAIL", shareWithStaff: "no", ...overrides };
}
