// The one permission helper every loader, action and socket handler uses (style habit 3).
// A refusal is final: nothing later overturns it.
import { redirect } from "@remix-run/node";
import { z } from "zod";
import type { PanelRole } from "../../generated/prisma/enums.ts";
import { oncePerRequest } from "../../per-request.server.ts";
import { db } from "../../services.server.ts";
import { getSession, touchSession, type CurrentSession } from "./session.server.ts";

export function getCurrentSession(request: Request): Promise<CurrentSession | null> {
  return oncePerRequest(request, "session", () => getSession(request).then((session) => (session ? touchSession(session) : null)));
}

export function notFound(message = "Page not found"): Response {
  return new Response(message, { status: 404, statusText: "Not Found" });
}

export function forbidden(message = "You do not have permission to do this"): Response {
  return new Response(message, { status: 403, statusText: "Forbidden" });
}

/** Signed in, or sent to sign in and brought back afterwards. */
export async function requirePerson(request: Request): Promise<CurrentSession> {
  const session = await getCurrentSession(request);
  if (session) return session;
  const url = new URL(request.url);
  const returnTo = request.method === "GET" ? url.pathname + url.search : "/";
  throw redirect(`/sign-in?returnTo=${encodeURIComponent(returnTo)}`);
}

export async function requireSiteAdmin(request: Request): Promise<CurrentSession> {
  const session = await requirePerson(request);
  if (!session.person.isSiteAdmin) throw forbidden();
  return session;
}

export const idSchema = z.uuid();

/** A route param that must be one of our ids; anything else is simply not found. */
export function requireId(value: string | undefined): string {
  const parsed = idSchema.safeParse(value);
  if (!parsed.success) throw notFound();
  return parsed.data;
}

export async function rolesInPanel(personId: string, panelId: string): Promise<PanelRole[]> {
  const rows = await db().membership.findMany({ where: { personId, panelId }, select: { role: true } });
  return rows.map((r) => r.role);
}

export const ANY_ROLE = ["MEMBER", "CHAIR", "OFFICER", "FINANCE", "ADMIN"] as const satisfies readonly PanelRole[];

export type PanelAccess = { session: CurrentSession; panelId: string; roles: PanelRole[] };

export function hasPanelRole(
  person: { isSiteAdmin: boolean },
  roles: readonly PanelRole[],
  allowed: readonly PanelRole[],
): boolean {
  return person.isSiteAdmin || roles.some((role) => allowed.includes(role));
}

/**
 * Signed in and holding one of `allowed` in the panel (site admins hold every role). Someone with
 * no role in the panel is told it is not found, so ids cannot be probed; someone in the panel
 * without the role is told they may not.
 */
export async function requirePanelRole(
  request: Request,
  panelIdParam: string | undefined,
  allowed: readonly PanelRole[] = ANY_ROLE,
): Promise<PanelAccess> {
  const panelId = requireId(panelIdParam);
  const session = await requirePerson(request);
  const roles = await rolesInPanel(session.person.id, panelId);
  if (session.person.isSiteAdmin) {
    const exists = await db().panel.count({ where: { id: panelId } });
    if (!exists) throw notFound();
    return { session, panelId, roles };
  }
  if (roles.length === 0) throw notFound();
  if (!hasPanelRole(session.person, roles, allowed)) throw forbidden();
  return { session, panelId, roles };
}
