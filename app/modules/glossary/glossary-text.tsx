// Panel text with its glossary terms explained in place. Each term is a native <details>: it is
// reached with Tab, opened with Enter or Space, announced by screen readers as a collapsed
// disclosure, and works without JavaScript (never hover-only: WCAG 1.4.13, 2.1.1; SCIL R5.3).
// A <details> cannot sit inside a <p>, so these render their own block: a <div> or a list.
import { Fragment } from "react";
import { markTerms, markTermsInBlocks, type GlossaryEntry, type TextSegment } from "./mark-terms.ts";

export type { GlossaryEntry } from "./mark-terms.ts";

function Segments({ segments }: { segments: TextSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.kind === "text" ? (
          <Fragment key={index}>{segment.text}</Fragment>
        ) : (
          <details className="app-glossary-term" key={index}>
            <summary className="app-glossary-term__summary">
              {segment.text}
              <span className="govuk-visually-hidden"> (glossary term)</span>
            </summary>
            <span className="app-glossary-term__explanation">
              <strong className="app-glossary-term__name">{segment.term}:</strong> {segment.explanation}
            </span>
          </details>
        ),
      )}
    </>
  );
}

/** A block of text (a paragraph's worth) with its terms marked at their first occurrence. */
export function GlossaryText({ text, terms, className = "govuk-body" }: { text: string; terms: readonly GlossaryEntry[]; className?: string }) {
  return (
    <div className={className}>
      <Segments segments={markTerms(text, terms)} />
    </div>
  );
}

/** A bulleted list read as one text: each term is marked once, where it first appears. */
export function GlossaryList({ lines, terms }: { lines: readonly string[]; terms: readonly GlossaryEntry[] }) {
  const blocks = markTermsInBlocks(lines, terms);
  return (
    <ul className="govuk-list govuk-list--bullet">
      {blocks.map((segments, index) => (
        <li key={index}>
          <Segments segments={segments} />
        </li>
      ))}
    </ul>
  );
}
