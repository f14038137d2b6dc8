// A meeting's agenda in words, as people read it on the agenda page, in large print and in the
// exports: times and dates in the panel's time zone, kinds in words, late papers spelled out
// (issue 4, "Agenda page"; R6.4). Plain data with no Dates, so a loader can send it to the browser
// and the text export can use the same words as the page.
import { formatClockTime, formatDayInSentence, formatLongDate, utcToZonedDateTime } from "../../dates.ts";
import { markTerms, type GlossaryEntry } from "../glossary/mark-terms.ts";
import type { Agenda } from "./agenda.server.ts";
import { agendaItemTypeLabels, proposedAsLabels } from "./schema.ts";

/** What people who do not organise the meeting are told before the first version is published. */
export const NOT_PUBLISHED_YET = "The agenda has not been published yet. You will be told when it is.";

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "3 Mar": short, for a note beside an item. */
function formatDayMonth(instant: Date, timeZone: string): string {
  const [, month, day] = utcToZonedDateTime(instant, timeZone).date.split("-").map(Number) as [number, number, number];
  return `${day} ${SHORT_MONTHS[month - 1]}`;
}

/** "Late paper: arrived 3 Mar, after the deadline of 1 Mar" */
function latePaperNote(receivedAt: Date, papersDeadline: Date, timeZone: string): string {
  return `Late paper: arrived ${formatDayMonth(receivedAt, timeZone)}, after the deadline of ${formatDayMonth(papersDeadline, timeZone)}`;
}

/** "1 hour 30 minutes", "45 minutes" */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [hours ? `${hours} hour${hours === 1 ? "" : "s"}` : "", rest || !hours ? `${rest} minute${rest === 1 ? "" : "s"}` : ""];
  return parts.filter(Boolean).join(" ");
}

export type AgendaDocumentLine =
  | { kind: "BREAK"; entryId: string; time: string; title: string; minutes: number }
  | {
      kind: "ITEM";
      entryId: string;
      itemId: string;
      number: number;
      time: string;
      title: string;
      about: string;
      type: string;
      presenter: string;
      minutes: number;
      proposedAs: string;
      relatedRecommendations: string[];
      councilDecision: string;
      councilDecisionDate: string | null;
      paperLink: string;
      /** "Paper arrived 3 Mar" when it came in time; null when there is no paper yet. */
      paperNote: string | null;
      /** The late paper note (R6.4), or null. */
      latePaper: string | null;
      /** "Carried from 3 March 2027", or null. */
      carriedFrom: string | null;
    };

export type AgendaVersion = { number: number; publishedOn: string; reason: string };

export type AgendaDocument = {
  panelName: string;
  meetingTitle: string;
  when: string;
  venueName: string;
  venueAddress: string[];
  venueAccess: string;
  onlineLink: string;
  papersDeadline: string;
  decisions: string[];
  cancelled: boolean;
  /** The published version shown, or null for the draft. */
  version: AgendaVersion | null;
  lines: AgendaDocumentLine[];
  plannedMinutes: number;
  /** When the last line is planned to end: "4:05pm". */
  plannedEnd: string;
};

export type AgendaMeeting = {
  title: string;
  startsAt: Date;
  endsAt: Date;
  venueName: string;
  venueAddress: string;
  venueAccess: string;
  onlineLink: string;
  papersDeadline: Date;
  cancelledAt: Date | null;
  decisionDates: { title: string; decidesOn: Date }[];
};

export function describeAgenda(input: {
  agenda: Agenda;
  meeting: AgendaMeeting;
  panelName: string;
  timeZone: string;
  /** The dates of the meetings items were carried from, by meeting id. */
  carriedFrom: ReadonlyMap<string, Date>;
  version: AgendaVersion | null;
}): AgendaDocument {
  const { agenda, meeting, timeZone: zone } = input;
  const time = (instant: Date) => formatClockTime(instant, zone);
  return {
    panelName: input.panelName,
    meetingTitle: meeting.title,
    when: `${formatLongDate(meeting.startsAt, zone)}, ${time(meeting.startsAt)} to ${time(meeting.endsAt)}`,
    venueName: meeting.venueName,
    venueAddress: meeting.venueAddress.split(/\r?\n/).filter(Boolean),
    venueAccess: meeting.venueAccess,
    onlineLink: meeting.onlineLink,
    papersDeadline: `${time(meeting.papersDeadline)} on ${formatLongDate(meeting.papersDeadline, zone)}`,
    decisions: meeting.decisionDates.map((d) => `${d.title}: ${formatDayInSentence(d.decidesOn, zone)}`),
    cancelled: Boolean(meeting.cancelledAt),
    version: input.version,
    plannedMinutes: agenda.plannedMinutes,
    plannedEnd: time(new Date(agenda.startsAt.getTime() + agenda.plannedMinutes * 60_000)),
    lines: agenda.lines.map((line): AgendaDocumentLine => {
      if (line.kind === "BREAK") return { kind: "BREAK", entryId: line.entryId, time: time(line.startsAt), title: line.title, minutes: line.minutes };
      const carriedFrom = line.carriedFromMeetingId ? input.carriedFrom.get(line.carriedFromMeetingId) : undefined;
      return {
        kind: "ITEM",
        entryId: line.entryId,
        itemId: line.itemId,
        number: line.number,
        time: time(line.startsAt),
        title: line.title,
        about: line.about,
        type: agendaItemTypeLabels[line.type] ?? line.type,
        presenter: line.presenter,
        minutes: line.minutes,
        proposedAs: proposedAsLabels[line.proposedAs] ?? "",
        relatedRecommendations: line.relatedRecommendations,
        councilDecision: line.councilDecision,
        councilDecisionDate: line.councilDecisionDate ? formatDayInSentence(line.councilDecisionDate, zone) : null,
        paperLink: line.paperLink,
        paperNote: line.paperReceivedAt && !line.latePaper ? `Paper arrived ${formatDayMonth(line.paperReceivedAt, zone)}` : null,
        latePaper: line.latePaper && line.paperReceivedAt ? latePaperNote(line.paperReceivedAt, agenda.papersDeadline, zone) : null,
        carriedFrom: carriedFrom ? `Carried from ${formatDayInSentence(carriedFrom, zone)}` : null,
      };
    }),
  };
}

/** The glossary terms the agenda's text uses, in the order they first appear: for print and export. */
export function glossaryTermsUsed(document: AgendaDocument, glossary: readonly GlossaryEntry[]): GlossaryEntry[] {
  const used = new Map<string, GlossaryEntry>();
  for (const line of document.lines) {
    if (line.kind !== "ITEM") continue;
    for (const text of [line.about, line.councilDecision]) {
      for (const segment of markTerms(text, glossary)) {
        if (segment.kind === "term" && !used.has(segment.term)) used.set(segment.term, { term: segment.term, explanation: segment.explanation });
      }
    }
  }
  return [...used.values()];
}
