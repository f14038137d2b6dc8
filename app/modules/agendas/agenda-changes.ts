// What changed between two versions of a meeting's agenda, in words members can act on: "Item
// added", "moved to number 2", "now starts at 2:30pm" (issue 4: "later changes are shown as changes
// with a reason and notify again"). A plain function of two agendas, so it is tested without a
// database. Browser-safe: only types come from the server module.
import { formatClockTime, formatDayInSentence, formatLongDate } from "../../dates.ts";
import type { Agenda, AgendaLine } from "./agenda.server.ts";

type ItemLine = Extract<AgendaLine, { kind: "ITEM" }>;
type BreakLine = Extract<AgendaLine, { kind: "BREAK" }>;

function minutesText(minutes: number): string {
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/** Minutes from the meeting's start, so moving the whole meeting does not make every item "change time". */
function offset(line: AgendaLine, agenda: Agenda): number {
  return (line.startsAt.getTime() - agenda.startsAt.getTime()) / 60_000;
}

/**
 * Indexes (into `sequence`) of a longest increasing run: the items that kept their order. Every
 * other common item is the one that was moved, so adding an item at the top (which renumbers all
 * the rest) is not reported as everything moving.
 */
function keptInOrder(sequence: number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array(sequence.length).fill(-1);
  for (let i = 0; i < sequence.length; i++) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sequence[tails[middle]!]! < sequence[i]!) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[i] = tails[low - 1]!;
    tails[low] = i;
  }
  const kept = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i !== -1; i = previous[i]!) kept.add(i);
  return kept;
}

/** Breaks matched by their entry, then any left over by title in order (the builder may make new entries). */
function matchBreaks(before: BreakLine[], after: BreakLine[]): { pairs: [BreakLine, BreakLine][]; added: BreakLine[]; removed: BreakLine[] } {
  const pairs: [BreakLine, BreakLine][] = [];
  const unmatchedBefore = [...before];
  const unmatchedAfter: BreakLine[] = [];
  for (const line of after) {
    const index = unmatchedBefore.findIndex((old) => old.entryId === line.entryId);
    if (index === -1) unmatchedAfter.push(line);
    else pairs.push([unmatchedBefore.splice(index, 1)[0]!, line]);
  }
  const added: BreakLine[] = [];
  for (const line of unmatchedAfter) {
    const index = unmatchedBefore.findIndex((old) => old.title === line.title);
    if (index === -1) added.push(line);
    else pairs.push([unmatchedBefore.splice(index, 1)[0]!, line]);
  }
  return { pairs, added, removed: unmatchedBefore };
}

function paperChanges(old: ItemLine, now: ItemLine, zone: string): string[] {
  if (!now.paperReceivedAt) return old.paperReceivedAt ? [`The paper for "${now.title}" has been taken away`] : [];
  const arrived = formatDayInSentence(now.paperReceivedAt, zone);
  if (!old.paperReceivedAt) {
    return [now.latePaper ? `The paper for "${now.title}" has arrived (${arrived}): a late paper, after the deadline` : `The paper for "${now.title}" has arrived (${arrived})`];
  }
  if (now.latePaper && !old.latePaper) return [`The paper for "${now.title}" is now a late paper`];
  if (now.paperReceivedAt.getTime() !== old.paperReceivedAt.getTime()) return [`A new paper for "${now.title}" arrived on ${arrived}`];
  return [];
}

/** One sentence per change, in the order of the new agenda; removed things last. */
export function describeAgendaChanges(before: Agenda, after: Agenda, timeZone: string): string[] {
  const zone = timeZone;
  const changes: string[] = [];
  const time = (instant: Date) => formatClockTime(instant, zone);

  if (before.startsAt.getTime() !== after.startsAt.getTime()) {
    changes.push(`The meeting now starts at ${time(after.startsAt)} on ${formatLongDate(after.startsAt, zone)} (it was ${time(before.startsAt)} on ${formatLongDate(before.startsAt, zone)})`);
  }
  if (before.papersDeadline.getTime() !== after.papersDeadline.getTime()) {
    changes.push(`The papers deadline is now ${time(after.papersDeadline)} on ${formatLongDate(after.papersDeadline, zone)}`);
  }

  const oldItems = before.lines.filter((l): l is ItemLine => l.kind === "ITEM");
  const newItems = after.lines.filter((l): l is ItemLine => l.kind === "ITEM");
  const oldById = new Map(oldItems.map((l) => [l.itemId, l]));
  const newIds = new Set(newItems.map((l) => l.itemId));

  const common = newItems.filter((l) => oldById.has(l.itemId));
  const kept = keptInOrder(common.map((l) => oldById.get(l.itemId)!.number));
  const moved = new Set(common.filter((_, i) => !kept.has(i)).map((l) => l.itemId));

  const { pairs: breakPairs, added: addedBreaks, removed: removedBreaks } = matchBreaks(
    before.lines.filter((l): l is BreakLine => l.kind === "BREAK"),
    after.lines.filter((l): l is BreakLine => l.kind === "BREAK"),
  );
  const breakPair = new Map(breakPairs.map(([old, now]) => [now.entryId, old]));
  const addedBreakIds = new Set(addedBreaks.map((l) => l.entryId));

  for (const line of after.lines) {
    if (line.kind === "BREAK") {
      const old = breakPair.get(line.entryId);
      if (addedBreakIds.has(line.entryId)) {
        changes.push(`${line.title} added at ${time(line.startsAt)} (${minutesText(line.minutes)})`);
      } else if (old) {
        if (old.title !== line.title) changes.push(`The ${old.title.toLowerCase()} at ${time(line.startsAt)} is now called "${line.title}"`);
        if (old.minutes !== line.minutes) changes.push(`${line.title} at ${time(line.startsAt)}: now ${minutesText(line.minutes)} (it was ${minutesText(old.minutes)})`);
        else if (offset(old, before) !== offset(line, after)) changes.push(`${line.title} now starts at ${time(line.startsAt)} (it was ${time(old.startsAt)})`);
      }
      continue;
    }
    const old = oldById.get(line.itemId);
    if (!old) {
      changes.push(`Item added: ${line.number}. "${line.title}" at ${time(line.startsAt)}`);
      continue;
    }
    if (old.title !== line.title) changes.push(`Item ${line.number} is now called "${line.title}" (it was "${old.title}")`);
    if (moved.has(line.itemId)) changes.push(`"${line.title}" moved to number ${line.number} (it was number ${old.number})`);
    if (offset(old, before) !== offset(line, after)) changes.push(`"${line.title}" now starts at ${time(line.startsAt)} (it was ${time(old.startsAt)})`);
    if (old.minutes !== line.minutes) changes.push(`"${line.title}" now has ${minutesText(line.minutes)} (it had ${minutesText(old.minutes)})`);
    if (old.presenter !== line.presenter) {
      changes.push(line.presenter ? `"${line.title}" is now presented by ${line.presenter}${old.presenter ? ` (it was ${old.presenter})` : ""}` : `"${line.title}" has no presenter named now (it was ${old.presenter})`);
    }
    changes.push(...paperChanges(old, line, zone));
  }

  for (const old of oldItems) {
    if (!newIds.has(old.itemId)) changes.push(`Item removed: "${old.title}" (it was number ${old.number})`);
  }
  for (const old of removedBreaks) changes.push(`${old.title} removed (it was at ${time(old.startsAt)})`);
  return changes;
}
