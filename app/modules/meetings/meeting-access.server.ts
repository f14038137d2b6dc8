// One call for every meeting page: the person is in the panel (or a site admin), the meeting is
// this panel's, and then they hold the capability the page is for. The meeting is looked up before
// the capability is checked, so another panel's meeting id is "not found" for everyone.
import type { CapabilityName } from "../auth/capabilities.ts";
import { forbidden, notFound, requireCapability, requireId, type PanelAccess } from "../auth/permissions.server.ts";
import { refusalFor } from "../auth/capabilities.ts";
import { findMeeting, getMeetingPanel, type Meeting, type MeetingPanel } from "./meetings.server.ts";

type MeetingAccess = { access: PanelAccess; panel: MeetingPanel; meeting: Meeting };

export async function requireMeeting(
  request: Request,
  params: { panelId?: string; meetingId?: string },
  capability: CapabilityName,
): Promise<MeetingAccess> {
  const access = await requireCapability(request, "belongsToPanel", params.panelId);
  const meetingId = requireId(params.meetingId);
  const [panel, meeting] = await Promise.all([getMeetingPanel(access.panelId), findMeeting(access.panelId, meetingId)]);
  if (!panel || !meeting) throw notFound();
  if (!access.can(capability)) throw forbidden(refusalFor(capability));
  return { access, panel, meeting };
}
