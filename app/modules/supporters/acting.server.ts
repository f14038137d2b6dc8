// The one check every acting page makes, on every request (loaders and actions alike): the
// supporter is signed in, the member has an active consent for them that includes what the page
// is for, and the meeting or panel is one where the member is a member or the chair. Nothing is
// remembered between requests, so withdrawing or narrowing consent stops the very next request.
import { requireId, requirePerson, notFound } from "../auth/permissions.server.ts";
import type { CurrentSession } from "../auth/session.server.ts";
import { findMeeting, getMeetingPanel, type Meeting, type MeetingPanel } from "../meetings/meetings.server.ts";
import type { PanelSummary } from "../panels/panels.server.ts";
import { db } from "../../services.server.ts";
import { auditValuesOf } from "../audit/audit.server.ts";
import { listMemberPanels } from "./consents.server.ts";
import type { ActingRefusal } from "./acting-page.tsx";
import { toScopes, type Scope } from "./scopes.ts";

export type Acting = {
  session: CurrentSession;
  member: { id: string; name: string };
  consentId: string;
  scopes: Scope[];
  /** For the domain functions: the supporter acts, the member is the one it is done for. */
  actor: { actorId: string; onBehalfOfId: string; requestId?: string };
};

function refuse(refusal: ActingRefusal["refusal"], memberName: string): Response {
  return Response.json({ refusal, memberName } satisfies ActingRefusal, { status: 403, statusText: "Forbidden" });
}

/**
 * Signed in as a current supporter of the member, allowed at least one of `allowed` ("any": any
 * scope at all). Someone the member never named is told the page is not found, so member ids
 * cannot be probed; a supporter whose consent was withdrawn, or who may not do this, is told so.
 */
export async function requireActingFor(
  request: Request,
  memberIdParam: string | undefined,
  allowed: readonly Scope[] | "any",
  requestId?: string,
): Promise<Acting> {
  const session = await requirePerson(request);
  const memberId = requireId(memberIdParam);
  if (memberId === session.person.id) throw notFound();
  const consents = await db().supporterConsent.findMany({
    where: { memberId, supporterId: session.person.id },
    select: { id: true, scopes: true, withdrawnAt: true, member: { select: { name: true, active: true } } },
    orderBy: [{ consentedAt: "desc" }, { id: "asc" }],
  });
  const member = consents[0]?.member;
  if (!member?.active) throw notFound();
  const current = consents.find((c) => !c.withdrawnAt);
  if (!current) throw refuse("stopped", member.name);
  const scopes = toScopes(current.scopes);
  if (allowed !== "any" && !allowed.some((scope) => scopes.includes(scope))) {
    const once = await wasOnceAllowed(consents, allowed);
    throw refuse(once ? "stopped" : "not-asked", member.name);
  }
  return {
    session,
    member: { id: memberId, name: member.name },
    consentId: current.id,
    scopes,
    actor: { actorId: session.person.id, onBehalfOfId: memberId, requestId },
  };
}

/** Whether the member once let this supporter do it (so "stopped" is the true word for it now). */
async function wasOnceAllowed(consents: { id: string; scopes: string[] }[], allowed: readonly Scope[]): Promise<boolean> {
  if (consents.some((c) => allowed.some((scope) => c.scopes.includes(scope)))) return true;
  const history = await auditValuesOf(
    "SupporterConsent",
    consents.map((c) => c.id),
    ["supporter.named", "supporter.changed"],
  );
  const scopesIn = (value: unknown): string[] => {
    const scopes = (value as { scopes?: unknown } | null)?.scopes;
    return Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === "string") : [];
  };
  return history.some((event) => [...scopesIn(event.before), ...scopesIn(event.after)].some((scope) => (allowed as readonly string[]).includes(scope)));
}

type MemberPanel = PanelSummary;

/** A panel where the member is a member or the chair; any other panel id is not found. */
export async function requireMemberPanel(acting: Acting, panelIdParam: string | undefined): Promise<MemberPanel> {
  const panelId = requireId(panelIdParam);
  const panel = (await listMemberPanels(acting.member.id)).find((p) => p.id === panelId);
  if (!panel) throw notFound();
  return panel;
}

/**
 * A meeting of one of the member's panels (as a member or the chair). Looked up only within those
 * panels, so a meeting of any other panel is not found.
 */
export async function requireMemberMeeting(acting: Acting, meetingIdParam: string | undefined): Promise<{ panel: MeetingPanel; meeting: Meeting; roles: PanelSummary["roles"] }> {
  const meetingId = requireId(meetingIdParam);
  const panels = await listMemberPanels(acting.member.id);
  const found = await Promise.all(panels.map(async (p) => ({ panel: p, meeting: await findMeeting(p.id, meetingId) })));
  const match = found.find((f) => f.meeting);
  if (!match?.meeting) throw notFound();
  const panel = await getMeetingPanel(match.panel.id);
  if (!panel) throw notFound();
  return { panel, meeting: match.meeting, roles: match.panel.roles };
}
