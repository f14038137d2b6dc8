import { describe, expect, it } from "vitest";
import { describeDue, dueSentence } from "./due.ts";

describe("when an action is due, in words", () => {
  it("counts whole days either side of today", () => {
    expect(describeDue("2026-11-20", "2026-11-23")).toEqual({ words: "3 days overdue", overdue: true });
    expect(describeDue("2026-11-22", "2026-11-23")).toEqual({ words: "1 day overdue", overdue: true });
    expect(describeDue("2026-11-23", "2026-11-23")).toEqual({ words: "today", overdue: false });
    expect(describeDue("2026-11-24", "2026-11-23")).toEqual({ words: "tomorrow", overdue: false });
    expect(describeDue("2026-12-03", "2026-11-23")).toEqual({ words: "in 10 days", overdue: false });
  });

  it("is not confused by the clocks changing", () => {
    expect(describeDue("2027-03-29", "2027-03-27")).toEqual({ words: "in 2 days", overdue: false });
  });

  it("has no words without a due date", () => {
    expect(describeDue(null, "2026-11-23")).toEqual({ words: null, overdue: false });
    expect(dueSentence(null, null)).toBe("No due date");
    expect(dueSentence("Friday 4 December 2026", "in 11 days")).toBe("Due Friday 4 December 2026 (in 11 days)");
  });
});
