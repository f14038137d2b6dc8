// What the chair and lead officer should check before the agenda goes out (issue 4, "Chair and
// lead officer build the agenda"): a break in long meetings, time enough for what is planned, and
// items that feed a council decision. Plain, so they are tested without the database.
import { formatDayInSentence } from "../../dates.ts";

/** Meetings longer than this need at least one break. */
const LONG_MEETING_MINUTES = 90;
/** With no next meeting scheduled, a decision within this many months of the meeting is "soon". */
const NO_NEXT_MEETING_MONTHS = 3;

export const NO_BREAK_WARNING = "This meeting is longer than 90 minutes and has no break. Add at least one break.";

export type CheckedLine = { kind: "BREAK"; minutes: number } | { kind: "ITEM"; title: string; minutes: number; councilDecisionDate: Date | null };

export type AgendaCheckInput = {
  startsAt: Date;
  endsAt: Date;
  lines: readonly CheckedLine[];
  /** The panel's proposed items that are not on this agenda. */
  notOnAgenda: readonly { title: string; councilDecisionDate: Date | null }[];
  /** When the panel's next meeting after this one starts, if one is scheduled. */
  nextMeetingStartsAt: Date | null;
  timeZone: string;
};

function addMonths(instant: Date, months: number): Date {
  const moved = new Date(instant);
  moved.setUTCMonth(moved.getUTCMonth() + months);
  return moved;
}

/** The warnings to show, most pressing first; none when all is well. */
export function checkAgenda(input: AgendaCheckInput): string[] {
  const warnings: string[] = [];
  const meetingMinutes = Math.round((input.endsAt.getTime() - input.startsAt.getTime()) / 60_000);
  const plannedMinutes = input.lines.reduce((sum, line) => sum + line.minutes, 0);
  const date = (instant: Date) => formatDayInSentence(instant, input.timeZone);

  if (meetingMinutes > LONG_MEETING_MINUTES && !input.lines.some((line) => line.kind === "BREAK")) warnings.push(NO_BREAK_WARNING);
  if (plannedMinutes > meetingMinutes) {
    warnings.push(
      `The agenda plans ${plannedMinutes} minutes, but the meeting is ${meetingMinutes} minutes long. Shorten some items or carry them to the next meeting.`,
    );
  }
  for (const line of input.lines) {
    if (line.kind === "ITEM" && line.councilDecisionDate && line.councilDecisionDate < input.startsAt) {
      warnings.push(`Too late to influence: '${line.title}' feeds the council decision on ${date(line.councilDecisionDate)}, which is before this meeting.`);
    }
  }
  // Decisions after this meeting and before the next one: the last chance to influence them.
  const horizon = input.nextMeetingStartsAt ?? addMonths(input.startsAt, NO_NEXT_MEETING_MONTHS);
  const why = input.nextMeetingStartsAt ? "before the next meeting" : "and no other meeting is scheduled before then";
  for (const item of input.notOnAgenda) {
    const decision = item.councilDecisionDate;
    if (decision && decision >= input.startsAt && decision < horizon) {
      warnings.push(`Left out: '${item.title}' feeds the council decision on ${date(decision)}, ${why}.`);
    }
  }
  return warnings;
}
