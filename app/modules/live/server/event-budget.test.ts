import { describe, expect, it } from "vitest";
import { createEventBudget } from "./event-budget.ts";

describe("a connection's event budget", () => {
  it("allows a burst, refuses the flood after it, and recovers at the steady rate", () => {
    const budget = createEventBudget({ burst: 3, perSecond: 2 });
    const t = Date.now();
    expect([budget.take(t), budget.take(t), budget.take(t), budget.take(t)]).toEqual([true, true, true, false]);
    expect(budget.take(t + 400)).toBe(false);
    expect(budget.take(t + 600)).toBe(true);
    expect(budget.take(t + 10_000)).toBe(true);
  });
});
