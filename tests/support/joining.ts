// Factories for joining tests: an invitation link straight into the database, with its token, and
// a spoke group under a hub with a chair and a proposed item.
import { randomBytes } from "node:crypto";
import type { PanelRole } from "../../app/generated/prisma/enums.ts";
import { hashInvitationToken } from "../../app/modules/invitations/invitations.server.ts";
import { db } from "../../app/services.server.ts";
import { createAgendaItem } from "./agendas.ts";
import { createPanel, createPerson } from "./factories.ts";

const DAY = 86_400_000;

export async function createInvitation(
  panelId: string,
  createdById: string,
  data: { role?: PanelRole; maxUses?: number; uses?: number; expiresAt?: Date; revokedAt?: Date; name?: string; email?: string } = {},
) {
  const token = randomBytes(32).toString("base64url");
  const invitation = await db().panelInvitation.create({
    data: {
      panelId,
      createdById,
      tokenHash: hashInvitationToken(token),
      role: data.role ?? "MEMBER",
      maxUses: data.maxUses ?? 1,
      uses: data.uses ?? 0,
      expiresAt: data.expiresAt ?? new Date(Date.now() + 14 * DAY),
      revokedAt: data.revokedAt,
      name: data.name ?? "",
      email: data.email ?? "",
    },
  });
  return { invitation, token, path: `/join/${token}` };
}

/** A hub panel and its spoke group; the spoke has a chair, a member and a proposed item. */
export async function createHubAndSpoke() {
  const hub = await createPanel({ name: "Hub panel" });
  const spoke = await createPanel({ name: "Carers' spoke", hubId: hub.id });
  const chair = await createPerson({ name: "Spoke Chair", roles: [{ panelId: spoke.id, role: "MEMBER" }, { panelId: spoke.id, role: "CHAIR" }] });
  const member = await createPerson({ name: "Spoke Member", roles: [{ panelId: spoke.id, role: "MEMBER" }] });
  const item = await createAgendaItem(spoke.id, member.id, { title: "Respite breaks" });
  return { hub, spoke, chair, member, item };
}
