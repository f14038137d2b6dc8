// Who may do what with a meeting's minutes, read fresh from the database each time. Built on the
// live meeting's access (the same people take notes and write them up):
//   - note-takers (the chair, officers, admins, site admins, and members the chair named for this
//     meeting) build the draft and edit it, and see it while it is a draft;
//   - organisers (chair, officers, admins, site admins) also share, approve and publish;
//   - everyone in the panel reads the minutes once shared, and comments while they are shared,
//     except finance staff, who read them but are not part of the panel's discussion.
import { can } from "../auth/capabilities.ts";
import { getLiveAccess } from "../live/server/live-access.server.ts";

export type MinutesRights = {
  personId: string;
  panelId: string;
  /** Build, rebuild and edit the text; see the draft. */
  canWrite: boolean;
  /** Share for comments, approve and publish. */
  canOrganise: boolean;
  canComment: boolean;
};

/** Null when the meeting does not exist or the person is neither in its panel nor a site admin. */
export async function minutesRightsFor(personId: string, meetingId: string): Promise<MinutesRights | null> {
  const access = await getLiveAccess(personId, meetingId);
  if (!access) return null;
  return {
    personId,
    panelId: access.panelId,
    canWrite: access.canTakeNotes,
    canOrganise: access.canSeeQueue,
    canComment: can(access, "commentsOnMinutes"),
  };
}
