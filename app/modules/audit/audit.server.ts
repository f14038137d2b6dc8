// The one way to write the audit trail: who changed what, when, before and after. Append-only.
import { Prisma } from "../../generated/prisma/client.ts";
import { db, type DbClient } from "../../services.server.ts";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  panelId?: string | null;
  before?: unknown;
  after?: unknown;
  requestId?: string;
  /** The member a supporter acted for: the entry reads "done by actor for onBehalfOf". */
  onBehalfOfId?: string | null;
};

type Writer = Pick<Prisma.TransactionClient, "auditEvent">;

/** Pass the transaction client when the change itself is in a transaction, so both commit together. */
export async function recordAudit(entry: AuditEntry, tx: Writer = db()): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      panelId: entry.panelId ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
      requestId: entry.requestId ?? null,
      onBehalfOfId: entry.onBehalfOfId ?? null,
    },
  });
}

function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

export type AuditFilter = {
  actorId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
};

export async function listAuditEvents(filter: AuditFilter, page: number, pageSize = 50) {
  const where: Prisma.AuditEventWhereInput = {
    actorId: filter.actorId,
    action: filter.action ? { contains: filter.action, mode: "insensitive" } : undefined,
    entityType: filter.entityType,
    entityId: filter.entityId,
    at: filter.from || filter.to ? { gte: filter.from, lt: filter.to } : undefined,
  };
  const [total, events] = await Promise.all([
    db().auditEvent.count({ where }),
    db().auditEvent.findMany({ where, orderBy: { id: "desc" }, skip: (page - 1) * pageSize, take: pageSize }),
  ]);
  return { total, events: events.map((e) => ({ ...e, id: e.id.toString() })) };
}

// --- Readers for other features (issue 11): the audit trail is read only through these. ---

/**
 * A person's own part of the trail, for their download: what they did, and what others did to
 * their record (when and what only, never who).
 */
export async function auditRecordsOf(personId: string) {
  const [theirActions, aboutThem] = await Promise.all([
    db().auditEvent.findMany({
      where: { actorId: personId },
      select: { at: true, action: true, entityType: true, entityId: true, after: true },
      orderBy: { id: "asc" },
    }),
    db().auditEvent.findMany({
      where: { entityType: "Person", entityId: personId, NOT: { actorId: personId } },
      select: { at: true, action: true },
      orderBy: { id: "asc" },
    }),
  ]);
  return { theirActions, aboutThem };
}

/** The before and after values of the entries with these actions about these records. */
export async function auditValuesOf(entityType: string, entityIds: string[], actions: string[]) {
  return db().auditEvent.findMany({
    where: { entityType, entityId: { in: entityIds }, action: { in: actions } },
    select: { before: true, after: true },
  });
}

/** The latest entries of what was done on the member's behalf (by a supporter), newest first. */
export async function auditEventsOnBehalfOf(memberId: string, take: number) {
  return db().auditEvent.findMany({
    where: { onBehalfOfId: memberId },
    select: { id: true, at: true, actorId: true, action: true, entityType: true, entityId: true, after: true },
    orderBy: { id: "desc" },
    take,
  });
}

/**
 * Removal (decision 007): the entries about these records keep when, who (by id) and what, but
 * lose their before and after values. The one change ever made to existing entries.
 */
export async function forgetAuditDetails(client: DbClient, records: { entityType: string; entityIds: string[] }[]): Promise<void> {
  await client.auditEvent.updateMany({
    where: { OR: records.map(({ entityType, entityIds }) => ({ entityType, entityId: { in: entityIds } })) },
    data: { before: Prisma.DbNull, after: Prisma.DbNull },
  });
}
