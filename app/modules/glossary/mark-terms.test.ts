import { describe, expect, it } from "vitest";
import { markTerms, markTermsInBlocks, type GlossaryEntry, type TextSegment } from "./mark-terms.ts";

const entry = (term: string, explanation = `About ${term}`): GlossaryEntry => ({ term, explanation });

/** The segments in short form: plain words as they are, marked terms as [words]. */
function shown(segments: TextSegment[]): string {
  return segments.map((s) => (s.kind === "term" ? `[${s.text}]` : s.text)).join("");
}

describe("marking glossary terms in panel text", () => {
  it("gives back the text as one plain segment when there are no terms", () => {
    expect(markTerms("The panel meets in March.", [])).toEqual([{ kind: "text", text: "The panel meets in March." }]);
  });

  it("gives back nothing for empty text", () => {
    expect(markTerms("", [entry("ULO")])).toEqual([]);
  });

  it("marks a term with the glossary's spelling and explanation, keeping the words as written", () => {
    const segments = markTerms("Ask about a direct payment today.", [entry("Direct Payment", "Money from the council to buy your own support.")]);
    expect(segments).toEqual([
      { kind: "text", text: "Ask about a " },
      { kind: "term", text: "direct payment", term: "Direct Payment", explanation: "Money from the council to buy your own support." },
      { kind: "text", text: " today." },
    ]);
  });

  it("ignores case in both directions", () => {
    expect(shown(markTerms("The ulo pays us.", [entry("ULO")]))).toBe("The [ulo] pays us.");
    expect(shown(markTerms("PERSONALISATION matters.", [entry("personalisation")]))).toBe("[PERSONALISATION] matters.");
  });

  it("marks whole words only, never part of a longer word", () => {
    const terms = [entry("care"), entry("ULO")];
    expect(shown(markTerms("Careful carers take care.", terms))).toBe("Careful carers take [care].");
    expect(shown(markTerms("A ULOTS member and a MULO.", [entry("ULO")]))).toBe("A ULOTS member and a MULO.");
    expect(shown(markTerms("Care_manager and care2go", terms))).toBe("Care_manager and care2go");
  });

  it("counts a simple plural as the term", () => {
    expect(shown(markTerms("Direct Payments help.", [entry("Direct Payment")]))).toBe("[Direct Payments] help.");
  });

  it("finds terms next to punctuation", () => {
    const terms = [entry("ULO"), entry("co-production")];
    expect(shown(markTerms("(ULO), then co-production.", terms))).toBe("([ULO]), then [co-production].");
    expect(shown(markTerms("“Co-production”—really?", terms))).toBe("“[Co-production]”—really?");
    expect(shown(markTerms("ULO's role; ULO!", terms))).toBe("[ULO]'s role; ULO!");
  });

  it("marks each term at its first occurrence only", () => {
    const segments = markTerms("A ULO is run by disabled people. Our ULO pays fees. ulo again.", [entry("ULO")]);
    expect(shown(segments)).toBe("A [ULO] is run by disabled people. Our ULO pays fees. ulo again.");
    expect(segments.filter((s) => s.kind === "term")).toHaveLength(1);
  });

  it("prefers the longest term where terms overlap, and never marks inside another match", () => {
    const terms = [entry("Budget"), entry("Personal Budget"), entry("Personal")];
    expect(shown(markTerms("Your Personal Budget is a budget.", terms))).toBe("Your [Personal Budget] is a [budget].");
  });

  it("does not mark a shorter term inside a later, unmarked occurrence of a longer one", () => {
    const terms = [entry("Budget"), entry("Personal Budget")];
    expect(shown(markTerms("Personal Budget, then Personal Budget again.", terms))).toBe("[Personal Budget], then Personal Budget again.");
  });

  it("takes the term that starts first when two terms share words", () => {
    const terms = [entry("self-directed support"), entry("support worker")];
    expect(shown(markTerms("Self-directed support worker visits.", terms))).toBe("[Self-directed support] worker visits.");
  });

  it("matches either apostrophe, and any spacing inside a term", () => {
    const terms = [entry("carer's assessment"), entry("Expert by experience")];
    expect(shown(markTerms("A carer’s assessment by an expert  by\nexperience.", terms))).toBe(
      "A [carer’s assessment] by an [expert  by\nexperience].",
    );
    expect(shown(markTerms("Book a carer's assessment.", [entry("carer’s assessment")]))).toBe("Book a [carer's assessment].");
  });

  it("treats regular expression characters in a term as plain characters", () => {
    const terms = [entry("C++"), entry("A.B"), entry("(ULO)"), entry("a|b"), entry("[x]"), entry("$5 fee"), entry("1/2 day"), entry("\\d")];
    expect(shown(markTerms("C++ and AxB and A.B and (ULO) and a|b and ab and [x] and $5 fee and 1/2 day and \\d and 5", terms))).toBe(
      "[C++] and AxB and [A.B] and [(ULO)] and [a|b] and ab and [[x]] and [$5 fee] and [1/2 day] and [\\d] and 5",
    );
  });

  it("ignores blank and punctuation-only terms, and a repeated term in the glossary", () => {
    const terms = [entry(""), entry("   "), entry("?"), entry("ULO", "first"), entry("ulo", "second")];
    const segments = markTerms("What? A ULO.", terms);
    expect(shown(segments)).toBe("What? A [ULO].");
    expect(segments[1]).toMatchObject({ explanation: "first" });
  });

  it("trims the glossary's spelling of a term", () => {
    expect(markTerms("The ULO.", [entry("  ULO ")])[1]).toMatchObject({ kind: "term", term: "ULO", text: "ULO" });
  });

  it("marks letters beyond English as whole words too", () => {
    expect(shown(markTerms("Café society and cafés.", [entry("café")]))).toBe("[Café] society and cafés.");
    expect(shown(markTerms("Écafé", [entry("café")]))).toBe("Écafé");
  });

  it("joins the plain pieces around repeated terms into one segment", () => {
    const segments = markTerms("ULO ULO ULO", [entry("ULO")]);
    expect(segments).toEqual([
      { kind: "term", text: "ULO", term: "ULO", explanation: "About ULO" },
      { kind: "text", text: " ULO ULO" },
    ]);
  });

  it("marks a term once across the lines of a list", () => {
    const blocks = markTermsInBlocks(["Independent Living first.", "Then Independent Living and a ULO.", "A ULO again."], [
      entry("Independent Living"),
      entry("ULO"),
    ]);
    expect(blocks.map(shown)).toEqual(["[Independent Living] first.", "Then Independent Living and a [ULO].", "A ULO again."]);
  });

  it("copes with many terms and long text", () => {
    const terms = Array.from({ length: 300 }, (_, i) => entry(`term${i}`));
    const text = Array.from({ length: 2000 }, (_, i) => `term${i % 300}`).join(" ");
    const segments = markTerms(text, terms);
    expect(segments.filter((s) => s.kind === "term")).toHaveLength(300);
  });
});
