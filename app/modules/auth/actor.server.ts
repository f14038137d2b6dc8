// Who is doing something, made once per request and passed to every command: the person, the
// member they act for (a supporter acting under consent, decision 009), and the request id that
// ties the audit trail to the request log.
import type { AuditEntry } from "../audit/audit.server.ts";

export type Actor = {
  personId: string;
  /** Unset means not a site admin: the safe default for demo data, jobs and tests. */
  isSiteAdmin?: boolean;
  /** The member a supporter is acting for; unset or null when people act for themselves. */
  onBehalfOfId?: string | null;
  requestId?: string;
};

export function actorFrom(
  session: { person: { id: string; isSiteAdmin: boolean } },
  context: { requestId?: string } | undefined,
  onBehalfOfId: string | null = null,
): Actor {
  return { personId: session.person.id, isSiteAdmin: session.person.isSiteAdmin, onBehalfOfId, requestId: context?.requestId };
}

/** The actor's part of an audit entry. */
export function auditedBy(actor: Actor): Pick<AuditEntry, "actorId" | "onBehalfOfId" | "requestId"> {
  return { actorId: actor.personId, onBehalfOfId: actor.onBehalfOfId ?? null, requestId: actor.requestId };
}
