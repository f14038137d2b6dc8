// What the agenda builder page shows, shaped for display: the agenda as a document, the proposed
// items with their labels, the values each line's forms start with, and the banner or polite
// status message after a change, read from the address redirected to (issue 4).
import { dateInputValue, formatDayInSentence, timeInputValue, utcToZonedDateTime } from "../../dates.ts";
import { describeWhen } from "../meetings/meetings.server.ts";
import type { LineFormValues } from "./agenda-builder-forms.tsx";
import type { loadAgendaBuilder } from "./agenda-builder.server.ts";
import { describeAgenda, formatDuration, type AgendaDocument, type AgendaDocumentLine, type AgendaMeeting } from "./agenda-format.ts";
import { proposedAsLabels } from "./schema.ts";

type Builder = NonNullable<Awaited<ReturnType<typeof loadAgendaBuilder>>>;
type Meeting = AgendaMeeting & { id: string };

/** The success banner and the polite status message after a change, from the address redirected to. */
function afterChange(search: URLSearchParams, document: AgendaDocument, candidates: { id: string; title: string }[], nextMeeting: string | null) {
  const line = (param: string) => document.lines.find((l) => l.entryId === search.get(param));
  const item = (param: string) => candidates.find((c) => c.id === search.get(param));
  const name = (l: AgendaDocumentLine) => `'${l.title}'`;
  const direction = search.get("to") === "down" ? "down" : "up";
  const moved = line("moved");
  if (moved) {
    const index = document.lines.indexOf(moved);
    const after = document.lines[index - 1];
    const where = moved.kind === "ITEM" ? `to number ${moved.number}` : after ? `to after ${name(after)}` : "to the start";
    return { status: `Moved ${name(moved)} ${direction} ${where}`, focus: `move-${direction}-${moved.entryId}`, banner: null };
  }
  const unmoved = line("unmoved");
  if (unmoved) {
    return {
      status: `${name(unmoved)} is already ${direction === "up" ? "first" : "last"} on the agenda, so it was not moved`,
      focus: `move-${direction}-${unmoved.entryId}`,
      banner: null,
    };
  }
  const added = line("added");
  if (added) {
    const where = added.kind === "ITEM" ? `as number ${added.number}` : "at the end";
    return { banner: `${name(added)} is on the agenda ${where}. Use Move up to put it in place.`, focus: `entry-${added.entryId}`, status: null };
  }
  const timed = line("timing");
  if (timed) return { banner: `The time for ${name(timed)} is saved.`, focus: `entry-${timed.entryId}`, status: null };
  const paper = line("paper");
  if (paper && paper.kind === "ITEM") {
    const late = paper.latePaper ? ` It is a late paper: ${paper.latePaper.replace(/^Late paper: /, "")}.` : "";
    return { banner: `The paper for ${name(paper)} is recorded.${late}`, focus: `entry-${paper.entryId}`, status: null };
  }
  const removed = item("removed");
  if (removed) return { banner: `'${removed.title}' is off the agenda and back with the proposed items.`, focus: "agenda-so-far", status: null };
  const carried = item("carried");
  if (carried) {
    const next = nextMeeting ? ` It is among the items for ${nextMeeting}.` : " No next meeting is scheduled yet.";
    return { banner: `'${carried.title}' is carried to the next meeting.${next}`, focus: "agenda-so-far", status: null };
  }
  if (search.get("breakRemoved") === "1") return { banner: "The break is removed.", focus: "agenda-so-far", status: null };
  return { banner: null, focus: null, status: null };
}

/** The builder page's data, from what loadAgendaBuilder read and the address (for the banner). */
export function describeBuilder(panel: { id: string; name: string; timeZone: string }, meeting: Meeting, builder: Builder, search: URLSearchParams) {
  const zone = panel.timeZone;
  const document = describeAgenda({ agenda: builder.agenda, meeting, panelName: panel.name, timeZone: zone, carriedFrom: builder.carriedFrom, version: null });
  const candidates = builder.candidates.map((c) => ({
    id: c.id,
    title: c.title,
    points: c.points,
    people: c.people,
    minutesNeeded: c.minutesNeeded,
    proposedAs: proposedAsLabels[c.proposedAs],
    carriedFrom: c.carriedFromMeetingId && builder.carriedFrom.has(c.carriedFromMeetingId) ? `Carried from ${formatDayInSentence(builder.carriedFrom.get(c.carriedFromMeetingId)!, zone)}` : null,
  }));
  const nextMeeting = builder.nextMeeting ? `${builder.nextMeeting.title} on ${formatDayInSentence(builder.nextMeeting.startsAt, zone)}` : null;
  const meetingMinutes = Math.round((meeting.endsAt.getTime() - meeting.startsAt.getTime()) / 60_000);
  return {
    panel: { id: panel.id, name: panel.name },
    meeting: { id: meeting.id, title: meeting.title, when: describeWhen(meeting, zone), cancelled: Boolean(meeting.cancelledAt), length: formatDuration(meetingMinutes) },
    document,
    formValues: Object.fromEntries<LineFormValues>(
      builder.agenda.lines.map((line) => {
        const arrived = line.kind === "ITEM" && line.paperReceivedAt ? utcToZonedDateTime(line.paperReceivedAt, zone) : null;
        return [
          line.entryId,
          {
            minutes: String(line.minutes),
            presenter: line.kind === "ITEM" ? line.presenter : "",
            ...dateInputValue("paperDate", arrived?.date),
            paperTime: timeInputValue(arrived?.time),
            paperLink: line.kind === "ITEM" ? line.paperLink : "",
          },
        ];
      }),
    ),
    warnings: builder.warnings,
    candidates,
    voters: builder.voters,
    nextMeeting,
    ...afterChange(search, document, candidates, nextMeeting),
  };
}
