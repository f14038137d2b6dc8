// Who may do what with a panel's meetings. Built on requirePanelRole, so a person with no role in
// the panel is told "not found" and a meeting of another panel is never found under this one.
import type { PanelRole } from "../../generated/prisma/enums.ts";
import { requirePanelRole, type PanelAccess } from "../auth/permissions.server.ts";

/** Schedule, change, cancel, see needs and record attendance. Site admins hold every role. */
export const ORGANISER_ROLES = ["CHAIR", "OFFICER", "ADMIN"] as const satisfies readonly PanelRole[];

/** The people invited to reply: the panel's members and its chair. */
export const INVITED_ROLES = ["MEMBER", "CHAIR"] as const satisfies readonly PanelRole[];

export function canOrganiseMeetings(access: Pick<PanelAccess, "session" | "roles">): boolean {
  return access.session.person.isSiteAdmin || access.roles.some((role) => (ORGANISER_ROLES as readonly PanelRole[]).includes(role));
}

/** A reply is the person's own answer, so being a site admin is not enough: they must be invited. */
export function canReplyToMeetings(access: Pick<PanelAccess, "roles">): boolean {
  return access.roles.some((role) => (INVITED_ROLES as readonly PanelRole[]).includes(role));
}

export function requireMeetingOrganiser(request: Request, panelId: string | undefined): Promise<PanelAccess> {
  return requirePanelRole(request, panelId, ORGANISER_ROLES);
}
