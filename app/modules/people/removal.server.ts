// Completing a person's request to have their information removed (issue 4, "Profiles: … ask for
// removal (admin completes it; money records are kept as the law requires and the rest
// anonymised)"). One transaction: what identifies them is deleted or blanked, what the panel did
// stays under an anonymous name, and the audit trail keeps who did what by id only.
import { Prisma } from "../../generated/prisma/client.ts";
import { db } from "../../services.server.ts";
import { recordAudit } from "../audit/audit.server.ts";
import { endAllSessions } from "../auth/session.server.ts";
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
    const [replies, invitations] = await Promise.all([
      tx.meetingReply.findMany({ where: { personId }, select: { id: true } }),
      tx.panelInvitation.findMany({ where: { email: person.email }, select: { id: true } }),
    ]);
    const removed = {
      sessions: (await tx.session.deleteMany({ where: { personId } })).count,
      signInTokens: (await tx.signInToken.deleteMany({ where: { OR: [{ personId }, { email: person.email }] } })).count,
      memberships: (await tx.membership.deleteMany({ where: { personId } })).count,
      supporterConsentsWithdrawn: (
        await tx.supporterConsent.updateMany({
          where: { OR: [{ memberId: personId }, { supporterId: personId }], withdrawnAt: null },
          data: { withdrawnAt: now, withdrawnById: actor.personId },
        })
      ).count,
      communicationNeeds: (await tx.communicationNeeds.deleteMany({ where: { personId } })).count,
      displayPreferences: (await tx.displayPreferences.deleteMany({ where: { personId } })).count,
      organisations: (await tx.personOrganisation.deleteMany({ where: { personId } })).count,
      notifications: (await tx.notification.deleteMany({ where: { personId } })).count,
      // Live meetings: their unsent note drafts and page settings go. What they said in meetings
      // (notes, hands, comments) is the panel's record and stays, shown as "A former member".
      meetingNoteDrafts: (await tx.meetingNoteDraft.deleteMany({ where: { personId } })).count,
      livePreferences: (await tx.livePreferences.deleteMany({ where: { personId } })).count,
      // What they wrote to the chair privately was never the panel's record: the text goes.
      meetingMessagesBlanked: (await tx.meetingMessage.updateMany({ where: { personId }, data: { text: "" } })).count,
      // Whether they came to meetings stays (it is what fees are paid for); their needs do not.
      meetingRepliesBlanked: (
        await tx.meetingReply.updateMany({ where: { personId }, data: { meetingSupport: [], physicalAccess: [], dietaryNeeds: "", otherNeeds: "" } })
      ).count,
      invitationsBlanked: (await tx.panelInvitation.updateMany({ where: { email: person.email }, data: { name: "", email: "" } })).count,
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
    await tx.auditEvent.updateMany({
      where: {
        OR: [
          { entityType: "Person", entityId: personId },
          { entityType: "MeetingReply", entityId: { in: replies.map((r) => r.id) } },
          { entityType: "PanelInvitation", entityId: { in: invitations.map((i) => i.id) } },
        ],
      },
      data: { before: Prisma.DbNull, after: Prisma.DbNull },
    });
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
