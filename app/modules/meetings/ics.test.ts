import { describe, expect, it } from "vitest";
import { escapeText, foldLine, meetingCalendar, type CalendarMeeting } from "./ics.ts";

const meeting: CalendarMeeting = {
  id: "00000000-0000-4000-8000-000000000599",
  title: "Panel meeting: budgets, direct payments; and more",
  startsAt: new Date("2027-03-17T14:00:00Z"),
  endsAt: new Date("2027-03-17T16:00:00Z"),
  venueName: "Civic Centre, Room 4",
  venueAddress: "1 High Street\nWessex\nWX1 1AA",
  venueAccess: "Step-free entrance on Bridge Road; hearing loop in Room 4.",
  onlineLink: "https://meet.example.org/panel?id=1,2",
  cancelled: false,
  pageUrl: "https://panel.example.org/panels/p/meetings/m",
};

/** Unfolded content lines, as a calendar program reads them. */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n /g, "").split("\r\n").filter(Boolean);
}

function property(ics: string, name: string): string | undefined {
  return unfold(ics)
    .find((line) => line.startsWith(`${name}:`))
    ?.slice(name.length + 1);
}

describe("a meeting's calendar file", () => {
  it("is one VEVENT in a VCALENDAR, with CRLF line endings", () => {
    const ics = meetingCalendar(meeting, new Date("2026-11-23T17:30:05.123Z"));
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    expect(unfold(ics).filter((l) => l === "BEGIN:VEVENT")).toHaveLength(1);
  });

  it("has a stable UID and UTC times ending in Z", () => {
    const ics = meetingCalendar(meeting, new Date("2026-11-23T17:30:05.123Z"));
    expect(property(ics, "UID")).toBe(`${meeting.id}@panel`);
    expect(property(meetingCalendar(meeting, new Date()), "UID")).toBe(property(ics, "UID"));
    expect(property(ics, "DTSTAMP")).toBe("20261123T173005Z");
    expect(property(ics, "DTSTART")).toBe("20270317T140000Z");
    expect(property(ics, "DTEND")).toBe("20270317T160000Z");
    expect(property(ics, "URL")).toBe(meeting.pageUrl);
    expect(property(ics, "STATUS")).toBe("CONFIRMED");
  });

  it("escapes commas, semicolons, backslashes and line breaks in text", () => {
    const ics = meetingCalendar(meeting, new Date());
    expect(property(ics, "SUMMARY")).toBe("Panel meeting: budgets\\, direct payments\\; and more");
    expect(property(ics, "LOCATION")).toBe("Civic Centre\\, Room 4\\, 1 High Street\\, Wessex\\, WX1 1AA");
    expect(property(ics, "DESCRIPTION")).toBe(
      "Access information: Step-free entrance on Bridge Road\\; hearing loop in Room 4.\\n" +
        "Join online: https://meet.example.org/panel?id=1\\,2\\n" +
        "Reply\\, see the papers and what is arranged: https://panel.example.org/panels/p/meetings/m",
    );
    expect(escapeText("a\\b\r\nc\rd")).toBe("a\\\\b\\nc\\nd");
  });

  it("uses the joining link as the location of an online-only meeting, and marks a cancelled one", () => {
    const ics = meetingCalendar({ ...meeting, venueName: "", venueAddress: "", cancelled: true }, new Date());
    expect(property(ics, "LOCATION")).toBe("https://meet.example.org/panel?id=1\\,2");
    expect(property(ics, "STATUS")).toBe("CANCELLED");
    expect(property(ics, "SUMMARY")).toMatch(/^Cancelled: /);
  });

  it("folds lines at 75 octets without splitting a character", () => {
    const ics = meetingCalendar({ ...meeting, title: "Café – " + "é".repeat(80) }, new Date());
    const encoder = new TextEncoder();
    for (const line of ics.split("\r\n")) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(property(ics, "SUMMARY")).toBe("Café – " + "é".repeat(80));
    expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
    expect(foldLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
    expect(foldLine("x".repeat(150)).split("\r\n").map((l) => l.length)).toEqual([75, 75, 2]);
  });
});
