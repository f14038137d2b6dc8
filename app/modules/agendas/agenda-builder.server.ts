// Building a meeting's agenda: the chair and the lead officers put proposed items on it, order
// them with buttons, set timings and presenters, add breaks, carry items to the next meeting and
// record when papers arrived (issue 4, "Chair and lead officer build the agenda"; R6.4).
// Every function is scoped to the panel and the meeting in the URL, refuses ids that are not
// this meeting's with a specific message and changes nothing then, and writes the change and its
// audit entry in one transaction.
import type { Prisma } from "../../generated/prisma/client.ts";
import { db } from "../../services.server.ts";
import { zonedDateTimeToUtc } from "../../dates.ts";
import { refuse, type Outcome } from "../../refusal.ts";
import { recordAudit } from "../audit/audit.server.ts";
import { nextMeetingAfter, readMeetingState, startTimesOfMeetings } from "../meetings/meetings.server.ts";
import { auditedBy, type Actor } from "../auth/actor.server.ts";
import { readAgenda } from "./agenda.server.ts";
import { checkAgenda } from "./agenda-checks.ts";
import { BREAK_MINUTES_MAX, BREAK_MINUTES_MESSAGE, isWebAddress } from "./agenda-builder-schema.ts";
import { rankPriorities } from "./agendas.server.ts";
import type { ProposedAs } from "./schema.ts";

/** A refusal changes nothing; one about a field (`refuse.field`) is shown beside it, others at the top of the page. */
type BuilderOutcome<T extends object = object> = Outcome<T>;

const CANCELLED_MEETING = "This meeting has been cancelled, so its agenda cannot be changed.";
const NOT_ON_THIS_AGENDA = "That line is not on this meeting's agenda. It may have been removed: reload the page to see the agenda as it is now.";
const NOT_A_PROPOSED_ITEM = "That item is not one of this panel's proposed items, so it cannot be added to the agenda.";
const NOT_AN_ITEM = "That line is a break, not an item.";
const NOT_A_BREAK = "That line is an item, not a break.";
const PAPER_IN_FUTURE = "The date and time the paper arrived cannot be in the future";

type Tx = Prisma.TransactionClient;
type Scope = { panelId: string; meetingId: string };

/** The meeting, only when it is this panel's and not cancelled; otherwise the refusal. */
async function openMeeting(tx: Tx, scope: Scope) {
  const meeting = await readMeetingState(scope.meetingId, scope.panelId, tx);
  if (!meeting) return refuse.form(NOT_ON_THIS_AGENDA);
  if (meeting.cancelledAt) return refuse.form(CANCELLED_MEETING);
  return { ok: true as const, meeting };
}

/** The agenda's entries in order (as readAgenda orders them), each with its item's title. */
async function entriesInOrder(tx: Tx, meetingId: string) {
  return tx.agendaEntry.findMany({
    where: { meetingId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, position: true, minutes: true, presenter: true, title: true, itemId: true, item: { select: { title: true, status: true } } },
  });
}

type Entry = Awaited<ReturnType<typeof entriesInOrder>>[number];

const entryTitle = (entry: Entry) => (entry.kind === "BREAK" ? entry.title || "Break" : (entry.item?.title ?? ""));

/** Positions 1, 2, 3 … in the given order, writing only the entries whose position changes. */
async function savePositions(tx: Tx, ordered: readonly { id: string; position: number }[]) {
  for (const [index, entry] of ordered.entries()) {
    if (entry.position !== index + 1) await tx.agendaEntry.update({ where: { id: entry.id }, data: { position: index + 1 } });
  }
}

/** Opens the meeting and finds one of its entries, in one step, for the functions below. */
async function withEntry<T extends object>(
  scope: Scope,
  entryId: string,
  work: (tx: Tx, entry: Entry, entries: Entry[], meeting: { id: string; papersDeadline: Date }) => Promise<BuilderOutcome<T>>,
): Promise<BuilderOutcome<T>> {
  return db().$transaction(async (tx) => {
    const open = await openMeeting(tx, scope);
    if (!open.ok) return open;
    const entries = await entriesInOrder(tx, scope.meetingId);
    const entry = entries.find((e) => e.id === entryId);
    if (!entry) return refuse.form(NOT_ON_THIS_AGENDA);
    return work(tx, entry, entries, open.meeting);
  });
}

