// A meeting in words, and what changed when an organiser saved it: the changes people invited must
// be told of (issue 10). Only when and where the meeting is count; a corrected title, papers
// deadline or council decision does not send everyone a message.
import { formatClockTime, formatLongDate } from "../../dates.ts";
import type { CalendarMeeting } from "./ics.ts";

export type MeetingDetails = Pick<CalendarMeeting, "startsAt" | "endsAt" | "venueName" | "venueAddress" | "venueAccess" | "onlineLink">;

export type MeetingChange = {
  what: "When" | "Where" | "Access" | "Joining online";
  /** One line each (a venue's name, then its address lines). */
  was: string[];
  now: string[];
};

/** "Wednesday 17 March 2027, 2pm to 4pm" */
export function describeWhen(meeting: Pick<MeetingDetails, "startsAt" | "endsAt">, timeZone: string): string {
  return `${formatLongDate(meeting.startsAt, timeZone)}, ${formatClockTime(meeting.startsAt, timeZone)} to ${formatClockTime(meeting.endsAt, timeZone)}`;
}

/** The venue's name and address, one line each; empty when the meeting is online only. */
export function venueLines(meeting: Pick<MeetingDetails, "venueName" | "venueAddress">): string[] {
  return [meeting.venueName.trim(), ...meeting.venueAddress.split(/\r?\n/).map((line) => line.trim())].filter(Boolean);
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((line, i) => line === b[i]);

/**
 * What is different about when and where the meeting is, old and new in words, in the order the
 * invitation gives them. Empty when nothing that matters to people coming has changed (spaces at
 * the ends of lines do not count). A meeting always has a venue or a link, so an empty one reads
 * as the other way of taking part.
 */
export function meetingChanges(before: MeetingDetails, after: MeetingDetails, timeZone: string): MeetingChange[] {
  const changes: MeetingChange[] = [];
  const add = (what: MeetingChange["what"], was: string[], now: string[], empty: string) => {
    if (!same(was, now)) changes.push({ what, was: was.length ? was : [empty], now: now.length ? now : [empty] });
  };
  add("When", [describeWhen(before, timeZone)], [describeWhen(after, timeZone)], "");
  add("Where", venueLines(before), venueLines(after), "Online only");
  add("Access", lines(before.venueAccess), lines(after.venueAccess), "No access information");
  add("Joining online", lines(before.onlineLink), lines(after.onlineLink), "In person only: no online joining");
  return changes;
}

function lines(text: string): string[] {
  const trimmed = text.trim();
  return trimmed ? [trimmed] : [];
}
