import { describe, expect, it } from "vitest";
import { minutesUsedByEntry } from "./minutes-used-by-entry.ts";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 10, minute));

describe("time used by each agenda entry", () => {
  it("runs from the item's start to the next move, and to now for the current item", () => {
    const used = minutesUsedByEntry(
      [
        { kind: "ITEM", entryId: "a", startedAt: at(0) },
        { kind: "BREAK", entryId: "a", startedAt: at(20) },
        { kind: "ITEM", entryId: "a", startedAt: at(30) },
        { kind: "ITEM", entryId: "b", startedAt: at(35) },
      ],
      at(47),
    );
    expect(used.get("a")).toBe(25);
    expect(used.get("b")).toBe(12);
  });

  it("stops at the end of the meeting and counts nothing for breaks", () => {
    const used = minutesUsedByEntry(
      [
        { kind: "ITEM", entryId: "a", startedAt: at(0) },
        { kind: "END", entryId: null, startedAt: at(9) },
      ],
      at(59),
    );
    expect([...used]).toEqual([["a", 9]]);
  });
});