function audit(tx: Tx, scope: Scope, actor: Actor, action: string, entity: { type: string; id: string }, before?: unknown, after?: unknown) {
  return recordAudit(
    { ...auditedBy(actor), action, entityType: entity.type, entityId: entity.id, panelId: scope.panelId, before, after },
    tx,
  );
}

/** Puts one of the panel's proposed items at the end of the agenda, with the time it asked for. */
export async function addItemToAgenda(scope: Scope, itemId: string, actor: Actor): Promise<BuilderOutcome<{ entryId: string }>> {
  return db().$transaction(async (tx) => {
    const open = await openMeeting(tx, scope);
    if (!open.ok) return open;
    const item = await tx.agendaItem.findFirst({
      where: { id: itemId, panelId: scope.panelId, status: "PROPOSED" },
      select: { id: true, title: true, minutesNeeded: true, carriedFromMeetingId: true },
    });
    if (!item) return refuse.form(NOT_A_PROPOSED_ITEM);
    const last = await tx.agendaEntry.findFirst({ where: { meetingId: scope.meetingId }, orderBy: { position: "desc" }, select: { position: true } });
    // Claimed only if still proposed, so two organisers adding it at once cannot both succeed.
    const claimed = await tx.agendaItem.updateMany({ where: { id: item.id, status: "PROPOSED" }, data: { status: "ON_AGENDA", meetingId: scope.meetingId } });
    if (claimed.count === 0) return refuse.form(NOT_A_PROPOSED_ITEM);
    const entry = await tx.agendaEntry.create({
      data: { meetingId: scope.meetingId, kind: "ITEM", itemId: item.id, minutes: item.minutesNeeded, position: (last?.position ?? 0) + 1 },
      select: { id: true, position: true },
    });
    await audit(tx, scope, actor, "agenda.item-added", { type: "AgendaItem", id: item.id }, { status: "PROPOSED" }, {
      status: "ON_AGENDA",
      meetingId: scope.meetingId,
      entryId: entry.id,
      minutes: item.minutesNeeded,
    });
    return { ok: true, entryId: entry.id };
  });
}

/** Takes an item off the agenda; it goes back to the panel's proposed items. */
export async function removeFromAgenda(scope: Scope, entryId: string, actor: Actor): Promise<BuilderOutcome<{ itemId: string }>> {
  return withEntry(scope, entryId, async (tx, entry, entries) => {
    if (entry.kind !== "ITEM" || !entry.itemId) return refuse.form(NOT_AN_ITEM);
    await tx.agendaEntry.delete({ where: { id: entry.id } });
    await tx.agendaItem.update({ where: { id: entry.itemId }, data: { status: "PROPOSED", meetingId: null } });
    await savePositions(tx, entries.filter((e) => e.id !== entry.id));
    await audit(tx, scope, actor, "agenda.item-removed", { type: "AgendaItem", id: entry.itemId }, { status: "ON_AGENDA", meetingId: scope.meetingId, minutes: entry.minutes, presenter: entry.presenter }, { status: "PROPOSED" });
    return { ok: true, itemId: entry.itemId };
  });
}

/**
 * Swaps a line with its neighbour above or below. Moving the first line up or the last down
 * changes nothing and says so calmly (`moved: false`): it is not an error.
 */
export async function moveEntry(scope: Scope, entryId: string, direction: "up" | "down", actor: Actor): Promise<BuilderOutcome<{ moved: boolean }>> {
  return withEntry<{ moved: boolean }>(scope, entryId, async (tx, entry, entries) => {
    const from = entries.indexOf(entry);
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= entries.length) return { ok: true, moved: false };
    const ordered = [...entries];
    [ordered[from], ordered[to]] = [ordered[to]!, ordered[from]!];
    await savePositions(tx, ordered);
    await audit(tx, scope, actor, "agenda.entry-moved", { type: "AgendaEntry", id: entry.id }, { place: from + 1 }, { place: to + 1, direction, title: entryTitle(entry) });
    return { ok: true, moved: true };
  });
}

