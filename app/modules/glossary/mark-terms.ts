// Finds the panel's glossary terms in a piece of panel text, so the explanation can be offered in
// place (issue 4, "Glossary"; SCIL R5.3: jargon "minimised and fully explained"). Pure, so the
// browser and the server split text the same way and hydration matches.

export type GlossaryEntry = { term: string; explanation: string };

export type TextSegment =
  | { kind: "text"; text: string }
  /** `text` is the words as written in the text; `term` is the glossary's spelling. */
  | { kind: "term"; text: string; term: string; explanation: string };

// A term is a whole word or phrase: no letter, digit or underscore straight before or after it.
const NOT_AFTER_WORD = "(?<![\\p{L}\\p{N}_])";
const NOT_BEFORE_WORD = "(?![\\p{L}\\p{N}_])";

/** Each term as a pattern: regex syntax escaped, any run of spaces, either apostrophe, any hyphen. */
function termPattern(term: string): string {
  return term
    .trim()
    .split(/\s+/)
    .map((word) =>
      word
        .replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&")
        .replace(/['’‘]/g, "['’‘]")
        .replace(/[-‐‑]/g, "[-‐‑]"),
    )
    .join("\\s+");
}

function compare(a: string, b: string): number {
  return a.localeCompare(b, "en", { sensitivity: "base" });
}

/**
 * Prepares the terms once for several blocks of text. Longer terms are tried first, so "Personal
 * Budget" wins over "Budget"; a simple plural ("Direct Payments") counts as the term.
 */
function matcherFor(terms: readonly GlossaryEntry[]) {
  const seen = new Set<string>();
  const usable = terms
    .filter((entry) => /[\p{L}\p{N}]/u.test(entry.term))
    .filter((entry) => {
      const key = entry.term.trim().toLocaleLowerCase("en");
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => b.term.trim().length - a.term.trim().length || compare(a.term, b.term));
  if (usable.length === 0) return null;
  const alternatives = usable.map((entry) => `(${termPattern(entry.term)})`).join("|");
  return { entries: usable, pattern: new RegExp(`${NOT_AFTER_WORD}(?:${alternatives})s?${NOT_BEFORE_WORD}`, "giu") };
}

function split(text: string, matcher: ReturnType<typeof matcherFor>, marked: Set<string>): TextSegment[] {
  const segments: TextSegment[] = [];
  const pushText = (value: string) => {
    if (!value) return;
    const last = segments.at(-1);
    if (last?.kind === "text") last.text += value;
    else segments.push({ kind: "text", text: value });
  };
  if (!matcher) {
    pushText(text);
    return segments;
  }
  let from = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    const entry = matcher.entries[match.slice(1).findIndex((group) => group !== undefined)]!;
    pushText(text.slice(from, match.index));
    if (marked.has(entry.term)) {
      // Seen already: left as plain words, and no shorter term is looked for inside it.
      pushText(match[0]);
    } else {
      marked.add(entry.term);
      segments.push({ kind: "term", text: match[0], term: entry.term.trim(), explanation: entry.explanation });
    }
    from = match.index + match[0].length;
  }
  pushText(text.slice(from));
  return segments;
}

/** Splits one block of text; each term is marked at its first occurrence only. */
export function markTerms(text: string, terms: readonly GlossaryEntry[]): TextSegment[] {
  return split(text, matcherFor(terms), new Set());
}

/**
 * Splits blocks that are read as one text (the lines of a list): each term is marked at its
 * first occurrence across all of them, not once per line.
 */
export function markTermsInBlocks(blocks: readonly string[], terms: readonly GlossaryEntry[]): TextSegment[][] {
  const matcher = matcherFor(terms);
  const marked = new Set<string>();
  return blocks.map((block) => split(block, matcher, marked));
}
