// "What your supporters have done for you": every audit entry a supporter made for the member
// (onBehalfOfId), newest first, in plain words. The member sees all of it, so nothing is hidden.
import { formatLongDate } from "../../dates.ts";
import { auditEventsOnBehalfOf } from "../audit/audit.server.ts";
import { meetingTitles } from "../meetings/meetings.server.ts";
import { namesOfPeople } from "../people/people.server.ts";
import { describeDoneForYou, type DoneForYou } from "./activity.ts";

const SHOWN = 50;

export async function listDoneForMember(memberId: string): Promise<{ id: string; text: string }[]> {
  const events = await auditEventsOnBehalfOf(memberId, SHOWN);
  const meetingIds = events.flatMap((e) => {
    const meetingId = e.entityType === "Meeting" ? e.entityId : (e.after as { meetingId?: unknown } | null)?.meetingId;
    return typeof meetingId === "string" ? [meetingId] : [];
  });
  const [names, titles] = await Promise.all([
    namesOfPeople(events.flatMap((e) => (e.actorId ? [e.actorId] : []))),
    // Titles only, of meetings the member's own replies and choices were about.
    meetingTitles(meetingIds),
  ]);
  return events.map((event) => {
    const after = (event.after ?? {}) as Record<string, unknown>;
    const meetingId = event.entityType === "Meeting" ? event.entityId : typeof after.meetingId === "string" ? after.meetingId : null;
    const done: DoneForYou = {
      action: event.action,
      actorName: (event.actorId && names.get(event.actorId)) || "Someone who has left",
      on: formatLongDate(event.at),
      meetingTitle: meetingId ? (titles.get(meetingId) ?? null) : null,
      itemTitle: typeof after.title === "string" ? after.title : null,
      mode: typeof after.mode === "string" ? after.mode : null,
    };
    return { id: event.id.toString(), text: describeDoneForYou(done) };
  });
}
