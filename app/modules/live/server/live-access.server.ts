// Who may do what in a live meeting, read fresh from the database for every event (not only at
// join), so a role taken away or a member removed stops working at once.
import type { PanelRole } from "../../../generated/prisma/enums.ts";
import { db } from "../../../services.server.ts";
import { can } from "../../auth/capabilities.ts";
import { readMeetingState } from "../../meetings/meetings.server.ts";

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


// A meeting never moves panel, so its panel can be remembered (bounded, for long-running servers).
const meetingPanels = new Map<string, string>();

async function panelOfMeeting(meetingId: string): Promise<string | null> {
  const known = meetingPanels.get(meetingId);
  if (known) return known;
  const meeting = await readMeetingState(meetingId);
  if (!meeting) return null;
  if (meetingPanels.size > 10_000) meetingPanels.clear();
  meetingPanels.set(meetingId, meeting.panelId);
  return meeting.panelId;
}

type AccessRow = { name: string; preferredName: string; isSiteAdmin: boolean; active: boolean; roles: string; named: boolean };

/** Null when the meeting does not exist, or the person is neither in its panel nor a site admin. */
export async function getLiveAccess(personId: string, meetingId: string): Promise<LiveAccess | null> {
  const panelId = await panelOfMeeting(meetingId);
  if (!panelId) return null;
  // One query for the person, their roles in this panel and whether the chair named them to take
  // notes: it runs for every event, and for every page joining at once after a restart. It reads
  // people's and panels' tables itself (issue 11 leaves this one crossing): split behind their
  // functions it would be three queries (measured: Prisma reads each nested relation in a query of
  // its own), so the access check on every event would cost three round trips instead of one.
  const rows = await db().$queryRaw<AccessRow[]>`
    SELECT p."name", p."preferredName", p."isSiteAdmin", p."active",
           COALESCE((SELECT string_agg(m."role"::text, ',') FROM "Membership" m
                     WHERE m."personId" = p."id" AND m."panelId" = ${panelId}), '') AS "roles",
           EXISTS (SELECT 1 FROM "MeetingNoteTaker" t
                   WHERE t."meetingId" = ${meetingId} AND t."personId" = p."id") AS "named"
    FROM "Person" p WHERE p."id" = ${personId}`;
  const person = rows[0];
  if (!person || !person.active) return null;
  const roles = person.roles ? (person.roles.split(",") as PanelRole[]) : [];
  if (roles.length === 0 && !person.isSiteAdmin) return null;
  const holder = { isSiteAdmin: person.isSiteAdmin, roles };
  // Organisers see hands, "I don't understand", comments and break requests, and always take notes.
  const canSeeQueue = can(holder, "organisesMeetings");
  const named = !canSeeQueue && person.named;
  return {
    personId,
    name: person.preferredName || person.name,
    meetingId,
    panelId,
    roles,
    isSiteAdmin: person.isSiteAdmin,
    canTakeNotes: canSeeQueue || named,
    canChair: can(holder, "chairs"),
    canSeeQueue,
  };
}
