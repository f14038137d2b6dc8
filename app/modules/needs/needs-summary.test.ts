import { describe, expect, it } from "vitest";
import { summariseNeeds, type NeedsForSummary } from "./needs-summary.ts";

const person = (overrides: Partial<NeedsForSummary>): NeedsForSummary => ({
  paperFormat: "STANDARD",
  meetingSupport: [],
  physicalAccess: [],
  ...overrides,
});

describe("summing up needs for the people preparing things", () => {
  it("counts formats with their details, and support, most common first", () => {
    const lines = summariseNeeds([
      person({ paperFormat: "LARGE_PRINT", largePrintPointSize: 18 }),
      person({ paperFormat: "LARGE_PRINT", largePrintPointSize: 24 }),
      person({ paperFormat: "LARGE_PRINT", largePrintPointSize: 18 }),
      person({ paperFormat: "LARGE_PRINT", largePrintPointSize: 24, meetingSupport: ["BSL_INTERPRETER"] }),
      person({ paperFormat: "BRAILLE", brailleGrade: 2 }),
      person({ paperFormat: "EASY_READ", physicalAccess: ["STEP_FREE"] }),
      person({ paperFormat: "EASY_READ" }),
      person({ paperFormat: "STANDARD", dietaryNeeds: "Vegan" }),
    ]);
    expect(lines).toEqual([
      "4 large print: 2 at 18pt, 2 at 24pt",
      "2 easy read",
      "1 Braille grade 2",
      "1 BSL interpreter",
      "1 step-free access",
      "1 with dietary needs",
    ]);
  });

  it("says nothing when everyone reads standard print and needs nothing else", () => {
    expect(summariseNeeds([person({}), person({})])).toEqual([]);
  });
});
