// Panel administration: creating and changing panels, their hub and spoke groups, and who holds
// which role. Site admins may do all of it; a panel admin (the ADMIN role) only for their own
// panel, and never its council, finance ULO or hub (canChangePanelLinks).
import { Prisma } from "../../generated/prisma/client.ts";
import type { OrganisationKind } from "../../generated/prisma/enums.ts";
import { db } from "../../services.server.ts";
import { roleLabels } from "../../components/page.tsx";
import { recordAudit } from "../audit/audit.server.ts";
import { afterRolesChanged } from "../live/server/broadcast.server.ts";
import { recordTermsOfReferenceVersion } from "./terms-of-reference.server.ts";
import { findOrganisation, listOrganisationChoices } from "../organisations/organisations.server.ts";
import { findActivePerson, listActivePeople } from "../people/people.server.ts";
import type { PanelDetails, PanelRoleName } from "./schema.ts";

export type PanelActor = { actorId: string; isSiteAdmin: boolean; requestId?: string };

export type FieldErrors = Record<string, string[]>;

export type Refusal = { ok: false; errors: FieldErrors };

/** A panel's council, finance ULO and hub decide who it reports to and who pays: site admins only. */
function canChangePanelLinks(actor: { isSiteAdmin: boolean }): boolean {
  return actor.isSiteAdmin;
}

export async function listPanelsForAdmin(access: { isSiteAdmin: boolean; panelIds: string[] }) {
  const panels = await db().panel.findMany({
    where: access.isSiteAdmin ? {} : { id: { in: access.panelIds } },
    select: {
      id: true,
      name: true,
      council: { select: { name: true } },
      financeOrganisation: { select: { name: true } },
      hub: { select: { name: true } },
      _count: { select: { memberships: { where: { role: "MEMBER", person: { active: true } } } } },
    },
    orderBy: { name: "asc" },
  });
  return panels.map(({ _count, ...panel }) => ({ ...panel, memberCount: _count.memberships }));
}

export async function getPanelForAdmin(panelId: string) {
  return db().panel.findUnique({
    where: { id: panelId },
    select: {
      id: true,
      name: true,
      purpose: true,
      termsOfReference: true,
      timeZone: true,
      councilId: true,
      financeOrganisationId: true,
      hubId: true,
      council: { select: { name: true } },
      financeOrganisation: { select: { name: true } },
      hub: { select: { id: true, name: true } },
      spokes: { select: { id: true, name: true }, orderBy: { name: "asc" } },
      memberships: {
        select: { id: true, role: true, person: { select: { id: true, name: true, email: true, active: true } } },
        orderBy: [{ person: { name: "asc" } }, { role: "asc" }],
      },
    },
  });
}

/**
 * What a panel's council, finance ULO and hub may be. Hubs are panels that are not spokes
 * themselves: hub and spokes go one level deep.
 */
