// Who may use the admin pages: site admins for everything; a panel admin (the ADMIN role in a
// panel) only for their own panels' pages (requirePanelRole(request, panelId, ["ADMIN"])).
import { db } from "../../services.server.ts";
import { forbidden, requirePerson } from "./permissions.server.ts";
import type { CurrentSession } from "./session.server.ts";

type AdminAccess = { session: CurrentSession; isSiteAdmin: boolean; panelIds: string[] };

/** A site admin, or an admin of at least one panel; anyone else is refused. */
export async function requireAnyAdmin(request: Request): Promise<AdminAccess> {
  const session = await requirePerson(request);
  const panelIds = (
    await db().membership.findMany({ where: { personId: session.person.id, role: "ADMIN" }, select: { panelId: true } })
  ).map((m) => m.panelId);
  if (!session.person.isSiteAdmin && panelIds.length === 0) throw forbidden();
  return { session, isSiteAdmin: session.person.isSiteAdmin, panelIds };
}
