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
