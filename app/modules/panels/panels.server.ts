// Panels: the panels a person is in, and a panel's page.
import type { PanelRole } from "../../generated/prisma/enums.ts";
import { oncePerRequest } from "../../per-request.server.ts";
import { db } from "../../services.server.ts";

export type PanelSummary = { id: string; name: string; roles: PanelRole[] };

/** The panels of the person signed in for this request, looked up once per request. */
export function panelsForRequest(request: Request, personId: string): Promise<PanelSummary[]> {
  return oncePerRequest(request, `panels:${personId}`, () => listPanelsForPerson(personId));
}

export async function listPanelsForPerson(personId: string): Promise<PanelSummary[]> {
  const memberships = await db().membership.findMany({
    where: { personId },
    select: { role: true, panel: { select: { id: true, name: true } } },
    orderBy: { panel: { name: "asc" } },
  });
  const byPanel = new Map<string, PanelSummary>();
  for (const m of memberships) {
    const entry = byPanel.get(m.panel.id) ?? { id: m.panel.id, name: m.panel.name, roles: [] };
    entry.roles.push(m.role);
    byPanel.set(m.panel.id, entry);
  }
  return [...byPanel.values()];
}

export async function getPanelPage(panelId: string) {
  return db().panel.findUnique({
    where: { id: panelId },
    select: {
      id: true,
      name: true,
      purpose: true,
      termsOfReference: true,
      council: { select: { name: true } },
      financeOrganisation: { select: { name: true } },
      hub: { select: { id: true, name: true } },
      spokes: { select: { id: true, name: true }, orderBy: { name: "asc" } },
      memberships: {
        where: { person: { active: true } },
        select: { role: true, person: { select: { id: true, name: true } } },
        orderBy: { person: { name: "asc" } },
      },
    },
  });
}
