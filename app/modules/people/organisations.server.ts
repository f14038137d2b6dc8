// The organisations a person belongs to: user led organisations (ULOs) and other groups, never a
// council (being council staff is a role on a panel, not a membership). Chosen by the person on
// their profile, or by a site admin on the admin person page; every change is audited.
import { db } from "../../services.server.ts";
import { recordAudit } from "../audit/audit.server.ts";
import { countJoinableOrganisations, listJoinableOrganisations } from "../organisations/organisations.server.ts";
import type { Actor } from "./people.server.ts";
import { CHOOSE_FROM_LIST } from "./organisations.ts";

/** The organisations a person may say they belong to, ULOs first. */
export async function listOrganisationsToJoin() {
  const organisations = await listJoinableOrganisations();
  return [...organisations.filter((o) => o.kind === "ULO"), ...organisations.filter((o) => o.kind !== "ULO")];
}

export async function listPersonOrganisations(personId: string) {
  const rows = await db().personOrganisation.findMany({
    where: { personId },
    select: { organisation: { select: { id: true, name: true, kind: true } } },
    orderBy: { organisation: { name: "asc" } },
  });
  return rows.map((row) => row.organisation);
}

export type OrganisationsResult = { ok: true } | { ok: false; errors: { organisationIds: string[] } };

/** Replaces the person's organisations with the ones chosen; ids that are not joinable are refused. */
export async function setPersonOrganisations(personId: string, organisationIds: string[], actor: Actor): Promise<OrganisationsResult> {
  const wanted = [...new Set(organisationIds)];
  const found = await countJoinableOrganisations(wanted);
  if (found !== wanted.length) return { ok: false, errors: { organisationIds: [CHOOSE_FROM_LIST] } };
  await db().$transaction(async (tx) => {
    const before = (await tx.personOrganisation.findMany({ where: { personId }, select: { organisationId: true } })).map((r) => r.organisationId).sort();
    const after = [...wanted].sort();
    if (before.join() === after.join()) return;
    await tx.personOrganisation.deleteMany({ where: { personId, organisationId: { notIn: after } } });
    await tx.personOrganisation.createMany({ data: after.map((organisationId) => ({ personId, organisationId })), skipDuplicates: true });
    await recordAudit(
      {
        actorId: actor.personId,
        action: "person.organisations-updated",
        entityType: "Person",
        entityId: personId,
        before: { organisationIds: before },
        after: { organisationIds: after },
        requestId: actor.requestId,
      },
      tx,
    );
  });
  return { ok: true };
}
