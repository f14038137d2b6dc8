// The one guard every loader, action and download calls: requireCapability, with a capability
// named in capabilities.ts (socket handlers ask `can` of the roles they read fresh). A refusal is
// final: nothing later overturns it.
import { redirect } from "@remix-run/node";
import { z } from "zod";
import type { PanelRole } from "../../generated/prisma/enums.ts";
import { oncePerRequest } from "../../per-request.server.ts";
import { panelExists, panelsWherePersonHolds, rolesOfPersonInPanel } from "../panels/panels.server.ts";
import { can, refusalFor, rolesThat, type CapabilityName } from "./capabilities.ts";
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

export const idSchema = z.uuid();

/** A route param that must be one of our ids; anything else is simply not found. */
export function requireId(value: string | undefined): string {
  const parsed = idSchema.safeParse(value);
  if (!parsed.success) throw notFound();
  return parsed.data;
}

export async function rolesInPanel(personId: string, panelId: string): Promise<PanelRole[]> {
  return rolesOfPersonInPanel(personId, panelId);
}

export type PanelAccess = {
  session: CurrentSession;
  panelId: string;
  roles: PanelRole[];
  /** Whether the person holds another capability in this panel (to choose links and forms). */
  can: (capability: CapabilityName) => boolean;
};

export type SiteAccess = {
  session: CurrentSession;
  isSiteAdmin: boolean;
  /** Panels the person administers (every panel's admin pages are open to site admins). */
  panelIds: string[];
};

/** Capabilities that are not about one panel. */
export type SiteCapabilityName = "administersSite" | "administersAnyPanel";

/**
 * The guard: signed in and holding `capability`. For a panel's capability, someone with no role in
 * the panel is told it is not found, so ids cannot be probed; someone in the panel without the
 * capability is told why not. Site admins are in every panel.
 */
export async function requireCapability(request: Request, capability: SiteCapabilityName): Promise<SiteAccess>;
export async function requireCapability(request: Request, capability: CapabilityName, panelIdParam: string | undefined): Promise<PanelAccess>;
export async function requireCapability(
  request: Request,
  capability: CapabilityName | SiteCapabilityName,
  panelIdParam?: string,
): Promise<PanelAccess | SiteAccess> {
  if (capability === "administersSite" || capability === "administersAnyPanel") return requireSiteCapability(request, capability);
  const panelId = requireId(panelIdParam);
  const session = await requirePerson(request);
  const roles = await rolesInPanel(session.person.id, panelId);
  const holder = { isSiteAdmin: session.person.isSiteAdmin, roles };
  const access = { session, panelId, roles, can: (wanted: CapabilityName) => can(holder, wanted) };
  if (session.person.isSiteAdmin) {
    if (!(await panelExists(panelId))) throw notFound();
  } else if (roles.length === 0) throw notFound();
  if (!access.can(capability)) throw forbidden(refusalFor(capability));
  return access;
}

async function requireSiteCapability(request: Request, capability: SiteCapabilityName): Promise<SiteAccess> {
  const session = await requirePerson(request);
  const { isSiteAdmin } = session.person;
  if (capability === "administersSite") {
    if (!isSiteAdmin) throw forbidden("Only site admins can do this");
    return { session, isSiteAdmin, panelIds: [] };
  }
  const panelIds = await panelsHolding(session.person.id, "administersPanel");
  if (!isSiteAdmin && panelIds.length === 0) throw forbidden("Only admins can see the admin pages");
  return { session, isSiteAdmin, panelIds };
}

/** The panels where the person holds a capability through their roles there. */
export async function panelsHolding(personId: string, capability: CapabilityName): Promise<string[]> {
  return panelsWherePersonHolds(personId, rolesThat(capability));
}
