import { describe, expect, it } from "vitest";
import { describeAgendaChanges } from "./agenda-changes.ts";
import type { Agenda, AgendaLine } from "./agenda.server.ts";

const zone = "Europe/London";
// Wednesday 17 March 2027, 2pm in London (GMT).
const start = new Date("2027-03-17T14:00:00Z");
const deadline = new Date("2027-03-10T17:00:00Z");

type ItemSpec = { id: string; title: string; minutes?: number; presenter?: string; paperReceivedAt?: Date | null };
type BreakSpec = { breakId: string; title?: string; minutes?: number };

/** An agenda from items and breaks in order, with start times and numbers worked out as readAgenda does. */
function agenda(lines: (ItemSpec | BreakSpec)[], options: { startsAt?: Date; papersDeadline?: Date } = {}): Agenda {
  const startsAt = options.startsAt ?? start;
  const papersDeadline = options.papersDeadline ?? deadline;
  let clock = startsAt.getTime();
  let number = 0;
  const built: AgendaLine[] = lines.map((spec, position) => {
    const lineStart = new Date(clock);
    if ("breakId" in spec) {
      const minutes = spec.minutes ?? 15;
      clock += minutes * 60_000;
      return { kind: "BREAK", entryId: spec.breakId, position, title: spec.title ?? "Break", minutes, startsAt: lineStart };
    }
    const minutes = spec.minutes ?? 20;
    clock += minutes * 60_000;
    number += 1;
    const paperReceivedAt = spec.paperReceivedAt ?? null;
    return {
      kind: "ITEM",
      entryId: `entry-${spec.id}`,
      position,
      number,
      itemId: spec.id,
      title: spec.title,
      about: "",
      type: "DISCUSSION",
      presenter: spec.presenter ?? "",
      minutes,
      startsAt: lineStart,
      relatedRecommendations: [],
      councilDecision: "",
      councilDecisionDate: null,
      proposedAs: "MEMBER",
      proposedBy: "Priya Shah",
      paperReceivedAt,
      paperLink: "",
      latePaper: paperReceivedAt !== null && paperReceivedAt > papersDeadline,
      carriedFromMeetingId: null,
    };
  });
  return { meetingId: "m", startsAt, endsAt: new Date(clock), papersDeadline, lines: built, plannedMinutes: (clock - startsAt.getTime()) / 60_000 };
}

const forms = { id: "a", title: "Direct Payments forms" };
const letters = { id: "b", title: "Easy read letters" };
const pay = { id: "c", title: "Paying personal assistants" };

describe("the changes between two versions of an agenda", () => {
  it("finds nothing when the agenda is the same", () => {
    expect(describeAgendaChanges(agenda([forms, letters]), agenda([forms, letters]), zone)).toEqual([]);
  });

  it("names an item added, with its number and time", () => {
    expect(describeAgendaChanges(agenda([forms]), agenda([forms, letters]), zone)).toEqual(['Item added: 2. "Easy read letters" at 2:20pm']);
  });

  it("names an item removed, and the items that start earlier because of it", () => {
    expect(describeAgendaChanges(agenda([forms, letters, pay]), agenda([forms, pay]), zone)).toEqual([
      '"Paying personal assistants" now starts at 2:20pm (it was 2:40pm)',
      'Item removed: "Easy read letters" (it was number 2)',
    ]);
  });

  it("says an item moved only for the item that moved, not for the ones renumbered around it", () => {
    const changes = describeAgendaChanges(agenda([forms, letters, pay]), agenda([pay, forms, letters]), zone);
    expect(changes).toContain('"Paying personal assistants" moved to number 1 (it was number 3)');
    expect(changes.filter((c) => c.includes("moved"))).toHaveLength(1);
  });

  it("does not call items moved when one is added at the top", () => {
    const changes = describeAgendaChanges(agenda([letters, pay]), agenda([forms, letters, pay]), zone);
    expect(changes[0]).toBe('Item added: 1. "Direct Payments forms" at 2pm');
    expect(changes.some((c) => c.includes("moved"))).toBe(false);
  });

  it("says when an item has more or less time, and the later items' new times", () => {
    expect(describeAgendaChanges(agenda([forms, letters]), agenda([{ ...forms, minutes: 30 }, letters]), zone)).toEqual([
      '"Direct Payments forms" now has 30 minutes (it had 20 minutes)',
      '"Easy read letters" now starts at 2:30pm (it was 2:20pm)',
    ]);
  });

  it("says who presents now", () => {
    const before = agenda([{ ...forms, presenter: "Chris Jones" }, letters]);
    const after = agenda([{ ...forms, presenter: "Priya Shah" }, { ...letters, presenter: "Jordan Ellis" }]);
    expect(describeAgendaChanges(before, after, zone)).toEqual([
      '"Direct Payments forms" is now presented by Priya Shah (it was Chris Jones)',
      '"Easy read letters" is now presented by Jordan Ellis',
    ]);
    expect(describeAgendaChanges(after, before, zone)).toContain('"Easy read letters" has no presenter named now (it was Jordan Ellis)');
  });

  it("names breaks added and removed", () => {
    const withBreak = agenda([forms, { breakId: "br1", title: "Break", minutes: 10 }, letters]);
    expect(describeAgendaChanges(agenda([forms, letters]), withBreak, zone)).toEqual([
      "Break added at 2:20pm (10 minutes)",
      '"Easy read letters" now starts at 2:30pm (it was 2:20pm)',
    ]);
    expect(describeAgendaChanges(withBreak, agenda([forms, letters]), zone)).toEqual([
      '"Easy read letters" now starts at 2:20pm (it was 2:30pm)',
      "Break removed (it was at 2:20pm)",
    ]);
  });

  it("says when a paper arrives, and when it arrived late (R6.4)", () => {
    const onTime = new Date("2027-03-09T10:00:00Z");
    const late = new Date("2027-03-12T10:00:00Z");
    const after = agenda([{ ...forms, paperReceivedAt: onTime }, { ...letters, paperReceivedAt: late }]);
    expect(describeAgendaChanges(agenda([forms, letters]), after, zone)).toEqual([
      'The paper for "Direct Payments forms" has arrived (9 March 2027)',
      'The paper for "Easy read letters" has arrived (12 March 2027): a late paper, after the deadline',
    ]);
  });

  it("says when the whole meeting moved, without calling every item's time changed", () => {
    const later = new Date("2027-03-17T15:00:00Z");
    expect(describeAgendaChanges(agenda([forms, letters]), agenda([forms, letters], { startsAt: later }), zone)).toEqual([
      "The meeting now starts at 3pm on Wednesday 17 March 2027 (it was 2pm on Wednesday 17 March 2027)",
    ]);
  });

  it("says when an item is renamed", () => {
    expect(describeAgendaChanges(agenda([forms]), agenda([{ ...forms, title: "Simpler Direct Payments forms" }]), zone)).toEqual([
      'Item 1 is now called "Simpler Direct Payments forms" (it was "Direct Payments forms")',
    ]);
  });
});
