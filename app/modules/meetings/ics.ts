// A calendar invitation for one meeting (RFC 5545 iCalendar, one VEVENT), written by hand: the
// format is small and a pure function is easy to test. Browser-safe: no server imports.

export type CalendarMeeting = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  venueName: string;
  venueAddress: string;
  venueAccess: string;
  onlineLink: string;
  cancelled: boolean;
  /** The meeting's page, for the URL property and the description. */
  pageUrl: string;
};

const CRLF = "\r\n";

/** 20270317T140000Z: UTC, as RFC 5545's "form #2" date-time. */
function icsDateTime(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** TEXT values: backslash, semicolon and comma escaped; every kind of line break becomes \n. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Lines longer than 75 octets are folded: CRLF then a space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let current = "";
  let octets = 0;
  // The first line may hold 75 octets; a continuation holds 74 after its leading space.
  let limit = 75;
  for (const character of line) {
    const size = encoder.encode(character).length;
    if (octets + size > limit) {
      pieces.push(current);
      current = "";
      octets = 0;
      limit = 74;
    }
    current += character;
    octets += size;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}

function oneLine(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .join(", ");
}

/** Where to go: the venue's name and address, or the joining link when there is no venue. */
function meetingLocation(meeting: Pick<CalendarMeeting, "venueName" | "venueAddress" | "onlineLink">): string {
  const venue = [meeting.venueName.trim(), oneLine(meeting.venueAddress)].filter(Boolean).join(", ");
  return venue || meeting.onlineLink;
}

function description(meeting: CalendarMeeting): string {
  return [
    meeting.venueAccess.trim() ? `Access information: ${meeting.venueAccess.trim()}` : "",
    meeting.onlineLink ? `Join online: ${meeting.onlineLink}` : "",
    `Reply, see the papers and what is arranged: ${meeting.pageUrl}`,
  ]
    .filter(Boolean)
    .join("\n");
}

/** The whole .ics file, CRLF line endings, folded. `stamp` is when the file was made (DTSTAMP). */
export function meetingCalendar(meeting: CalendarMeeting, stamp: Date): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Panel//Meetings//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    // Stable per meeting, so opening the file again updates the event rather than adding another.
    `UID:${meeting.id}@panel`,
    `DTSTAMP:${icsDateTime(stamp)}`,
    `DTSTART:${icsDateTime(meeting.startsAt)}`,
    `DTEND:${icsDateTime(meeting.endsAt)}`,
    `SUMMARY:${escapeText(meeting.cancelled ? `Cancelled: ${meeting.title}` : meeting.title)}`,
    `LOCATION:${escapeText(meetingLocation(meeting))}`,
    `DESCRIPTION:${escapeText(description(meeting))}`,
    `URL:${meeting.pageUrl}`,
    `STATUS:${meeting.cancelled ? "CANCELLED" : "CONFIRMED"}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
