// The minutes as the page shows them: the plain text read back into headings, lists and
// paragraphs, so people using screen readers can move by heading and list.
import { readMinutesText } from "./minutes-text.ts";

/** `headingOffset`: 1 when the minutes sit under the page's own h2 (their h2 become h3). */
export function MinutesText({ text, headingOffset = 0 }: { text: string; headingOffset?: 0 | 1 }) {
  return (
    <div className="app-minutes">
      {readMinutesText(text).map((block, index) => {
        if (block.kind === "heading") {
          const level = block.level + headingOffset;
          const Heading = level === 2 ? "h2" : level === 3 ? "h3" : "h4";
          return (
            <Heading key={index} className={block.level === 2 ? "govuk-heading-m" : "govuk-heading-s"}>
              {block.text}
            </Heading>
          );
        }
        if (block.kind === "list") {
          return (
            <ul key={index} className="govuk-list govuk-list--bullet">
              {block.items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          );
        }
        return (
          <p key={index} className="govuk-body">
            {block.lines.map((line, i) => (
              <span key={i}>
                {i ? <br /> : null}
                {line}
              </span>
            ))}
          </p>
        );
      })}
    </div>
  );
}
