// "What is next for you" on the home page (issue 10, "Journeys the way people take them"): per
// panel the person is in, the meetings not yet over and what they can do for each, in words. It
// only composes other features' exported readers; the panels come from the person's memberships,
// so another panel's meetings never appear.
import type { PanelRole } from "../../generated/prisma/enums.ts";
import { canPrioritise, countOwnPriorities, isPrioritisingOpen } from "../agendas/agendas.server.ts";
import { describePublicationStatus } from "../agendas/publish.server.ts";
import { PRIORITY_PLACES } from "../agendas/schema.ts";
import type { Actor } from "../auth/actor.server.ts";
import { can } from "../auth/capabilities.ts";
import { describePapersDeadline, describeWhen, listUpcomingMeetingsForPerson } from "../meetings/meetings.server.ts";
import { replyClosedReason } from "../meetings/replies.server.ts";
import type { ReplyMode } from "../meetings/schema.ts";
import type { PanelSummary } from "../panels/panels.server.ts";

/** Meetings shown per panel; the rest are on the panel's meetings page. */
const MEETINGS_PER_PANEL = 3;

/** A thing to do, with its status in words (a tag marks what still needs doing, never colour alone). */
export type NextTask = { name: string; href: string; hint: string | null; status: string; toDo: boolean };

export type NextMeeting = {
  id: string;
  title: string;
  href: string;
  when: string;
  papersDeadline: string;
  cancelled: boolean;
  happeningNow: boolean;
  tasks: NextTask[];
};

export type PanelNext = { id: string; name: string; meetings: NextMeeting[]; moreMeetings: boolean; suggestHref: string };

const replyStatus: Record<ReplyMode, string> = {
  IN_PERSON: "Coming in person",
  ONLINE: "Joining online",
  APOLOGIES: "Sent apologies",
};

const numberWords = ["no", "one", "two", "three", "four", "five"];
const placesInWords = numberWords[PRIORITY_PLACES.length] ?? String(PRIORITY_PLACES.length);

function prioritiesStatus(chosen: number): { status: string; toDo: boolean } {
  if (chosen === 0) return { status: "Not started", toDo: true };
  if (chosen < PRIORITY_PLACES.length) return { status: `${chosen} of ${PRIORITY_PLACES.length} chosen`, toDo: false };
  return { status: "Done", toDo: false };
}

type Viewer = Actor;

export async function loadWhatIsNext(viewer: Viewer, panels: readonly PanelSummary[], now = new Date()): Promise<PanelNext[]> {
  const meetings = await listUpcomingMeetingsForPerson(
    panels.map((p) => p.id),
    viewer.personId,
    now,
  );
  const chosen = await countOwnPriorities(
    meetings.map((m) => m.id),
    viewer.personId,
  );
  return Promise.all(
    panels.map(async (panel) => {
      const ofPanel = meetings.filter((m) => m.panelId === panel.id);
      const shown = await Promise.all(ofPanel.slice(0, MEETINGS_PER_PANEL).map((meeting) => describeMeeting(meeting, panel.roles, viewer, chosen.get(meeting.id) ?? 0, now)));
      return {
        id: panel.id,
        name: panel.name,
        meetings: shown,
        moreMeetings: ofPanel.length > MEETINGS_PER_PANEL,
        suggestHref: `/panels/${panel.id}/agenda-items/new`,
      };
    }),
  );
}

type UpcomingMeeting = Awaited<ReturnType<typeof listUpcomingMeetingsForPerson>>[number];

async function describeMeeting(meeting: UpcomingMeeting, roles: PanelRole[], viewer: Viewer, chosen: number, now: Date): Promise<NextMeeting> {
  const href = `/panels/${meeting.panelId}/meetings/${meeting.id}`;
  const deadline = describePapersDeadline(meeting, meeting.timeZone);
  const cancelled = Boolean(meeting.cancelledAt);
  const happeningNow = !cancelled && meeting.startsAt <= now;
  const tasks: NextTask[] = [];
  const holder = { isSiteAdmin: viewer.isSiteAdmin ?? false, roles };
  const chair = can(holder, "chairs");
  if (happeningNow) {
    tasks.push({ name: chair ? "Run the meeting live" : "Follow the meeting live", href: `${href}/live`, hint: null, status: "Happening now", toDo: true });
  }
  if (!cancelled && can(holder, "takesPartAsMember") && !replyClosedReason(meeting, now)) {
    tasks.push({
      name: "Say if you are coming",
      href: `${href}/reply`,
      hint: meeting.yourReply ? "You can change your reply until the meeting starts" : null,
      status: meeting.yourReply ? replyStatus[meeting.yourReply] : "Not replied yet",
      toDo: !meeting.yourReply,
    });
  }
  if (canPrioritise(holder) && isPrioritisingOpen(meeting, now)) {
    tasks.push({
      name: `Choose your ${placesInWords} most important items`,
      href: `${href}/priorities`,
      hint: `You can choose or change them until ${deadline}`,
      ...prioritiesStatus(chosen),
    });
  }
  if (isPrioritisingOpen(meeting, now)) {
    tasks.push({
      name: "Suggest an item for the agenda",
      href: `/panels/${meeting.panelId}/agenda-items/new?meeting=${meeting.id}`,
      hint: `Suggest it by ${deadline} so members can choose it for this meeting`,
      status: "Optional",
      toDo: false,
    });
  }
  if (!cancelled && !happeningNow && can(holder, "organisesMeetings")) {
    const publication = await describePublicationStatus(meeting.id, meeting.timeZone);
    tasks.push({
      name: "Prepare the agenda",
      href: `${href}/agenda/build`,
      hint: "Build it from the items members ranked highest, then publish it",
      status: publication.text,
      toDo: !publication.published,
    });
  }
  return { id: meeting.id, title: meeting.title, href, when: describeWhen(meeting, meeting.timeZone), papersDeadline: deadline, cancelled, happeningNow, tasks };
}
