import { describe, expect, it } from "vitest";
import { describeNote, describeTimeUsed, readMinutesText, writeMinutesText, type MinutesSource } from "./minutes-text.ts";

const note = (kind: "POINT" | "DECISION" | "ACTION" | "QUESTION", text: string, extra: Partial<Parameters<typeof describeNote>[0]> = {}) => ({
  kind,
  text,
  agreedBy: "",
  ownerName: "",
  due: null,
  recommendations: [],
  ...extra,
});

const source: MinutesSource = {
  panelName: "Personalisation Expert Panel",
  meetingTitle: "Panel meeting",
  when: "Wednesday 17 March 2027, 2pm to 4pm",
  present: { inRoom: ["Alex Morgan", "Chris Jones"], online: ["Priya Shah"] },
  apologies: ["Jordan Ellis"],
  items: [
    {
      number: 1,
      title: "Direct payments",
      minutesUsed: 20,
      minutesPlanned: 15,
      notes: [
        note("QUESTION", "How many people gave up?"),
        note("POINT", "The forms are too long"),
        note("ACTION", "Send the hardest words to Chris", { ownerName: "Priya Shah", due: "Friday 4 December 2026", recommendations: ["R5.8"] }),
        note("DECISION", "The panel will list the words", { agreedBy: "Everyone" }),
      ],
    },
    { number: 2, title: "Day services", minutesUsed: null, minutesPlanned: 10, notes: [] },
  ],
  outside: [note("POINT", "The hearing loop will be checked")],
};

describe("the draft minutes as plain text", () => {
  it("says the time each item took against the time planned, in words", () => {
    expect(describeTimeUsed(20, 15)).toBe("Time: 20 minutes (15 planned)");
    expect(describeTimeUsed(1, 5)).toBe("Time: 1 minute (5 planned)");
    expect(describeTimeUsed(null, 10)).toBe("Time: not recorded (10 planned)");
  });

  it("gives a decision who agreed, and an action its owner, due date and recommendations", () => {
    expect(describeNote(note("DECISION", "Agreed to list the words", { agreedBy: "Everyone" }))).toBe("- Agreed to list the words. Agreed by: Everyone.");
    expect(describeNote(note("ACTION", "Send the words", { ownerName: "Priya Shah", due: "Friday 4 December 2026", recommendations: ["R5.8", "R6.4"] }))).toBe(
      "- Send the words. Owner: Priya Shah. Due: Friday 4 December 2026. Recommendations: R5.8, R6.4.",
    );
    expect(describeNote(note("ACTION", "Find out?"))).toBe("- Find out? Owner: not named. Due: no date set.");
  });

  it("lists who came by how they came, apologies, then each item's notes by kind in a fixed order", () => {
    const text = writeMinutesText(source);
    expect(text).toContain("Present\nIn the room: Alex Morgan, Chris Jones\nOnline: Priya Shah");
    expect(text).toContain("Sent apologies\nJordan Ellis");
    expect(text).toContain("1. Direct payments\nTime: 20 minutes (15 planned)");
    const order = ["Points made", "Decisions", "Actions", "Questions to come back to"].map((heading) => text.indexOf(`\n${heading}\n`));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(text).toContain("2. Day services\nTime: not recorded (10 planned)\n\nNo notes were written under this item.");
    expect(text).toMatch(/Notes outside the agenda\n\nPoints made\n- The hearing loop will be checked\.\n$/);
  });

  it("says so when attendance was not recorded and nothing was written outside the agenda", () => {
    const text = writeMinutesText({ ...source, present: { inRoom: [], online: [] }, apologies: [], outside: [] });
    expect(text).toContain("Present\nAttendance was not recorded.");
    expect(text).not.toContain("Sent apologies");
    expect(text).toMatch(/Notes outside the agenda\n\nNone\.\n$/);
    expect(writeMinutesText({ ...source, present: { inRoom: [], online: ["Priya Shah"] } })).toContain("Present\nOnline: Priya Shah\n\n");
  });
});

describe("reading the minutes back for the page", () => {
  it("finds the headings, lists and paragraphs of built minutes", () => {
    const blocks = readMinutesText(writeMinutesText(source));
    expect(blocks[0]).toEqual({ kind: "paragraph", lines: ["Minutes of Panel meeting"] });
    expect(blocks).toContainEqual({ kind: "heading", level: 2, text: "Present" });
    expect(blocks).toContainEqual({ kind: "heading", level: 2, text: "1. Direct payments" });
    expect(blocks).toContainEqual({ kind: "heading", level: 3, text: "Decisions" });
    expect(blocks).toContainEqual({ kind: "list", items: ["The panel will list the words. Agreed by: Everyone."] });
  });

  it("treats text people typed themselves as paragraphs and lists, whatever its line endings", () => {
    expect(readMinutesText("A line\r\nAnother line\r\n\r\n- one\n* two\n\nAfter")).toEqual([
      { kind: "paragraph", lines: ["A line", "Another line"] },
      { kind: "list", items: ["one", "two"] },
      { kind: "paragraph", lines: ["After"] },
    ]);
    expect(readMinutesText("   \n\n")).toEqual([]);
  });
});
