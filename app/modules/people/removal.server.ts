// Completing a person's request to have their information removed (issue 4, "Profiles: … ask for
// removal (admin completes it; money records are kept as the law requires and the rest
// anonymised)"). One transaction: what identifies them is deleted or blanked, what the panel did
// stays under an anonymous name, and the audit trail keeps who did what by id only.
import type { Prisma } from "../../generated/prisma/client.ts";
import { db } from "../../services.server.ts";
import { forgetAuditDetails, recordAudit } from "../audit/audit.server.ts";
import { endAllSessions, forgetSessions } from "../auth/session.server.ts";
import { forgetSignInTokens } from "../auth/sign-in.server.ts";
import { forgetInvitationsFor } from "../invitations/invitations.server.ts";
import { forgetLiveRecords } from "../live/server/forget.server.ts";
import { forgetReplyNeeds } from "../meetings/forget.server.ts";
import { forgetNeeds } from "../needs/needs.server.ts";
import { forgetNotifications } from "../notifications/forget.server.ts";
import { forgetMemberships } from "../panels/panels.server.ts";
import { forgetDisplayPreferences } from "../preferences/preferences.server.ts";
import { forgetConsents } from "../supporters/consents.server.ts";
import type { Actor } from "./people.server.ts";

/** The name a removed person is shown by wherever their past actions appear. */
export function formerMemberName(personId: string): string {
  return `Former member ${personId.slice(0, 8)}`;
}

/** An address that can never receive mail (RFC 2606 `.invalid`), unique because the id is. */
export function removedEmail(personId: string): string {
  return `removed-${personId}@removed.invalid`;
}

const pendingRequest = { removalRequestedAt: { not: null }, anonymisedAt: null } satisfies Prisma.PersonWhereInput;

const requestFields = {
  id: true,
  name: true,
  email: true,
  removalRequestedAt: true,
  memberships: { select: { panel: { select: { id: true, name: true } } } },
} as const;

function withPanels<T extends { memberships: { panel: { id: string; name: string } }[] }>({ memberships, ...person }: T) {
  const panels = new Map(memberships.map((m) => [m.panel.id, m.panel.name]));
  return { ...person, panels: [...panels.values()].sort() };
}

/** People waiting for removal, oldest request first, and the most recent removals done. */
export async function listRemovalRequests() {
  const [pending, done] = await Promise.all([
    db().person.findMany({ where: pendingRequest, select: requestFields, orderBy: [{ removalRequestedAt: "asc" }, { id: "asc" }], take: 500 }),
    db().person.findMany({ where: { anonymisedAt: { not: null } }, select: { id: true, name: true, anonymisedAt: true }, orderBy: { anonymisedAt: "desc" }, take: 20 }),
  ]);
  return { pending: pending.map(withPanels), done };
}

/** One person's pending request, or null when there is none to complete. */
export async function getRemovalRequest(personId: string) {
  const person = await db().person.findFirst({ where: { id: personId, ...pendingRequest }, select: requestFields });
  return person ? withPanels(person) : null;
}

export type RemovalResult = { ok: true } | { ok: false; reason: "not-found" } | { ok: false; reason: "self"; message: string };

const SELF_REMOVAL = "You cannot complete your own removal. Ask another site admin to do it.";

export async function completeRemoval(personId: string, actor: Actor): Promise<RemovalResult> {
  if (personId === actor.personId) return { ok: false, reason: "self", message: SELF_REMOVAL };
  const done = await db().$transaction(async (tx) => {
    const person = await tx.person.findFirst({ where: { id: personId, ...pendingRequest }, select: { id: true, email: true, deactivatedAt: true } });
    if (!person) return false;
    const now = new Date();
    // Each feature forgets its own records, in this one transaction (decision 013).
    const sessions = await forgetSessions(tx, personId);
    const signInTokens = await forgetSignInTokens(tx, personId, person.email);
    const memberships = await forgetMemberships(tx, personId);
    const supporterConsentsWithdrawn = await forgetConsents(tx, personId, actor.personId, now);
    const communicationNeeds = await forgetNeeds(tx, personId);
    const displayPreferences = await forgetDisplayPreferences(tx, personId);
    const organisations = (await tx.personOrganisation.deleteMany({ where: { personId } })).count;
    const notifications = await forgetNotifications(tx, personId);
    const live = await forgetLiveRecords(tx, personId);
    const replies = await forgetReplyNeeds(tx, personId);
    const invitations = await forgetInvitationsFor(tx, person.email);
    const removed = {
      sessions,
      signInTokens,
      memberships,
      supporterConsentsWithdrawn,
      communicationNeeds,
      displayPreferences,
      organisations,
      notifications,
      ...live,
      meetingRepliesBlanked: replies.count,
      invitationsBlanked: invitations.count,
    };
    await tx.person.update({
      where: { id: personId },
      data: {
        name: formerMemberName(personId),
        email: removedEmail(personId),
        preferredName: "",
        pronouns: "",
        phone: "",
        postalAddress: "",
        groups: [],
        isSiteAdmin: false,
        active: false,
        deactivatedAt: person.deactivatedAt ?? now,
        anonymisedAt: now,
      },
    });
    // The audit trail stays: when, who (by id) and what was done. The details it recorded about
    // the person (their name, email, profile, needs) are removed with the rest.
    await forgetAuditDetails(tx, [
      { entityType: "Person", entityIds: [personId] },
      { entityType: "MeetingReply", entityIds: replies.replyIds },
      { entityType: "PanelInvitation", entityIds: invitations.invitationIds },
    ]);
    await recordAudit(
      { actorId: actor.personId, action: "person.anonymised", entityType: "Person", entityId: personId, after: { anonymisedAt: now, removed }, requestId: actor.requestId },
      tx,
    );
    return true;
  });
  if (!done) return { ok: false, reason: "not-found" };
  // Sessions are gone with the transaction; this also cuts any live connection at once.
  await endAllSessions(personId);
  return { ok: true };
}
