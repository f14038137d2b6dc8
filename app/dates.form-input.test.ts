import { describe, expect, it } from "vitest";
import { checkDateInput, checkTimeInput, dateInputValue, readDateParts, readTime, timeInputValue } from "./dates.ts";

const typed = (day: string, month: string, year: string) => readDateParts({ day, month, year });

describe("reading a date typed in day, month and year boxes", () => {
  it("reads a real date, with or without leading zeros and spaces", () => {
    expect(typed("27", "3", "2027")).toEqual({ kind: "date", date: "2027-03-27" });
    expect(typed("07", "03", "2027")).toEqual({ kind: "date", date: "2027-03-07" });
    expect(typed(" 7 ", "\t3", "2027 ")).toEqual({ kind: "date", date: "2027-03-07" });
  });

  it("knows which years have 29 February", () => {
    expect(typed("29", "2", "2028")).toEqual({ kind: "date", date: "2028-02-29" });
    expect(typed("29", "2", "2000")).toEqual({ kind: "date", date: "2000-02-29" });
    expect(typed("29", "2", "2027")).toEqual({ kind: "problem", parts: ["day"], problem: "must be a real date: February 2027 has 28 days" });
    expect(typed("29", "2", "2100")).toEqual({ kind: "problem", parts: ["day"], problem: "must be a real date: February 2100 has 28 days" });
  });

  it("says which day does not exist", () => {
    expect(typed("31", "4", "2027")).toEqual({ kind: "problem", parts: ["day"], problem: "must be a real date: April has 30 days" });
    expect(typed("0", "1", "2027")).toMatchObject({ kind: "problem", parts: ["day"] });
    expect(typed("32", "1", "2027")).toMatchObject({ kind: "problem", parts: ["day"], problem: "must be a real date: January has 31 days" });
  });

  it("is empty when every box is blank, even with spaces", () => {
    expect(typed("", "", "")).toEqual({ kind: "empty" });
    expect(typed(" ", "  ", "\t")).toEqual({ kind: "empty" });
    expect(readDateParts({})).toEqual({ kind: "empty" });
  });

  it("names the boxes left blank", () => {
    expect(typed("27", "", "2027")).toEqual({ kind: "problem", parts: ["month"], problem: "must include a month" });
    expect(typed("", "3", "")).toEqual({ kind: "problem", parts: ["day", "year"], problem: "must include a day and year" });
    expect(typed("27", " ", "")).toEqual({ kind: "problem", parts: ["month", "year"], problem: "must include a month and year" });
  });

  it("names the boxes that are not numbers, and a month or year out of range", () => {
    expect(typed("27", "March", "2027")).toEqual({ kind: "problem", parts: ["month"], problem: "must be a real date: the month must be a number, like 27 3 2027" });
    expect(typed("2x", "3", "20.7")).toEqual({ kind: "problem", parts: ["day", "year"], problem: "must be a real date: the day and year must be numbers, like 27 3 2027" });
    expect(typed("-1", "3", "2027")).toMatchObject({ kind: "problem", parts: ["day"] });
    expect(typed("27", "13", "2027")).toEqual({ kind: "problem", parts: ["month"], problem: "must be a real date: the month must be from 1 to 12" });
    expect(typed("27", "3", "27")).toEqual({ kind: "problem", parts: ["year"], problem: "must be a real date: the year must have 4 numbers, like 2027" });
  });

  it("fills the boxes from a stored date, and leaves them blank for none", () => {
    expect(dateInputValue("date", "2027-03-07")).toEqual({ "date-day": "7", "date-month": "3", "date-year": "2027" });
    expect(dateInputValue("date", null)).toEqual({ "date-day": "", "date-month": "", "date-year": "" });
  });
});

describe("reading a time typed as people write it", () => {
  it("reads 12-hour and 24-hour times", () => {
    const times: [string, string][] = [
      ["2pm", "14:00"],
      ["2:30pm", "14:30"],
      ["2.30 pm", "14:30"],
      ["9am", "09:00"],
      ["12am", "00:00"],
      ["12pm", "12:00"],
      ["14:00", "14:00"],
      ["14.30", "14:30"],
      ["9:05", "09:05"],
      [" 2PM ", "14:00"],
      ["midday", "12:00"],
    ];
    for (const [text, time] of times) expect(readTime(text), text).toEqual({ kind: "time", time });
  });

  it("refuses times that do not exist, saying why", () => {
    expect(readTime("25:00")).toEqual({ kind: "problem", problem: "must be a real time: hours go from 0 to 23, like 2pm or 14:00" });
    expect(readTime("14:60")).toEqual({ kind: "problem", problem: "must be a real time: minutes go from 00 to 59" });
    expect(readTime("13pm")).toEqual({ kind: "problem", problem: "must be a real time: with am or pm, hours go from 1 to 12" });
    expect(readTime("14")).toEqual({ kind: "problem", problem: "must say am or pm, or be written with minutes, like 2pm or 14:00" });
    expect(readTime("teatime")).toEqual({ kind: "problem", problem: "must be a time, like 2pm or 14:00" });
    expect(readTime("  ")).toEqual({ kind: "empty" });
  });

  it("shows a stored time as people write it", () => {
    expect(timeInputValue("14:00")).toBe("2pm");
    expect(timeInputValue("09:30")).toBe("9:30am");
    expect(timeInputValue("12:00")).toBe("midday");
    expect(timeInputValue("")).toBe("");
  });
});

describe("checking a form's date and time fields", () => {
  const check = (raw: Record<string, string>, required?: string) => {
    const problems: [string, string][] = [];
    const read = checkDateInput(raw, "date", "Date of the meeting", (path, message) => problems.push([path, message]), { required });
    return { read, problems };
  };

  it("puts the problem on the first wrong box, where the error summary links", () => {
    expect(check({ "date-day": "27", "date-month": "", "date-year": "2027" }).problems).toEqual([["date-month", "Date of the meeting must include a month"]]);
    expect(check({ "date-day": "31", "date-month": "4", "date-year": "2027" }).problems).toEqual([["date-day", "Date of the meeting must be a real date: April has 30 days"]]);
  });

  it("asks for a required date left blank, and lets an optional one be blank", () => {
    expect(check({}, "Enter the date of the meeting").problems).toEqual([["date-day", "Enter the date of the meeting"]]);
    expect(check({})).toEqual({ read: { kind: "empty" }, problems: [] });
  });

  it("checks a time box and names it", () => {
    const problems: string[] = [];
    expect(checkTimeInput({ startTime: "25:00" }, "startTime", "Start time", (_, message) => problems.push(message))).toBeNull();
    expect(checkTimeInput({ startTime: "2pm" }, "startTime", "Start time", (_, message) => problems.push(message))).toBe("14:00");
    expect(checkTimeInput({}, "startTime", "Start time", (_, message) => problems.push(message), { required: "Enter the start time" })).toBeNull();
    expect(problems).toEqual(["Start time must be a real time: hours go from 0 to 23, like 2pm or 14:00", "Enter the start time"]);
  });
});
