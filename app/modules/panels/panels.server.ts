// Panels: the panels a person is in, and a panel's page.
import type { PanelRole } from "../../generated/prisma/enums.ts";
import { oncePerRequest } from "../../per-request.server.ts";
import { db, type DbClient } from "../../services.server.ts";

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

// --- Readers and writers other features call instead of reading Membership or Panel (issue 11). ---

/** The person's roles in one panel (none when they are not in it). */
export async function rolesOfPersonInPanel(personId: string, panelId: string): Promise<PanelRole[]> {
  const rows = await db().membership.findMany({ where: { personId, panelId }, select: { role: true } });
  return rows.map((r) => r.role);
}

export async function panelExists(panelId: string): Promise<boolean> {
  return (await db().panel.count({ where: { id: panelId } })) > 0;
}

/** The panels where the person holds any of the roles. */
export async function panelsWherePersonHolds(personId: string, roles: readonly PanelRole[]): Promise<string[]> {
  const rows = await db().membership.findMany({ where: { personId, role: { in: [...roles] } }, select: { panelId: true } });
  return [...new Set(rows.map((row) => row.panelId))];
}

/** Everyone holding one of the roles in the panel, each once (active or not: callers filter). */
export async function personIdsWithRoles(panelId: string, roles: readonly PanelRole[]): Promise<string[]> {
  const rows = await db().membership.findMany({ where: { panelId, role: { in: [...roles] } }, select: { personId: true } });
  return [...new Set(rows.map((row) => row.personId))];
}

export async function holdsRole(personId: string, panelId: string, role: PanelRole): Promise<boolean> {
  return (await db().membership.count({ where: { personId, panelId, role } })) > 0;
}

/** The panel's name and purpose (for an invitation), or null when there is no such panel. */
export async function findPanelNameAndPurpose(panelId: string): Promise<{ name: string; purpose: string } | null> {
  return db().panel.findUnique({ where: { id: panelId }, select: { name: true, purpose: true } });
}

/** The panel's name, only if the person is in it. */
export async function panelNameIfMember(personId: string, panelId: string): Promise<string | null> {
  const membership = await db().membership.findFirst({ where: { personId, panelId }, select: { panel: { select: { name: true } } } });
  return membership?.panel.name ?? null;
}

/** Each of a person's roles and how it came about, oldest first. */
export async function listMembershipsOf(personId: string) {
  return db().membership.findMany({
    where: { personId },
    select: { panelId: true, role: true, joinedVia: true, consentRecordedAt: true, consentRecordedById: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

/**
 * Gives a person a role, in the caller's transaction (joining by invitation records the person's
 * own agreement; the caller writes the audit entry). A role held already fails with P2002.
 */
export async function insertMembership(
  data: { personId: string; panelId: string; role: PanelRole; joinedVia: "INVITATION" | "ADMIN"; consentRecordedAt: Date; consentRecordedById: string },
  client: DbClient = db(),
): Promise<{ id: string }> {
  return client.membership.create({ data, select: { id: true } });
}

/** Removal (decision 007): every role the person holds ends. */
export async function forgetMemberships(client: DbClient, personId: string): Promise<number> {
  return (await client.membership.deleteMany({ where: { personId } })).count;
}

// ---- For other features (issue 11): a panel's basics, its hub and who is in it ----

/** A panel's name, time zone and how many days before a meeting its papers are due. */
export async function readPanelBasics(panelId: string): Promise<{ id: string; name: string; timeZone: string; papersDeadlineDays: number } | null> {
  return db().panel.findUnique({ where: { id: panelId }, select: { id: true, name: true, timeZone: true, papersDeadlineDays: true } });
}

/** The panel's hub, or null when the panel is not a spoke group. */
export async function readPanelHub(panelId: string): Promise<{ id: string; name: string } | null> {
  const panel = await db().panel.findUnique({ where: { id: panelId }, select: { hub: { select: { id: true, name: true } } } });
  return panel?.hub ?? null;
}

/** Whether the person has any role in the panel. */
export async function isInPanel(personId: string, panelId: string): Promise<boolean> {
  return (await db().membership.count({ where: { panelId, personId } })) > 0;
}

/** The active people holding one of these roles in the panel, each once, by name. */
export async function activePeopleInRoles(panelId: string, roles: readonly PanelRole[]): Promise<{ id: string; name: string }[]> {
  const memberships = await db().membership.findMany({
    where: { panelId, role: { in: [...roles] }, person: { active: true } },
    select: { person: { select: { id: true, name: true } } },
    orderBy: { person: { name: "asc" } },
  });
  return [...new Map(memberships.map((m) => [m.person.id, m.person])).values()];
}