export async function listPanelLinkChoices(exceptPanelId?: string) {
  const [councils, ulos, hubs] = await Promise.all([
    listOrganisationChoices("COUNCIL"),
    listOrganisationChoices("ULO"),
    db().panel.findMany({
      where: { hubId: null, ...(exceptPanelId ? { id: { not: exceptPanelId } } : {}) },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { councils, ulos, hubs };
}

/** Active people who can be given a role. */
export async function listPeopleToAdd() {
  return listActivePeople();
}

type PanelLinks = { councilId: string | null; financeOrganisationId: string | null; hubId: string | null };

async function checkOrganisation(organisationId: string | null, kind: OrganisationKind): Promise<boolean> {
  if (!organisationId) return true;
  return (await findOrganisation(organisationId))?.kind === kind;
}

/** The refusals for links that are changing; `panelId` is null for a new panel. */
async function checkPanelLinks(panelId: string | null, changed: Partial<PanelLinks>): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  if (changed.councilId !== undefined && !(await checkOrganisation(changed.councilId, "COUNCIL"))) {
    errors.councilId = ["Select a council from the list"];
  }
  if (changed.financeOrganisationId !== undefined && !(await checkOrganisation(changed.financeOrganisationId, "ULO"))) {
    errors.financeOrganisationId = ["Select a user led organisation from the list"];
  }
  const hubId = changed.hubId;
  if (hubId) {
    const hub = await db().panel.findUnique({ where: { id: hubId }, select: { name: true, hubId: true } });
    const hasSpokes = panelId ? (await db().panel.count({ where: { hubId: panelId } })) > 0 : false;
    if (hubId === panelId) errors.hubId = ["A panel cannot be its own hub"];
    else if (!hub) errors.hubId = ["Select a hub panel from the list"];
    else if (hasSpokes) errors.hubId = ["This panel has spoke groups, so it cannot be a spoke of another panel"];
    else if (hub.hubId) errors.hubId = [`${hub.name} is a spoke group, so it cannot be a hub`];
  }
  return errors;
}

function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

export async function createPanel(input: PanelDetails, actor: PanelActor): Promise<{ ok: true; panelId: string } | Refusal> {
  const links: PanelLinks = {
    councilId: input.councilId ?? null,
    financeOrganisationId: input.financeOrganisationId ?? null,
    hubId: input.hubId ?? null,
  };
  const errors = await checkPanelLinks(null, links);
  if (hasErrors(errors)) return { ok: false, errors };
  const details = { name: input.name, purpose: input.purpose, termsOfReference: input.termsOfReference, timeZone: input.timeZone, ...links };
  const panel = await db().$transaction(async (tx) => {
    const created = await tx.panel.create({ data: details, select: { id: true } });
    await recordAudit(
      {
        actorId: actor.actorId,
        action: "panel.created",
        entityType: "Panel",
        entityId: created.id,
        panelId: created.id,
        after: details,
        requestId: actor.requestId,
      },
      tx,
    );
    return created;
  });
  return { ok: true, panelId: panel.id };
}

const detailKeys = ["name", "purpose", "termsOfReference", "timeZone", "councilId", "financeOrganisationId", "hubId"] as const;

type StoredDetails = { [K in (typeof detailKeys)[number]]: string | null };

/**
 * Saves a panel's details. For anyone but a site admin the council, finance ULO and hub are kept
 * as they are, whatever the form sent. Returns null when there is no such panel.
 */
export async function updatePanelDetails(
  panelId: string,
  input: PanelDetails,
  actor: PanelActor,
): Promise<{ ok: true } | Refusal | null> {
  const before = await db().panel.findUnique({
    where: { id: panelId },
    select: { name: true, purpose: true, termsOfReference: true, timeZone: true, councilId: true, financeOrganisationId: true, hubId: true },
  });
  if (!before) return null;
  const links: PanelLinks = canChangePanelLinks(actor)
    ? { councilId: input.councilId ?? null, financeOrganisationId: input.financeOrganisationId ?? null, hubId: input.hubId ?? null }
    : { councilId: before.councilId, financeOrganisationId: before.financeOrganisationId, hubId: before.hubId };
  const after: StoredDetails = { name: input.name, purpose: input.purpose, termsOfReference: input.termsOfReference, timeZone: input.timeZone, ...links };
  const changedKeys = detailKeys.filter((key) => before[key] !== after[key]);
  if (changedKeys.length === 0) return { ok: true };

  const changedLinks = Object.fromEntries(
    changedKeys.filter((key) => key === "councilId" || key === "financeOrganisationId" || key === "hubId").map((key) => [key, after[key]]),
  ) as Partial<PanelLinks>;
  const errors = await checkPanelLinks(panelId, changedLinks);
  if (hasErrors(errors)) return { ok: false, errors };

  const pick = (values: StoredDetails) => Object.fromEntries(changedKeys.map((key) => [key, values[key]]));
  await db().$transaction(async (tx) => {
    await tx.panel.update({ where: { id: panelId }, data: pick(after) });
    if (changedKeys.includes("termsOfReference")) {
      // The terms of reference keep their history whichever page changes them.
      const last = await tx.termsOfReferenceVersion.findFirst({ where: { panelId }, orderBy: { createdAt: "desc" }, select: { text: true } });
      await recordTermsOfReferenceVersion(tx, panelId, { before: before.termsOfReference, text: after.termsOfReference ?? "", lastRecorded: last?.text, editedById: actor.actorId });
    }
    await recordAudit(
      {
        actorId: actor.actorId,
        action: "panel.updated",
        entityType: "Panel",
        entityId: panelId,
        panelId,
        before: pick(before),
        after: pick(after),
        requestId: actor.requestId,
      },
      tx,
    );
  });
  return { ok: true };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export function consentRefusal(name: string): string {
  return `Confirm that ${name} has agreed to join this panel and for us to keep their details`;
}

/** Gives an active person a role in the panel. A person may hold several roles (a member who chairs). */
export async function addMembership(
  panelId: string,
  input: { personId: string; role: PanelRoleName; consent: boolean },
  actor: PanelActor,
): Promise<{ ok: true; membershipId: string } | Refusal> {
  const person = await findActivePerson(input.personId);
  if (!person) return { ok: false, errors: { personId: ["Select a person from the list"] } };
  if (!input.consent) return { ok: false, errors: { consent: [consentRefusal(person.name)] } };
  const alreadyHeld: Refusal = {
    ok: false,
    errors: { personId: [`${person.name} is already a ${roleLabels[input.role]} on this panel`] },
  };
  const existing = await db().membership.count({ where: { panelId, personId: person.id, role: input.role } });
  if (existing) return alreadyHeld;
  try {
    const membership = await db().$transaction(async (tx) => {
      const created = await tx.membership.create({
        data: { panelId, personId: person.id, role: input.role, joinedVia: "ADMIN", consentRecordedAt: new Date(), consentRecordedById: actor.actorId },
        select: { id: true },
      });
      await recordAudit(
        {
          actorId: actor.actorId,
          action: "membership.added",
          entityType: "Membership",
          entityId: created.id,
          panelId,
          after: { personId: person.id, role: input.role, joinedVia: "ADMIN", consentRecorded: true },
          requestId: actor.requestId,
        },
        tx,
      );
      return created;
    });
    await afterRolesChanged(person.id, panelId);
    return { ok: true, membershipId: membership.id };
  } catch (error) {
    // Two admins adding the same role at once: the second is told, as if it had been there first.
    if (isUniqueViolation(error)) return alreadyHeld;
    throw error;
  }
}

/**
 * Takes a role away. Only a membership of this panel can be removed through it; returns null
 * otherwise. A panel admin may not remove their own admin role, so a panel is not left without
 * one by a slip of the mouse; a site admin can.
 */
export async function removeMembership(panelId: string, membershipId: string, actor: PanelActor): Promise<{ ok: true } | Refusal | null> {
  const membership = await db().membership.findFirst({
    where: { id: membershipId, panelId },
    select: { id: true, role: true, personId: true },
  });
  if (!membership) return null;
  if (membership.role === "ADMIN" && membership.personId === actor.actorId && !actor.isSiteAdmin) {
    return { ok: false, errors: { membershipId: ["You cannot remove your own Panel admin role. Ask a site admin to do it."] } };
  }
  const removed = await db().$transaction(async (tx) => {
    const { count } = await tx.membership.deleteMany({ where: { id: membership.id, panelId } });
    if (count === 0) return false;
    await recordAudit(
      {
        actorId: actor.actorId,
        action: "membership.removed",
        entityType: "Membership",
        entityId: membership.id,
        panelId,
        before: { personId: membership.personId, role: membership.role },
        requestId: actor.requestId,
      },
      tx,
    );
    return true;
  });
  if (!removed) return null;
  // Live meetings: a removed member is cut off at once; a changed role takes effect at once.
  await afterRolesChanged(membership.personId, panelId);
  return { ok: true };
}
