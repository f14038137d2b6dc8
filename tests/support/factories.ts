// Test factories: each returns something ready to use. Records live in the test file's own
// database, which is emptied between tests.
import { randomUUID } from "node:crypto";
import type { PanelRole } from "../../app/generated/prisma/enums.ts";
import { db } from "../../app/services.server.ts";

export async function createOrganisation(kind: "COUNCIL" | "ULO" | "OTHER" = "COUNCIL", name = `Org ${randomUUID().slice(0, 6)}`) {
  return db().organisation.create({ data: { name, kind } });
}

export async function createPanel(data: { name?: string; hubId?: string } = {}) {
  return db().panel.create({ data: { name: data.name ?? `Panel ${randomUUID().slice(0, 6)}`, hubId: data.hubId } });
}

export async function createPerson(
  data: { name?: string; email?: string; isSiteAdmin?: boolean; active?: boolean; roles?: { panelId: string; role: PanelRole }[] } = {},
) {
  const suffix = randomUUID().slice(0, 8);
  const person = await db().person.create({
    data: {
      name: data.name ?? `Person ${suffix}`,
      email: (data.email ?? `person-${suffix}@example.org`).toLowerCase(),
      isSiteAdmin: data.isSiteAdmin ?? false,
      active: data.active ?? true,
    },
  });
  for (const r of data.roles ?? []) await db().membership.create({ data: { personId: person.id, panelId: r.panelId, role: r.role } });
  return person;
}
