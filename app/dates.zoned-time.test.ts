import { describe, expect, it } from "vitest";
import { addDaysToDate, formatClockTime, formatLongDate, utcToZonedDateTime, zonedDateTimeToUtc } from "./dates.ts";

const london = "Europe/London";

describe("turning a time people typed in the panel's time zone into UTC", () => {
  it("reads winter times as GMT and summer times as BST", () => {
    expect(zonedDateTimeToUtc("2027-01-12", "14:00", london)?.toISOString()).toBe("2027-01-12T14:00:00.000Z");
    expect(zonedDateTimeToUtc("2027-07-12", "14:00", london)?.toISOString()).toBe("2027-07-12T13:00:00.000Z");
  });

  it("gets the days either side of the clocks going forward right", () => {
    // Clocks go forward at 01:00 UTC on Sunday 28 March 2027.
    expect(zonedDateTimeToUtc("2027-03-27", "23:30", london)?.toISOString()).toBe("2027-03-27T23:30:00.000Z");
    expect(zonedDateTimeToUtc("2027-03-28", "00:59", london)?.toISOString()).toBe("2027-03-28T00:59:00.000Z");
    expect(zonedDateTimeToUtc("2027-03-28", "02:00", london)?.toISOString()).toBe("2027-03-28T01:00:00.000Z");
    expect(zonedDateTimeToUtc("2027-03-28", "10:00", london)?.toISOString()).toBe("2027-03-28T09:00:00.000Z");
  });

  it("reads a time the clocks skip with the offset from before the change", () => {
    expect(zonedDateTimeToUtc("2027-03-28", "01:30", london)?.toISOString()).toBe("2027-03-28T01:30:00.000Z");
  });

  it("reads a time that happens twice when the clocks go back as the first of the two", () => {
    // Clocks go back at 01:00 UTC on Sunday 25 October 2026: 01:30 happens in BST, then in GMT.
    expect(zonedDateTimeToUtc("2026-10-25", "01:30", london)?.toISOString()).toBe("2026-10-25T00:30:00.000Z");
    expect(zonedDateTimeToUtc("2026-10-25", "02:00", london)?.toISOString()).toBe("2026-10-25T02:00:00.000Z");
    expect(zonedDateTimeToUtc("2026-10-24", "23:00", london)?.toISOString()).toBe("2026-10-24T22:00:00.000Z");
  });

  it("works in other zones, east and west of UTC", () => {
    expect(zonedDateTimeToUtc("2027-07-01", "09:00", "America/New_York")?.toISOString()).toBe("2027-07-01T13:00:00.000Z");
    expect(zonedDateTimeToUtc("2027-07-01", "09:00", "Asia/Kolkata")?.toISOString()).toBe("2027-07-01T03:30:00.000Z");
  });

  it("refuses dates and times that are not real", () => {
    expect(zonedDateTimeToUtc("2027-02-31", "10:00", london)).toBeNull();
    expect(zonedDateTimeToUtc("17/03/2027", "10:00", london)).toBeNull();
    expect(zonedDateTimeToUtc("2027-03-17", "24:00", london)).toBeNull();
    expect(zonedDateTimeToUtc("2027-03-17", "9am", london)).toBeNull();
  });

  it("goes back the other way for form fields, and round-trips across the change", () => {
    for (const [date, time] of [
      ["2027-03-28", "00:30"],
      ["2027-03-28", "03:00"],
      ["2026-10-25", "00:30"],
      ["2026-10-25", "03:15"],
    ] as const) {
      expect(utcToZonedDateTime(zonedDateTimeToUtc(date, time, london)!, london)).toEqual({ date, time });
    }
  });
});

describe("showing dates and times in words", () => {
  it("writes the day and time as GOV.UK does, in the panel's zone", () => {
    const instant = new Date("2027-07-14T13:30:00Z");
    expect(formatLongDate(instant, london)).toBe("Wednesday 14 July 2027");
    expect(formatClockTime(instant, london)).toBe("2:30pm");
    expect(formatClockTime(new Date("2027-07-14T09:00:00Z"), london)).toBe("10am");
    expect(formatClockTime(new Date("2027-07-14T11:00:00Z"), london)).toBe("midday");
    expect(formatLongDate(new Date("2027-01-01T23:30:00Z"), "Asia/Tokyo")).toBe("Saturday 2 January 2027");
  });

  it("moves a date by whole days across months and years", () => {
    expect(addDaysToDate("2027-03-03", -7)).toBe("2027-02-24");
    expect(addDaysToDate("2027-01-03", -7)).toBe("2026-12-27");
  });
});
