import { describe, expect, it } from "vitest";
import { checkAgenda, NO_BREAK_WARNING, type AgendaCheckInput, type CheckedLine } from "./agenda-checks.ts";

const zone = "Europe/London";
const at = (iso: string) => new Date(iso);
// Wednesday 3 March 2027, 2pm to 4pm in London (GMT).
const meeting = { startsAt: at("2027-03-03T14:00:00Z"), endsAt: at("2027-03-03T16:00:00Z") };
const item = (title: string, minutes = 20, councilDecisionDate: Date | null = null): CheckedLine => ({ kind: "ITEM", title, minutes, councilDecisionDate });
const pause = (minutes = 15): CheckedLine => ({ kind: "BREAK", minutes });

function check(overrides: Partial<AgendaCheckInput> = {}) {
  return checkAgenda({ ...meeting, lines: [], notOnAgenda: [], nextMeetingStartsAt: null, timeZone: zone, ...overrides });
}

describe("a break in long meetings", () => {
  it("warns when a meeting over 90 minutes has no break", () => {
    expect(check({ lines: [item("Welcome")] })).toEqual([NO_BREAK_WARNING]);
    expect(NO_BREAK_WARNING).toBe("This meeting is longer than 90 minutes and has no break. Add at least one break.");
  });

  it("is content once there is a break", () => {
    expect(check({ lines: [item("Welcome"), pause(), item("Easy read letters")] })).toEqual([]);
  });

  it("goes by the meeting's start and end, so exactly 90 minutes needs no break", () => {
    expect(check({ endsAt: at("2027-03-03T15:30:00Z"), lines: [item("Welcome")] })).toEqual([]);
    expect(check({ endsAt: at("2027-03-03T15:31:00Z"), lines: [item("Welcome")] })).toEqual([NO_BREAK_WARNING]);
  });

  it("warns even before anything is on the agenda, so the break is planned from the start", () => {
    expect(check()).toEqual([NO_BREAK_WARNING]);
  });
});

describe("time enough for what is planned", () => {
  it("warns with both figures when more is planned than the meeting lasts", () => {
    expect(check({ lines: [item("Long", 100), pause(15), item("Longer", 20)] })).toEqual([
      "The agenda plans 135 minutes, but the meeting is 120 minutes long. Shorten some items or carry them to the next meeting.",
    ]);
  });

  it("is content when the plan fills the meeting exactly", () => {
    expect(check({ lines: [item("Long", 105), pause(15)] })).toEqual([]);
  });
});

describe("council decisions", () => {
  const next = at("2027-06-02T13:00:00Z");
  const proposed = (title: string, iso: string | null) => ({ title, councilDecisionDate: iso ? at(iso) : null });

  it("flags a proposed item left out that feeds a council decision before the next meeting", () => {
    const warnings = check({ lines: [pause()], notOnAgenda: [proposed("Day services plan", "2027-04-30T12:00:00Z")], nextMeetingStartsAt: next });
    expect(warnings).toEqual(["Left out: 'Day services plan' feeds the council decision on 30 April 2027, before the next meeting."]);
  });

  it("does not flag items whose decision comes after the next meeting, was before this one, or has no date", () => {
    const notOnAgenda = [proposed("After", "2027-06-10T12:00:00Z"), proposed("Past", "2027-02-01T12:00:00Z"), proposed("No date", null)];
    expect(check({ lines: [pause()], notOnAgenda, nextMeetingStartsAt: next })).toEqual([]);
  });

  it("with no next meeting scheduled, flags decisions within three months of this meeting", () => {
    const notOnAgenda = [proposed("Within", "2027-06-01T12:00:00Z"), proposed("Beyond", "2027-06-04T12:00:00Z")];
    expect(check({ lines: [pause()], notOnAgenda })).toEqual([
      "Left out: 'Within' feeds the council decision on 1 June 2027, and no other meeting is scheduled before then.",
    ]);
  });

  it("flags an item on the agenda whose decision is before this meeting as too late to influence", () => {
    expect(check({ lines: [pause(), item("Old consultation", 20, at("2027-02-26T12:00:00Z")), item("Fine", 20, at("2027-04-01T12:00:00Z"))] })).toEqual([
      "Too late to influence: 'Old consultation' feeds the council decision on 26 February 2027, which is before this meeting.",
    ]);
  });

  it("shows dates in the panel's time zone", () => {
    // 11:30pm UTC on 31 March is already 1 April in London (BST).
    const warnings = check({ lines: [pause()], notOnAgenda: [proposed("Late night", "2027-03-31T23:30:00Z")], nextMeetingStartsAt: next });
    expect(warnings).toEqual(["Left out: 'Late night' feeds the council decision on 1 April 2027, before the next meeting."]);
  });
});

it("lists the most pressing warnings first", () => {
  const warnings = check({
    lines: [item("Long", 130, at("2027-01-01T12:00:00Z"))],
    notOnAgenda: [{ title: "Soon", councilDecisionDate: at("2027-03-20T12:00:00Z") }],
  });
  expect(warnings.map((w) => w.split(" ")[0])).toEqual(["This", "The", "Too", "Left"]);
});
