// Using an invitation link: /join/<token>. Anyone may open a link; a link that is unknown, expired,
// revoked or used up gets one calm answer that says nothing more (nothing to help guessing). Someone
// signed in joins with one button; someone signed out gives their name and email and gets the usual
// sign-in email, which brings them back to the link (the sign-in cookie's return path).
import type { PanelRole } from "../../generated/prisma/enums.ts";
import { db } from "../../services.server.ts";
import { formatLongDate } from "../../dates.ts";
import { recordAudit } from "../audit/audit.server.ts";
import { hitRateLimit } from "../auth/rate-limit.server.ts";
import { normaliseEmail, startSignIn, type StartSignInResult } from "../auth/sign-in.server.ts";
import { RATE_WINDOW_MS } from "../auth/sign-in-rules.ts";
import { holdsRole, insertMembership, listMembershipsOf, panelNameIfMember } from "../panels/panels.server.ts";
import { emailInUse, insertPerson, namesOfPeople } from "../people/people.server.ts";
import { hashInvitationToken, invitationStatus } from "./invitations.server.ts";
import { invitationTokenSchema } from "./schema.ts";

/** Link checks per address per sign-in window: plenty for people, too few for guessing. */
export const JOIN_CHECKS_PER_WINDOW = 60;

type UsableInvitation = {
  id: string;
  role: PanelRole;
  name: string;
  email: string;
  panel: { id: string; name: string; purpose: string };
};

type InvitationCheck =
  | { ok: true; invitation: UsableInvitation }
  | { ok: false; reason: "does-not-work" }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number };

/** Counts the check against the address, then finds the invitation if it still works. */
export async function checkInvitationLink(token: string | undefined, clientIp: string): Promise<InvitationCheck> {
  const limit = await hitRateLimit(`join:ip:${clientIp}`, JOIN_CHECKS_PER_WINDOW, RATE_WINDOW_MS);
  if (!limit.allowed) return { ok: false, reason: "rate-limited", retryAfterSeconds: limit.retryAfterSeconds };
  const parsed = invitationTokenSchema.safeParse(token);
  if (!parsed.success) return { ok: false, reason: "does-not-work" };
  const invitation = await db().panelInvitation.findUnique({
    where: { tokenHash: hashInvitationToken(parsed.data) },
    select: {
      id: true,
      role: true,
      name: true,
      email: true,
      expiresAt: true,
      revokedAt: true,
      uses: true,
      maxUses: true,
      panel: { select: { id: true, name: true, purpose: true } },
    },
  });
  if (!invitation || invitationStatus(invitation) !== "ACTIVE") return { ok: false, reason: "does-not-work" };
  const { expiresAt: _e, revokedAt: _r, uses: _u, maxUses: _m, ...usable } = invitation;
  return { ok: true, invitation: usable };
}

export async function alreadyHoldsRole(personId: string, invitation: UsableInvitation): Promise<boolean> {
  return holdsRole(personId, invitation.panel.id, invitation.role);
}

/**
 * For someone signed out: makes them a person if the email is new (their name as they gave it),
 * then starts the usual sign-in for that email, coming back to the link afterwards. The answer is
 * the same whether or not the email already had an account.
 */
export async function startSignInToJoin(input: {
  token: string;
  invitationId: string;
  name: string;
  email: string;
  sharedDevice: boolean;
  clientIp: string;
  baseUrl: string;
  requestId: string;
}): Promise<StartSignInResult> {
  const email = normaliseEmail(input.email);
  await createPersonIfNew(input.name, email, input.invitationId, input.requestId);
  return startSignIn({ email, sharedDevice: input.sharedDevice, clientIp: input.clientIp, baseUrl: input.baseUrl, returnTo: `/join/${input.token}` });
}

// Checked by duck type: the Prisma error class in the Remix bundle is not the server's copy.
function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