/** The minutes planned for a line and, for items, who presents it. */
export async function setEntryTiming(
  scope: Scope,
  entryId: string,
  timing: { minutes: number; presenter: string },
  actor: Actor,
): Promise<BuilderOutcome> {
  return withEntry(scope, entryId, async (tx, entry) => {
    if (entry.kind === "BREAK" && timing.minutes > BREAK_MINUTES_MAX) return refuse.field("minutes", BREAK_MINUTES_MESSAGE);
    const presenter = entry.kind === "BREAK" ? "" : timing.presenter;
    await tx.agendaEntry.update({ where: { id: entry.id }, data: { minutes: timing.minutes, presenter } });
    await audit(tx, scope, actor, "agenda.timing-changed", { type: "AgendaEntry", id: entry.id }, { minutes: entry.minutes, presenter: entry.presenter }, { minutes: timing.minutes, presenter });
    return { ok: true };
  });
}

/** A break at the end of the agenda ("Break", "Lunch" …); the builder moves it into place. */
export async function addBreak(scope: Scope, input: { title: string; minutes: number }, actor: Actor): Promise<BuilderOutcome<{ entryId: string }>> {
  return db().$transaction(async (tx) => {
    const open = await openMeeting(tx, scope);
    if (!open.ok) return open;
    const last = await tx.agendaEntry.findFirst({ where: { meetingId: scope.meetingId }, orderBy: { position: "desc" }, select: { position: true } });
    const title = input.title.trim() || "Break";
    const entry = await tx.agendaEntry.create({
      data: { meetingId: scope.meetingId, kind: "BREAK", title, minutes: input.minutes, position: (last?.position ?? 0) + 1 },
      select: { id: true },
    });
    await audit(tx, scope, actor, "agenda.break-added", { type: "AgendaEntry", id: entry.id }, undefined, { title, minutes: input.minutes });
    return { ok: true, entryId: entry.id };
  });
}

export async function removeBreak(scope: Scope, entryId: string, actor: Actor): Promise<BuilderOutcome> {
  return withEntry(scope, entryId, async (tx, entry, entries) => {
    if (entry.kind !== "BREAK") return refuse.form(NOT_A_BREAK);
    await tx.agendaEntry.delete({ where: { id: entry.id } });
    await savePositions(tx, entries.filter((e) => e.id !== entry.id));
    await audit(tx, scope, actor, "agenda.break-removed", { type: "AgendaEntry", id: entry.id }, { title: entry.title, minutes: entry.minutes }, undefined);
    return { ok: true };
  });
}

/**
 * Takes an item off this agenda to be considered again: it goes back to the proposed items,
 * marked as carried from this meeting, and shows so among the next meeting's candidates.
 */
export async function carryToNextMeeting(scope: Scope, entryId: string, actor: Actor): Promise<BuilderOutcome<{ itemId: string }>> {
  return withEntry(scope, entryId, async (tx, entry, entries) => {
    if (entry.kind !== "ITEM" || !entry.itemId) return refuse.form(NOT_AN_ITEM);
    await tx.agendaEntry.delete({ where: { id: entry.id } });
    await tx.agendaItem.update({ where: { id: entry.itemId }, data: { status: "PROPOSED", meetingId: null, carriedFromMeetingId: scope.meetingId } });
    await savePositions(tx, entries.filter((e) => e.id !== entry.id));
    await audit(tx, scope, actor, "agenda.item-carried", { type: "AgendaItem", id: entry.itemId }, { status: "ON_AGENDA", meetingId: scope.meetingId }, {
      status: "PROPOSED",
      carriedFromMeetingId: scope.meetingId,
    });
    return { ok: true, itemId: entry.itemId };
  });
}

