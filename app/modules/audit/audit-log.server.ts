// Reading the audit trail for the site admin's audit log page: filters from the form turned into
// a query, and each event made ready to show (who by name, when in UK time, changes as JSON).
import { formatDateTime } from "../../dates.ts";
import { db } from "../../services.server.ts";
import { listAuditEvents, type AuditFilter } from "./audit.server.ts";
import { AUDIT_PAGE_SIZE, type AuditFilterForm } from "./schema.ts";

const TIME_ZONE = "Europe/London";

const offsetFormat = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, timeZoneName: "longOffset" });

function offsetMinutes(instant: Date): number {
  const name = offsetFormat.formatToParts(instant).find((part) => part.type === "timeZoneName")?.value ?? "";
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** Midnight at the start of a UK calendar day (YYYY-MM-DD), as an instant. */
function startOfUkDay(day: string): Date {
  const utcMidnight = new Date(`${day}T00:00:00Z`);
  const guess = new Date(utcMidnight.getTime() - offsetMinutes(utcMidnight) * 60_000);
  return new Date(utcMidnight.getTime() - offsetMinutes(guess) * 60_000);
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The dates are whole UK days: "to" includes all of its day. */
function toAuditFilter(form: AuditFilterForm): AuditFilter {
  return {
    actorId: form.actorId,
    action: form.action || undefined,
    entityType: form.entityType,
    entityId: form.entityId || undefined,
    from: form.from ? startOfUkDay(form.from) : undefined,
    to: form.to ? startOfUkDay(nextDay(form.to)) : undefined,
  };
}

export function formatUkTime(instant: Date): string {
  return formatDateTime(instant, TIME_ZONE);
}

/** The kinds of record the trail mentions, for the filter's list. */
export async function listAuditEntityTypes(): Promise<string[]> {
  const rows = await db().auditEvent.findMany({ distinct: ["entityType"], select: { entityType: true }, orderBy: { entityType: "asc" } });
  return rows.map((row) => row.entityType);
}

function prettyJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value, null, 2);
}

/** `namesOf` gives people's names by id (the caller passes people's namesOfPeople: audit does not read Person). */
export async function readAuditLog(form: AuditFilterForm, page: number, namesOf: (personIds: string[]) => Promise<Map<string, string>>) {
  const { total, events } = await listAuditEvents(toAuditFilter(form), page, AUDIT_PAGE_SIZE);
  const names = await namesOf(events.flatMap((event) => (event.actorId ? [event.actorId] : [])));
  return {
    total,
    events: events.map((event) => ({
      id: event.id,
      at: event.at.toISOString(),
      when: formatUkTime(event.at),
      who: event.actorId ? (names.get(event.actorId) ?? "Unknown person") : "System",
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: prettyJson(event.before),
      after: prettyJson(event.after),
    })),
  };
}