async function createPersonIfNew(name: string, email: string, invitationId: string, requestId: string): Promise<void> {
  if (await emailInUse(email)) return;
  try {
    await db().$transaction(async (tx) => {
      const person = await insertPerson({ name, email }, tx);
      await recordAudit(
        { actorId: person.id, action: "person.created", entityType: "Person", entityId: person.id, after: { name, email, via: "invitation", invitationId }, requestId },
        tx,
      );
    });
  } catch (error) {
    // The same email given twice at once: the first made the person, which is all that is needed.
    if (!isUniqueViolation(error)) throw error;
  }
}

export type JoinResult = { ok: true; panelId: string } | { ok: false; reason: "does-not-work" | "already-joined"; panelId?: string };

/**
 * Joins the panel with the invitation's role, recording the person's own agreement. The use is
 * counted with a conditional update in the same transaction, so of two people using a single-use
 * link at once exactly one joins.
 */
export async function joinPanel(token: string, personId: string, requestId: string): Promise<JoinResult> {
  const parsed = invitationTokenSchema.safeParse(token);
  if (!parsed.success) return { ok: false, reason: "does-not-work" };
  const invitation = await db().panelInvitation.findUnique({
    where: { tokenHash: hashInvitationToken(parsed.data) },
    select: { id: true, panelId: true, role: true },
  });
  if (!invitation) return { ok: false, reason: "does-not-work" };
  const alreadyJoined: JoinResult = { ok: false, reason: "already-joined", panelId: invitation.panelId };
  if (await holdsRole(personId, invitation.panelId, invitation.role)) return alreadyJoined;
  try {
    return await db().$transaction(async (tx) => {
      const now = new Date();
      const { count } = await tx.panelInvitation.updateMany({
        where: { id: invitation.id, revokedAt: null, expiresAt: { gt: now }, uses: { lt: tx.panelInvitation.fields.maxUses } },
        data: { uses: { increment: 1 } },
      });
      if (count !== 1) return { ok: false, reason: "does-not-work" } as const;
      const membership = await insertMembership(
        { personId, panelId: invitation.panelId, role: invitation.role, joinedVia: "INVITATION", consentRecordedAt: now, consentRecordedById: personId },
        tx,
      );
      await recordAudit(
        {
          actorId: personId,
          action: "membership.joined",
          entityType: "Membership",
          entityId: membership.id,
          panelId: invitation.panelId,
          after: { personId, role: invitation.role, joinedVia: "INVITATION", invitationId: invitation.id },
          requestId,
        },
        tx,
      );
      return { ok: true, panelId: invitation.panelId } as const;
    });
  } catch (error) {
    // The same person pressing Join twice at once: the second finds the role already theirs.
    if (isUniqueViolation(error)) return alreadyJoined;
    throw error;
  }
}

/** The panel's name for the welcome after joining, only if the person is in it. */
export async function panelJoinedBy(personId: string, panelId: string): Promise<string | null> {
  return panelNameIfMember(personId, panelId);
}

/**
 * How each of a person's roles came about, in words for the admin person page: "Joined by
 * invitation on …" or "Added by <admin> with their agreement on …".
 */
export async function describeHowPersonJoined(personId: string): Promise<{ panelId: string; role: PanelRole; how: string }[]> {
  const memberships = await listMembershipsOf(personId);
  const names = await namesOfPeople(memberships.flatMap((m) => (m.consentRecordedById ? [m.consentRecordedById] : [])));
  return memberships.map((m) => {
    const on = m.consentRecordedAt ? formatLongDate(m.consentRecordedAt) : null;
    let how = "Added before agreements were recorded";
    if (m.joinedVia === "INVITATION" && on) how = `Joined by invitation on ${on}`;
    else if (on) how = `Added by ${m.consentRecordedById ? (names.get(m.consentRecordedById) ?? "someone who has left") : "an admin"} with their agreement on ${on}`;
    return { panelId: m.panelId, role: m.role, how };
  });
}
