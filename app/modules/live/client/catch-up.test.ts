import { describe, expect, it } from "vitest";
import { liveIds, liveNote, liveState } from "../../../../tests/support/live-snapshot.ts";
import { catchUp, whereTheMeetingIs } from "./catch-up.ts";

const [welcome, letters, , dayServices] = liveIds.entries;
const [item1, item2, item3] = liveIds.items;

describe("catch me up", () => {
  it("says where the meeting is, what was decided, what happens next and the last three points", () => {
    const state = liveState({ currentEntryId: dayServices! });
    const notes = [
      liveNote({ itemId: item1!, text: "Everyone introduced themselves" }),
      liveNote({ itemId: item2!, kind: "DECISION", text: "Letters come in easy read on request", agreedBy: "Everyone" }),
      liveNote({ itemId: item2!, text: "Small print is hard to read" }),
      liveNote({
        itemId: item2!,
        kind: "ACTION",
        text: "Send the easy read template",
        ownerName: "Chris Jones",
        dueOn: "2026-12-31",
        recommendations: ["R5.3"],
      }),
      liveNote({ itemId: item3!, kind: "QUESTION", text: "Who runs the new day centres?" }),
      liveNote({ itemId: item3!, text: "Transport matters most" }),
    ];
    expect(catchUp(state, notes)).toEqual({
      now: "Now on item 3: Day services, presented by Chris Jones.",
      decided: ["Item 2: Easy read letters: Letters come in easy read on request (agreed by Everyone)"],
      nextSteps: ["Item 2: Easy read letters: Send the easy read template — Chris Jones, by Thursday 31 December 2026 (R5.3)"],
      lastPoints: [
        "Item 2: Easy read letters: Small print is hard to read",
        "Item 3: Day services: Question to come back to: Who runs the new day centres?",
        "Item 3: Day services: Transport matters most",
      ],
    });
  });

  it("orders notes as they were written, whatever order they arrived in", () => {
    const first = liveNote({ text: "First" });
    const second = liveNote({ text: "Second" });
    expect(catchUp(liveState(), [second, first]).lastPoints).toEqual(["Item 1: Welcome: First", "Item 1: Welcome: Second"]);
  });

  it("names notes written outside the agenda items", () => {
    expect(catchUp(liveState(), [liveNote({ itemId: null, kind: "DECISION", text: "Next meeting in March" })]).decided).toEqual([
      "Outside the agenda items: Next meeting in March",
    ]);
  });

  it("says plainly when the meeting has not started, is on a break, or has ended", () => {
    expect(whereTheMeetingIs(liveState({ liveStartedAt: null }))).toBe("The meeting has not started yet.");
    expect(whereTheMeetingIs(liveState())).toBe("The meeting has started. The chair has not moved to the first item yet.");
    expect(whereTheMeetingIs(liveState({ currentEntryId: letters!, onBreakSince: "2026-11-24T11:05:00.000Z" }))).toBe(
      "The meeting is on a break. After it, it carries on with item 2: Easy read letters.",
    );
    expect(whereTheMeetingIs(liveState({ currentEntryId: liveIds.entries[2]! }))).toBe("The meeting is on a break: Tea break.");
    expect(whereTheMeetingIs(liveState({ currentEntryId: welcome!, liveEndedAt: "2026-11-24T12:00:00.000Z" }))).toBe("The meeting has ended.");
  });
});
