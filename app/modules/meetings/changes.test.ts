import { describe, expect, it } from "vitest";
import { meetingChanges, type MeetingDetails } from "./changes.ts";

const zone = "Europe/London";
const meeting: MeetingDetails = {
  startsAt: new Date("2035-07-11T13:00:00Z"),
  endsAt: new Date("2035-07-11T15:00:00Z"),
  venueName: "Civic Centre",
  venueAddress: "Castle Street\nWinchester",
  venueAccess: "Step-free entrance on Bridge Road",
  onlineLink: "https://meet.example.org/panel",
};

describe("what changed about a meeting", () => {
  it("nothing, when only spaces at the ends of lines differ", () => {
    expect(meetingChanges(meeting, { ...meeting, venueName: " Civic Centre ", venueAddress: "Castle Street \r\nWinchester\n" }, zone)).toEqual([]);
  });

  it("a new start or end time, old and new in words in the panel's time zone", () => {
    expect(meetingChanges(meeting, { ...meeting, startsAt: new Date("2035-07-12T14:00:00Z"), endsAt: new Date("2035-07-12T16:30:00Z") }, zone)).toEqual([
      { what: "When", was: ["Wednesday 11 July 2035, 2pm to 4pm"], now: ["Thursday 12 July 2035, 3pm to 5:30pm"] },
    ]);
    expect(meetingChanges(meeting, { ...meeting, endsAt: new Date("2035-07-11T14:00:00Z") }, zone)).toEqual([
      { what: "When", was: ["Wednesday 11 July 2035, 2pm to 4pm"], now: ["Wednesday 11 July 2035, 2pm to 3pm"] },
    ]);
  });

  it("a venue moved, its access and its link, each on its own", () => {
    const moved = { ...meeting, venueName: "Library", venueAddress: "Jewry Street\nWinchester", venueAccess: "", onlineLink: "https://meet.example.org/new" };
    expect(meetingChanges(meeting, moved, zone)).toEqual([
      { what: "Where", was: ["Civic Centre", "Castle Street", "Winchester"], now: ["Library", "Jewry Street", "Winchester"] },
      { what: "Access", was: ["Step-free entrance on Bridge Road"], now: ["No access information"] },
      { what: "Joining online", was: ["https://meet.example.org/panel"], now: ["https://meet.example.org/new"] },
    ]);
  });

  it("a meeting that becomes online only, or in person only, says so in words", () => {
    expect(meetingChanges(meeting, { ...meeting, venueName: "", venueAddress: "", venueAccess: "" }, zone).map((c) => [c.what, c.now])).toEqual([
      ["Where", ["Online only"]],
      ["Access", ["No access information"]],
    ]);
    expect(meetingChanges(meeting, { ...meeting, onlineLink: "" }, zone)).toEqual([
      { what: "Joining online", was: ["https://meet.example.org/panel"], now: ["In person only: no online joining"] },
    ]);
  });
});
