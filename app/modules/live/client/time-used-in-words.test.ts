import { describe, expect, it } from "vitest";
import { timeUsed } from "./time-used-in-words.ts";

describe("time used against time planned", () => {
  it("says how far over time an item is, in words", () => {
    expect(timeUsed({ minutesUsed: 20, minutesPlanned: 15 })).toEqual({ used: 20, planned: 15, overBy: 5, text: "20 of 15 minutes — 5 over" });
  });

  it("says nothing about being over while within the time planned", () => {
    expect(timeUsed({ minutesUsed: 12, minutesPlanned: 15 }).text).toBe("12 of 15 minutes");
    expect(timeUsed({ minutesUsed: 15, minutesPlanned: 15 }).overBy).toBe(0);
    expect(timeUsed({ minutesUsed: 0, minutesPlanned: 1 }).text).toBe("0 of 1 minute");
  });

  it("keeps the current item's clock running between updates, and only the current item's", () => {
    const entry = { minutesUsed: 14, minutesPlanned: 15 };
    expect(timeUsed(entry, { isCurrent: true, sinceReadMs: 2 * 60_000 + 5_000 }).text).toBe("16 of 15 minutes — 1 over");
    expect(timeUsed(entry, { isCurrent: false, sinceReadMs: 10 * 60_000 }).text).toBe("14 of 15 minutes");
    expect(timeUsed(entry, { isCurrent: true, sinceReadMs: -5_000 }).used).toBe(14);
  });
});
