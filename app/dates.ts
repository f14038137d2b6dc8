import { z } from "zod";

// The one way to show an instant to people: in the panel's time zone (UK by default), in words
// and numbers people in the UK expect ("23 Nov 2026, 16:40:00"). Instants are stored in UTC.
const formats = new Map<string, Intl.DateTimeFormat>();

export const DEFAULT_TIME_ZONE = "Europe/London";

export function formatDateTime(instant: Date, timeZone = DEFAULT_TIME_ZONE): string {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formats.set(timeZone, format);
  }
  return format.format(instant);
}

// ---- Meetings: wall-clock times in a panel's time zone (issue 4) ----

const partFormats = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock date and time an instant shows in a time zone, as numbers. */
function wallClock(instant: Date, timeZone: string) {
  let format = partFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partFormats.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** How far ahead of UTC the zone's clocks are at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const w = wallClock(new Date(instant), timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(\d{2}):(\d{2})$/;
const HOUR = 3_600_000;

/** True for a real calendar date written YYYY-MM-DD (no 31 February). */
function isRealDate(date: string): boolean {
  const match = DATE_PATTERN.exec(date);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
}

/** True for a 24-hour time written HH:MM. */
function isRealTime(time: string): boolean {
  const match = TIME_PATTERN.exec(time);
  return Boolean(match && Number(match[1]) < 24 && Number(match[2]) < 60);
}

/**
 * The UTC instant of a wall-clock date ("2027-03-28") and time ("01:30") in a time zone, or null
 * when either is not real. Like Temporal's "compatible" rule: a time that happens twice when the
 * clocks go back is the first of the two; a time skipped when they go forward is read with the
 * offset from before the change (01:30 on the last Sunday of March in London is 02:30 BST).
 */
export function zonedDateTimeToUtc(date: string, time: string, timeZone: string): Date | null {
  if (!isRealDate(date) || !isRealTime(time)) return null;
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // Offsets a day either side are outside any change of the clocks near this time.
  const before = offsetAt(wall - 24 * HOUR, timeZone);
  const after = offsetAt(wall + 24 * HOUR, timeZone);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((instant) => wall - instant === offsetAt(instant, timeZone))
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? wall - before);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The wall-clock date ("2027-03-17") and time ("14:00") of an instant in a time zone, for form fields. */
export function utcToZonedDateTime(instant: Date, timeZone: string): { date: string; time: string } {
  const w = wallClock(instant, timeZone);
  return { date: `${w.year}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

/** A wall-clock date moved by whole days ("2027-03-17", -7 → "2027-03-10"). */
export function addDaysToDate(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return `${moved.getUTCFullYear()}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** The day in words, as GOV.UK writes it: "Wednesday 17 March 2027". */
export function formatLongDate(instant: Date, timeZone = DEFAULT_TIME_ZONE): string {
  const w = wallClock(instant, timeZone);
  const weekday = WEEKDAYS[new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay()];
  return `${weekday} ${w.day} ${MONTHS[w.month - 1]} ${w.year}`;
}

/** "30 April 2027": the day without its weekday, for dates inside a sentence. */
export function formatDayInSentence(instant: Date, timeZone = DEFAULT_TIME_ZONE): string {
  return formatLongDate(instant, timeZone).replace(/^\S+ /, "");
}

/** The time as GOV.UK writes it: "10am", "2:30pm", "midday", "midnight". */
export function formatClockTime(instant: Date, timeZone = DEFAULT_TIME_ZONE): string {
  const { hour, minute } = wallClock(instant, timeZone);
  if (minute === 0 && hour === 12) return "midday";
  if (minute === 0 && hour === 0) return "midnight";
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  return `${twelve}${minute ? `:${pad(minute)}` : ""}${hour < 12 ? "am" : "pm"}`;
}

// ---- Dates and times typed into forms (issue 10) ----
// A date is typed in the GOV.UK date input, as day, month and year boxes named `<name>-day`,
// `<name>-month` and `<name>-year`; a time as "2pm" or "14:00" in one box. Both are read here,
// once, and become the wall-clock strings above ("2027-03-17", "14:00").

export const DATE_PARTS = ["day", "month", "year"] as const;
export type DatePart = (typeof DATE_PARTS)[number];
export type DateParts = Record<DatePart, string>;

export const DATE_HINT = "For example, 27 3 2027";
export const TIME_HINT = "For example, 2pm or 14:00";

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function inWords(parts: readonly DatePart[]): string {
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/**
 * What was typed in a date input: `empty` when every box is blank, a date, or a problem with the
 * boxes that are wrong (all of them when the date as a whole is wrong). `problem` ends a sentence
 * that starts with the field's label: "Date of the meeting" + " must include a month".
 */
type ReadDate =
  | { kind: "empty" }
  | { kind: "date"; date: string }
  | { kind: "problem"; parts: DatePart[]; problem: string };

export function readDateParts(typed: Partial<DateParts>): ReadDate {
  const parts = Object.fromEntries(DATE_PARTS.map((part) => [part, (typed[part] ?? "").trim()])) as DateParts;
  const missing = DATE_PARTS.filter((part) => parts[part] === "");
  if (missing.length === 3) return { kind: "empty" };
  if (missing.length) return { kind: "problem", parts: missing, problem: `must include a ${inWords(missing)}` };
  const notNumbers = DATE_PARTS.filter((part) => !/^\d+$/.test(parts[part]));
  if (notNumbers.length) {
    return { kind: "problem", parts: notNumbers, problem: `must be a real date: the ${inWords(notNumbers)} must be ${notNumbers.length === 1 ? "a number" : "numbers"}, like 27 3 2027` };
  }
  const [day, month, year] = [Number(parts.day), Number(parts.month), Number(parts.year)];
  if (parts.year.length !== 4) return { kind: "problem", parts: ["year"], problem: "must be a real date: the year must have 4 numbers, like 2027" };
  if (month < 1 || month > 12) return { kind: "problem", parts: ["month"], problem: "must be a real date: the month must be from 1 to 12" };
  const days = month === 2 && !isLeapYear(year) ? 28 : MONTH_DAYS[month - 1]!;
  if (day < 1 || day > days) {
    const monthName = MONTHS[month - 1]!;
    return { kind: "problem", parts: ["day"], problem: `must be a real date: ${monthName}${month === 2 ? ` ${year}` : ""} has ${days} days` };
  }
  return { kind: "date", date: `${year}-${pad(month)}-${pad(day)}` };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The boxes of a date input showing a wall-clock date ("2027-03-17" → 17, 3, 2027); blank for none. */
export function datePartsOf(date: string | null | undefined): DateParts {
  const match = date ? DATE_PATTERN.exec(date) : null;
  if (!match) return { day: "", month: "", year: "" };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! };
}

/** The form fields of a date input named `name`, filled with `date`, for a form's default value. */
export function dateInputValue<N extends string>(name: N, date: string | null | undefined): Record<`${N}-${DatePart}`, string> {
  const parts = datePartsOf(date);
  return Object.fromEntries(DATE_PARTS.map((part) => [`${name}-${part}`, parts[part]])) as Record<`${N}-${DatePart}`, string>;
}

/**
 * A time typed as people write it: "2pm", "2:30pm", "9am", "14:00", "14.30", "midday", as
 * "14:00"; or what is wrong with it, to end "Start time must be …".
 */
export function readTime(typed: string): { kind: "empty" } | { kind: "time"; time: string } | { kind: "problem"; problem: string } {
  const text = typed.trim().toLowerCase().replace(/\s+/g, "");
  if (!text) return { kind: "empty" };
  if (text === "midday" || text === "noon") return { kind: "time", time: "12:00" };
  if (text === "midnight") return { kind: "time", time: "00:00" };
  const match = /^(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?(am|pm|a\.m\.|p\.m\.)?$/.exec(text);
  const example = "like 2pm or 14:00";
  if (!match) return { kind: "problem", problem: `must be a time, ${example}` };
  const [hour, minute, suffix] = [Number(match[1]), match[2] === undefined ? undefined : Number(match[2]), match[3]?.replaceAll(".", "")];
  if (minute === undefined && !suffix) return { kind: "problem", problem: `must say am or pm, or be written with minutes, ${example}` };
  if (minute !== undefined && minute > 59) return { kind: "problem", problem: `must be a real time: minutes go from 00 to 59` };
  if (suffix) {
    if (hour < 1 || hour > 12) return { kind: "problem", problem: `must be a real time: with am or pm, hours go from 1 to 12` };
    return { kind: "time", time: `${pad((hour % 12) + (suffix === "pm" ? 12 : 0))}:${pad(minute ?? 0)}` };
  }
  if (hour > 23) return { kind: "problem", problem: `must be a real time: hours go from 0 to 23, ${example}` };
  return { kind: "time", time: `${pad(hour)}:${pad(minute ?? 0)}` };
}

/** A stored time ("14:00") as the time box shows it ("2pm"), or "" for none. */
export function timeInputValue(time: string | null | undefined): string {
  if (!time || !isRealTime(time)) return "";
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  if (minute === 0 && hour === 12) return "midday";
  if (minute === 0 && hour === 0) return "midnight";
  return `${hour % 12 === 0 ? 12 : hour % 12}${minute ? `:${pad(minute)}` : ""}${hour < 12 ? "am" : "pm"}`;
}

// ---- In a form's zod schema ----
// Forms read every field as text and check them together, so one mistake never hides another;
// these do it for a date input and a time box. `problem(path, message)` adds an issue.

const typedText = z.string().trim().default("");

/** The three boxes of a date input named `name`, as text, to spread into a form's z.object. */
export function dateInputFields<N extends string>(name: N): Record<`${N}-${DatePart}`, typeof typedText> {
  return Object.fromEntries(DATE_PARTS.map((part) => [`${name}-${part}`, typedText])) as Record<`${N}-${DatePart}`, typeof typedText>;
}

/** The boxes of date input `name` from a form's raw fields. */
export function datePartsFrom(raw: Record<string, unknown>, name: string): DateParts {
  return Object.fromEntries(DATE_PARTS.map((part) => [part, String(raw[`${name}-${part}`] ?? "")])) as DateParts;
}

type Problem = (path: string, message: string) => void;

/**
 * Checks date input `name`: a problem goes on its first wrong box (where the error summary links),
 * and, with `required`, that message when it is blank. Returns what was read.
 */
export function checkDateInput(raw: Record<string, unknown>, name: string, label: string, problem: Problem, options: { required?: string } = {}): ReadDate {
  const read = readDateParts(datePartsFrom(raw, name));
  if (read.kind === "problem") problem(`${name}-${read.parts[0]}`, `${label} ${read.problem}`);
  if (read.kind === "empty" && options.required) problem(`${name}-day`, options.required);
  return read;
}

/** Checks time box `name` the same way; returns the time ("14:00"), or null when blank or wrong. */
export function checkTimeInput(raw: Record<string, unknown>, name: string, label: string, problem: Problem, options: { required?: string } = {}): string | null {
  const read = readTime(String(raw[name] ?? ""));
  if (read.kind === "problem") problem(name, `${label} ${read.problem}`);
  if (read.kind === "empty" && options.required) problem(name, options.required);
  return read.kind === "time" ? read.time : null;
}