/**
 * When an item's paper arrived (now, unless told otherwise) and where to read it. It is a late
 * paper if it arrived after the meeting's papers deadline (R6.4): `late` says which. The date and
 * time are as the organiser read them on the panel's clock (`timeZone`); stored in UTC.
 */
export async function recordPaperArrival(
  scope: Scope,
  entryId: string,
  paper: { arrived: { date: string; time: string } | null; timeZone: string; link: string },
  actor: Actor,
  now = new Date(),
): Promise<BuilderOutcome<{ late: boolean; title: string }>> {
  const receivedAt = (paper.arrived ? zonedDateTimeToUtc(paper.arrived.date, paper.arrived.time, paper.timeZone) : null) ?? now;
  if (receivedAt > now) return refuse.field("paperDate-day", PAPER_IN_FUTURE);
  if (paper.link && !isWebAddress(paper.link)) return refuse.field("paperLink", "Enter a web address starting with https:// or http://");
  return withEntry(scope, entryId, async (tx, entry, _entries, meeting) => {
    if (entry.kind !== "ITEM" || !entry.itemId) return refuse.form(NOT_AN_ITEM);
    const item = await tx.agendaItem.findUniqueOrThrow({ where: { id: entry.itemId }, select: { paperReceivedAt: true, paperLink: true } });
    await tx.agendaItem.update({ where: { id: entry.itemId }, data: { paperReceivedAt: receivedAt, paperLink: paper.link } });
    const late = receivedAt > meeting.papersDeadline;
    await audit(tx, scope, actor, "agenda.paper-recorded", { type: "AgendaItem", id: entry.itemId }, item, { paperReceivedAt: receivedAt, paperLink: paper.link, late });
    return { ok: true, late, title: entryTitle(entry) };
  });
}

// ---- What the builder page shows ----

/** The dates of the panel's meetings with these ids: where carried items came from. */
export async function meetingDates(panelId: string, meetingIds: readonly (string | null)[]): Promise<Map<string, Date>> {
  const ids = [...new Set(meetingIds.filter((id): id is string => Boolean(id)))];
  return startTimesOfMeetings(panelId, ids);
}

type AgendaCandidate = {
  id: string;
  title: string;
  proposedAs: ProposedAs;
  points: number;
  people: number;
  minutesNeeded: number;
  carriedFromMeetingId: string | null;
  councilDecisionDate: Date | null;
};

/**
 * Everything the builder shows: the agenda so far, the warnings, and the panel's proposed items in
 * the members' priority order for this meeting (rankPriorities), with their points.
 */
export async function loadAgendaBuilder(panelId: string, meeting: { id: string; startsAt: Date; endsAt: Date }, timeZone: string) {
  const [agenda, ranking, proposed, next] = await Promise.all([
    readAgenda(panelId, meeting.id),
    rankPriorities(panelId, meeting.id),
    db().agendaItem.findMany({
      where: { panelId, status: "PROPOSED" },
      select: { id: true, title: true, minutesNeeded: true, carriedFromMeetingId: true, councilDecisionDate: true },
    }),
    nextMeetingAfter(panelId, meeting),
  ]);
  if (!agenda) return null;
  const details = new Map(proposed.map((item) => [item.id, item]));
  const candidates: AgendaCandidate[] = ranking.items.flatMap((ranked) => {
    const item = details.get(ranked.id);
    return item
      ? [{ ...ranked, minutesNeeded: item.minutesNeeded, carriedFromMeetingId: item.carriedFromMeetingId, councilDecisionDate: item.councilDecisionDate }]
      : [];
  });
  const warnings = checkAgenda({
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    lines: agenda.lines,
    notOnAgenda: proposed,
    nextMeetingStartsAt: next?.startsAt ?? null,
    timeZone,
  });
  const carriedFrom = await meetingDates(panelId, [...agenda.lines.map((l) => (l.kind === "ITEM" ? l.carriedFromMeetingId : null)), ...candidates.map((c) => c.carriedFromMeetingId)]);
  return { agenda, candidates, voters: ranking.voters, warnings, nextMeeting: next, carriedFrom };
}
