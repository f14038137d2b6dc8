// Invitation links to join a panel (issue 4, "Identify: joining a panel"). A chair invites members;
// a panel admin or site admin invites to any role. The link carries a random token; only its keyed
// hash is kept, as for sign-in links (docs/decisions/003). A link works until it expires, is
// revoked, or has been used as many times as it allows.
import { createElement } from "react";
import { PanelInvitationEmail } from "../../../emails/panel-invitation-email.tsx";
import type { PanelRole } from "../../generated/prisma/enums.ts";
import { errorText } from "../../logging.server.ts";
import { db, getServices, type DbClient } from "../../services.server.ts";
import { roleLabels } from "../../components/page.tsx";
import { formatLongDate } from "../../dates.ts";
import { recordAudit } from "../audit/audit.server.ts";
import { can, joinLinkRoles } from "../auth/capabilities.ts";
import { hashSecret, randomToken } from "../auth/tokens.server.ts";
import { findPanelNameAndPurpose } from "../panels/panels.server.ts";
import { namesOfPeople } from "../people/people.server.ts";
import { type InvitationStatus, type NewInvitation } from "./schema.ts";

export type InvitationActor = { actorId: string; requestId?: string };

const DAY_MS = 86_400_000;

export function hashInvitationToken(token: string): string {
  return hashSecret("panel-invitation", token);
}

/** The chair, the panel's admins and site admins make and revoke a panel's invitation links. */
export function canManageInvitations(person: { isSiteAdmin: boolean }, roles: readonly PanelRole[]): boolean {
  return can({ isSiteAdmin: person.isSiteAdmin, roles }, "managesJoinLinks");
}

/** A chair may invite members only; admins may invite to any role. */
export function rolesYouMayInvite(person: { isSiteAdmin: boolean }, roles: readonly PanelRole[]): PanelRole[] {
  return joinLinkRoles({ isSiteAdmin: person.isSiteAdmin, roles });
}

export function invitationStatus(
  invitation: { expiresAt: Date; revokedAt: Date | null; uses: number; maxUses: number },
  now = new Date(),
): InvitationStatus {
  if (invitation.revokedAt) return "REVOKED";
  if (invitation.uses >= invitation.maxUses) return "USED_UP";
  if (invitation.expiresAt <= now) return "EXPIRED";
  return "ACTIVE";
}

/** The panel's invitations, newest first, with who made them. */
export async function listInvitations(panelId: string) {
  const invitations = await db().panelInvitation.findMany({
    where: { panelId },
    select: { id: true, role: true, name: true, email: true, maxUses: true, uses: true, expiresAt: true, revokedAt: true, createdById: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 200,
  });
  const names = await namesOfPeople(invitations.map((i) => i.createdById));
  return invitations.map((invitation) => ({
    ...invitation,
    status: invitationStatus(invitation),
    createdBy: names.get(invitation.createdById) ?? "Someone who has left",
  }));
}

export type CreatedInvitation = { invitationId: string; link: string; emailSent: boolean | null };

/**
 * Makes an invitation link and, when an email address was given, emails it to them. The link is
 * returned once, to be shown once: only its hash is stored.
 */
export async function createInvitation(
  panelId: string,
  input: NewInvitation,
  allowedRoles: readonly PanelRole[],
  actor: InvitationActor & { baseUrl: string },
): Promise<{ ok: true; created: CreatedInvitation } | { ok: false; errors: Record<string, string[]> }> {
  if (!allowedRoles.includes(input.role)) {
    return { ok: false, errors: { role: [`You can invite people as ${allowedRoles.map((r) => roleLabels[r]).join(" or ")} only`] } };
  }
  const panel = await findPanelNameAndPurpose(panelId);
  if (!panel) return { ok: false, errors: { role: ["This panel no longer exists"] } };
  const token = randomToken();
  const expiresAt = new Date(Date.now() + Number(input.expiresInDays) * DAY_MS);
  const details = { role: input.role, name: input.name, email: input.email ?? "", maxUses: input.maxUses, expiresAt };
  const invitation = await db().$transaction(async (tx) => {
    const created = await tx.panelInvitation.create({
      data: { panelId, tokenHash: hashInvitationToken(token), createdById: actor.actorId, ...details },
      select: { id: true },
    });
    await recordAudit(
      { actorId: actor.actorId, action: "invitation.created", entityType: "PanelInvitation", entityId: created.id, panelId, after: details, requestId: actor.requestId },
      tx,
    );
    return created;
  });
  const link = `${actor.baseUrl}/join/${token}`;
  const emailSent = details.email ? await sendInvitationEmail(details.email, { ...details, link, panelName: panel.name, inviterId: actor.actorId }) : null;
  return { ok: true, created: { invitationId: invitation.id, link, emailSent } };
}

/** False when the mail server refused it: the link is still shown, to be sent another way. */
async function sendInvitationEmail(
  to: string,
  invitation: { name: string; role: PanelRole; expiresAt: Date; link: string; panelName: string; inviterId: string },
): Promise<boolean> {
  const inviterName = (await namesOfPeople([invitation.inviterId])).get(invitation.inviterId);
  try {
    await getServices().mailer.send({
      to,
      subject: `You are invited to join ${invitation.panelName}`,
      template: createElement(PanelInvitationEmail, {
        name: invitation.name,
        panelName: invitation.panelName,
        inviterName: inviterName ?? "The panel",
        role: roleLabels[invitation.role],
        link: invitation.link,
        expiresOn: formatLongDate(invitation.expiresAt),
      }),
    });
    return true;
  } catch (error) {
    getServices().logger.warn({ err: errorText(error) }, "could not send an invitation email");
    return false;
  }
}

/** Stops a link working. Only this panel's invitations; revoking twice records one event. */
export async function revokeInvitation(panelId: string, invitationId: string, actor: InvitationActor): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const revokedAt = new Date();
    const { count } = await tx.panelInvitation.updateMany({ where: { id: invitationId, panelId, revokedAt: null }, data: { revokedAt } });
    if (count === 0) return (await tx.panelInvitation.count({ where: { id: invitationId, panelId } })) > 0;
    await recordAudit(
      { actorId: actor.actorId, action: "invitation.revoked", entityType: "PanelInvitation", entityId: invitationId, panelId, after: { revokedAt }, requestId: actor.requestId },
      tx,
    );
    return true;
  });
}

/** Whether the invitation belongs to the panel, for showing a new link only on its own panel's page. */
export async function isPanelInvitation(panelId: string, invitationId: string): Promise<boolean> {
  return (await db().panelInvitation.count({ where: { id: invitationId, panelId } })) > 0;
}

/**
 * Removal (decision 007): invitations made for the person's email keep their role and dates but
 * lose the name and email. Returns their ids, so the audit trail's copies can be emptied too.
 */
export async function forgetInvitationsFor(client: DbClient, email: string): Promise<{ count: number; invitationIds: string[] }> {
  const invitations = await client.panelInvitation.findMany({ where: { email }, select: { id: true } });
  const { count } = await client.panelInvitation.updateMany({ where: { email }, data: { name: "", email: "" } });
  return { count, invitationIds: invitations.map((i) => i.id) };
}
