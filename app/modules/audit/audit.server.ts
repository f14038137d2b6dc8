// The one way to write the audit trail: who changed what, when, before and after. Append-only.
import type { Prisma } from "../../generated/prisma/client.ts";
import { db } from "../../services.server.ts";

type AuditEntry = {
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
