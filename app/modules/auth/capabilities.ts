// Who may do what, in one place: every permission in the product is one of these named
// capabilities, and every check asks for one by name (guards in permissions.server.ts, socket
// handlers, page links). No other file spells out a list of roles: tests/integration/
// capabilities.test.ts fails when one appears. Client-safe: pages use `can` to choose links.
import type { PanelRole } from "../../generated/prisma/enums.ts";
import { PANEL_ROLES } from "../panels/schema.ts";

type Capability = {
  /** The panel roles that hold it. */
  roles: readonly PanelRole[];
  /**
   * Whether site admins hold it in every panel. False where the act is the person's own (a reply,
   * a priority, speaking as a member): being a site admin is not enough, they must be invited.
   */
  siteAdmins: boolean;
  /** Plain-English reason shown on the "You cannot do this" page when someone lacks it. */
  refusal: string;
};

export const CAPABILITIES = {
  /** Anyone with a role in the panel: sees its pages, meetings, agendas and published minutes. */
  belongsToPanel: { roles: PANEL_ROLES, siteAdmins: true, refusal: "Only people in this panel can see this" },
  /** Schedules, changes and cancels meetings, builds and publishes agendas, records attendance, sees the live queue and always takes notes. */
  organisesMeetings: {
    roles: ["CHAIR", "OFFICER", "ADMIN"],
    siteAdmins: true,
    refusal: "Only the panel's chair, officers and admins organise its meetings",
  },
  /** Moves a live meeting on, speaks for the panel (sends items to the hub): the chair, with admins as a fallback. */
  chairs: { roles: ["CHAIR", "ADMIN"], siteAdmins: true, refusal: "Only the panel's chair or an admin can do this" },
  /** Takes part as one of the panel's members: replies to meetings, prioritises items, names supporters for the panel. */
  takesPartAsMember: {
    roles: ["MEMBER", "CHAIR"],
    siteAdmins: false,
    refusal: "Only the panel's members and chair can do this",
  },
  /** Is sent the panel's agendas and minutes when they are published. */
  receivesPapers: { roles: ["MEMBER", "CHAIR", "OFFICER"], siteAdmins: false, refusal: "Only the panel's members, chair and officers are sent its papers" },
  /** Changes any agenda item, not only their own. */
  shapesAnyAgendaItem: { roles: ["CHAIR", "OFFICER"], siteAdmins: true, refusal: "Only the person who proposed the item, the chair or an officer can change it" },
  /** Withdraws any agenda item, not only their own. */
  withdrawsAnyAgendaItem: { roles: ["CHAIR"], siteAdmins: true, refusal: "Only the person who proposed the item or the chair can withdraw it" },
  /** Adds, changes and removes glossary terms; sees the words people asked about. */
  editsGlossary: { roles: ["CHAIR", "OFFICER", "ADMIN"], siteAdmins: true, refusal: "Only the panel's chair, officers and admins change its glossary" },
  /** Changes the panel's terms of reference. */
  editsTermsOfReference: { roles: ["CHAIR", "ADMIN"], siteAdmins: true, refusal: "Only the panel's chair or an admin can change its terms of reference" },
  /** Makes and revokes links to join the panel. */
  managesJoinLinks: { roles: ["CHAIR", "ADMIN"], siteAdmins: true, refusal: "Only the panel's chair or an admin can make links to join it" },
  /** Gives any role in a join link (a chair's links invite members only). */
  invitesToAnyRole: { roles: ["ADMIN"], siteAdmins: true, refusal: "Only the panel's admins can invite people to that role" },
  /** The panel's admin pages: details, people and roles. */
  administersPanel: { roles: ["ADMIN"], siteAdmins: true, refusal: "Only the panel's admins can do this" },
  /** Counts of the panel's communication needs, without names: those who prepare papers, rooms and payments. */
  seesNeedsSummary: {
    roles: ["CHAIR", "OFFICER", "FINANCE", "ADMIN"],
    siteAdmins: true,
    refusal: "Only the panel's chair, officers, finance staff and admins see its needs",
  },
  /** Named needs of people who agreed to share them: those who arrange meetings and papers (finance staff need only the counts). */
  seesSharedNeeds: { roles: ["CHAIR", "OFFICER", "ADMIN"], siteAdmins: true, refusal: "Only the panel's chair, officers and admins see people's needs by name" },
  /** Comments on minutes shared for comment (finance staff read them but are not part of the discussion). */
  commentsOnMinutes: { roles: ["MEMBER", "CHAIR", "OFFICER", "ADMIN"], siteAdmins: true, refusal: "Only the panel's members, chair, officers and admins comment on its minutes" },
  /** Works for the panel rather than only as a member: sees the staff view of the panel page. */
  worksForPanel: { roles: ["CHAIR", "OFFICER", "FINANCE", "ADMIN"], siteAdmins: true, refusal: "Only the panel's staff can see this" },
} as const satisfies Record<string, Capability>;

export type CapabilityName = keyof typeof CAPABILITIES;

/** Someone's standing in one panel: their roles there, and whether they are a site admin. */
export type Holder = { isSiteAdmin: boolean; roles: readonly PanelRole[] };

export function can(holder: Holder, capability: CapabilityName): boolean {
  const { roles, siteAdmins } = CAPABILITIES[capability] as Capability;
  return (siteAdmins && holder.isSiteAdmin) || holder.roles.some((role) => roles.includes(role));
}

/** The roles that hold a capability, for queries ("everyone who receives agendas"). */
export function rolesThat(capability: CapabilityName): PanelRole[] {
  return [...CAPABILITIES[capability].roles];
}

export function refusalFor(capability: CapabilityName): string {
  return CAPABILITIES[capability].refusal;
}

/** The roles a join link may give: any role for those who hold invitesToAnyRole, otherwise member only. */
export function joinLinkRoles(holder: Holder): PanelRole[] {
  return can(holder, "invitesToAnyRole") ? [...PANEL_ROLES] : ["MEMBER"];
}

/** Whether the person is an officer in the panel and not also a member (whose idea an item was). */
export function proposesAsOfficer(roles: readonly PanelRole[]): boolean {
  return roles.includes("OFFICER") && !can({ isSiteAdmin: false, roles }, "takesPartAsMember");
}
