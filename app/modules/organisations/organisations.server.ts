// Organisations: the councils, user led organisations (ULOs) and others that panels work with.
import type { Prisma } from "../../generated/prisma/client.ts";
import type { OrganisationKind } from "../../generated/prisma/enums.ts";
import { db } from "../../services.server.ts";
import { recordAudit } from "../audit/audit.server.ts";
import type { OrganisationInput } from "./schema.ts";

export type Actor = { actorId: string; requestId?: string };

const organisationFields = { id: true, name: true, kind: true } as const;

export async function listOrganisations() {
  return db().organisation.findMany({ select: organisationFields, orderBy: { name: "asc" } });
}

/** The organisations of one kind, for a panel's council or finance ULO choice. */
export async function listOrganisationChoices(kind: OrganisationKind) {
  return db().organisation.findMany({ where: { kind }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

export async function findOrganisation(organisationId: string) {
  return db().organisation.findUnique({ where: { id: organisationId }, select: organisationFields });
}

export async function createOrganisation(input: OrganisationInput, actor: Actor) {
  return db().$transaction(async (tx) => {
    const organisation = await tx.organisation.create({ data: { name: input.name, kind: input.kind }, select: organisationFields });
    await recordAudit(
      {
        actorId: actor.actorId,
        action: "organisation.created",
        entityType: "Organisation",
        entityId: organisation.id,
        after: { name: organisation.name, kind: organisation.kind },
        requestId: actor.requestId,
      },
      tx,
    );
    return organisation;
  });
}

/** Returns null when there is no such organisation. */
export async function updateOrganisation(organisationId: string, input: OrganisationInput, actor: Actor) {
  return db().$transaction(async (tx) => {
    const before = await tx.organisation.findUnique({ where: { id: organisationId }, select: organisationFields });
    if (!before) return null;
    const after = await tx.organisation.update({
      where: { id: organisationId },
      data: { name: input.name, kind: input.kind },
      select: organisationFields,
    });
    if (before.name !== after.name || before.kind !== after.kind) {
      await recordAudit(
        {
          actorId: actor.actorId,
          action: "organisation.updated",
          entityType: "Organisation",
          entityId: organisationId,
          before: { name: before.name, kind: before.kind },
          after: { name: after.name, kind: after.kind },
          requestId: actor.requestId,
        },
        tx,
      );
    }
    return after;
  });
}

// --- For people (issue 11): the organisations a person may say they belong to. ---

const joinable = { kind: { in: ["ULO", "OTHER"] } } satisfies Prisma.OrganisationWhereInput;

/** The ULOs and other organisations (never councils), in name order. */
export async function listJoinableOrganisations() {
  return db().organisation.findMany({ where: joinable, select: organisationFields, orderBy: { name: "asc" }, take: 500 });
}

/** How many of the ids are organisations a person may belong to. */
export async function countJoinableOrganisations(organisationIds: string[]): Promise<number> {
  return db().organisation.count({ where: { id: { in: organisationIds }, ...joinable } });
}
