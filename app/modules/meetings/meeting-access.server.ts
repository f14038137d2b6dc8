// One call for every meeting page: the person is in the panel (or a site admin), the meeting is
// this panel's, and then they may do what the page is for. The meeting is looked up before the
// role is checked, so another panel's meeting id is "not found" for everyone, whatever their role.
import { forbidden, notFound, requireId, requirePanelRole, type PanelAccess } from "../auth/permissions.server.ts";
import { findMeeting, getMeetingPanel, type Meeting, type MeetingPanel } from "./meetings.server.ts";
import { canOrganiseMeetings, canReplyToMeetings } from "./permissions.server.ts";

type MeetingAccess = { access: PanelAccess; panel: MeetingPanel; meeting: Meeting };

const allowed = {
  view: () => true,
  organise: canOrganiseMeetings,
  reply: canReplyToMeetings,
} satisfies Record<string, (access: PanelAccess) => boolean>;

export async function requireMeeting(
  request: Request,
  params: { panelId?: string; meetingId?: string },
  purpose: keyof typeof allowed,
): Promise<MeetingAccess> {
  const access = await requirePanelRole(request, params.panelId);
  const meetingId = requireId(params.meetingId);
  const [panel, meeting] = await Promise.all([getMeetingPanel(access.panelId), findMeeting(access.panelId, meetingId)]);
  if (!panel || !meeting) throw notFound();
  if (!allowed[purpose](access)) {
    throw forbidden(purpose === "reply" ? "Only the panel's members and chair reply to meetings" : undefined);
  }
  return { access, panel, meeting };
}
