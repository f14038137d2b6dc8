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
export function isRealDate(date: string): boolean {
  const match = DATE_PATTERN.exec(date);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
}

/** True for a 24-hour time written HH:MM. */
export function isRealTime(time: string): boolean {
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
