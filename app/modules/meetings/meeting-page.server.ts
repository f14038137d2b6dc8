// What a member's meeting page shows, in words: the meeting, the replies (names and needs only for
// organisers), setting the agenda, matters arising and the organiser's links.
import { bannerFrom } from "../../components/banner.tsx";
import type { PanelAccess } from "../auth/permissions.server.ts";
import { isPrioritisingOpen } from "../agendas/agendas.server.ts";
import { describePublicationStatus } from "../agendas/publish.server.ts";
import { listMattersArising } from "../minutes/actions.server.ts";
import { meetingOverview, summariseMeeting, type Meeting, type MeetingPanel } from "./meetings.server.ts";
import { replyClosedReason } from "./replies.server.ts";
import { yourReplyLabels } from "./schema.ts";

const banners: Record<string, string> = {
  scheduled: "The meeting is scheduled.",
  saved: "Your changes to the meeting are saved.",
  changed: "Your changes to the meeting are saved. Everyone invited is being told what has changed, in the way they asked.",
  cancelled: "The meeting is cancelled.",
  replied: "Thank you. Your reply is saved.",
  attendance: "Attendance is saved.",
  proposed: "Thank you. Your item is on the list members choose from.",
};

export async function describeMeetingPage(access: PanelAccess, panel: MeetingPanel, meeting: Meeting, search: URLSearchParams, now = new Date()) {
  const organiser = access.can("organisesMeetings");
  const overview = await meetingOverview(meeting, { personId: access.session.person.id, organiser });
  return {
    panel: { id: panel.id, name: panel.name },
    meeting: { id: meeting.id, ...summariseMeeting(meeting, panel.timeZone), started: meeting.startsAt <= now },
    overview,
    yourReply: access.can("takesPartAsMember") ? yourReplyLabels[overview.yourReply?.mode ?? "NONE"] : null,
    replyClosed: replyClosedReason(meeting, now),
    // Setting the agenda (issue 10): members find prioritising and proposing from here.
    prioritising: { open: isPrioritisingOpen(meeting, now), mayVote: access.can("takesPartAsMember") },
    mayOrganise: organiser,
    agendaPublication: organiser ? await describePublicationStatus(meeting.id, panel.timeZone) : null,
    // The live page (issue 5): the chair runs it, everyone else in the panel follows it.
    liveLink: access.can("chairs") ? "Run the meeting live" : "Follow the meeting live",
    banner: bannerFrom(search, banners),
    matters: await listMattersArising(panel.id, meeting.id),
  };
}
