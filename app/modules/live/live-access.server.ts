// Who may do what in a live meeting, read fresh from the database for every event (not only at
// join), so a role taken away or a member removed stops working at once.
import type { PanelRole } from "../../generated/prisma/enums.ts";
import { db } from "../../services.server.ts";

export type LiveAccess = {
  personId: string;
  name: string;
  meetingId: string;
  panelId: string;
  roles: PanelRole[];
  isSiteAdmin: boolean;
  canTakeNotes: boolean;
  canChair: boolean;
  canSeeQueue: boolean;
};

/** Moves the meeting on: the panel's chair, with its admins (and site admins) as a fallback. */
const CHAIR_ROLES: readonly PanelRole[] = ["CHAIR", "ADMIN"];
/** Sees hands, "I don't understand", comments and break requests; always takes notes. */
const ORGANISER_ROLES: readonly PanelRole[] = ["CHAIR", "OFFICER", "ADMIN"];

// A meeting never moves panel, so its panel can be remembered (bounded, for long-running servers).
const meetingPanels = new Map<string, string>();

async function panelOfMeeting(meetingId: string): Promise<string | null> {
  const known = meetingPanels.get(meetingId);
  if (known) return known;
  const meeting = await db().meeting.findUnique({ where: { id: meetingId }, select: { panelId: true } });
  if (!meeting) return null;
  if (meetingPanels.size > 10_000) meetingPanels.clear();
  meetingPanels.set(meetingId, meeting.panelId);
  return meeting.panelId;
}

/** Null when the meeting does not exist, or the person is neither in its panel nor a site admin. */
export async function getLiveAccess(personId: string, meetingId: string): Promise<LiveAccess | null> {
  const panelId = await panelOfMeeting(meetingId);
  if (!panelId) return null;
  const person = await db().person.findUnique({
    where: { id: personId },
    select: {
      name: true,
      preferredName: true,
      isSiteAdmin: true,
      active: true,
      memberships: { where: { panelId }, select: { role: true } },
    },
  });
  if (!person || !person.active) return null;
  const roles = person.memberships.map((m) => m.role);
  if (roles.length === 0 && !person.isSiteAdmin) return null;
  const has = (allowed: readonly PanelRole[]) => person.isSiteAdmin || roles.some((r) => allowed.includes(r));
  const canSeeQueue = has(ORGANISER_ROLES);
  const named = canSeeQueue
    ? false
    : (await db().meetingNoteTaker.count({ where: { meetingId, personId } })) > 0;
  return {
    personId,
    name: person.preferredName || person.name,
    meetingId,
    panelId,
    roles,
    isSiteAdmin: person.isSiteAdmin,
    canTakeNotes: canSeeQueue || named,
    canChair: has(CHAIR_ROLES),
    canSeeQueue,
  };
}
