// How an agenda reads: on the agenda page (GOV.UK summary cards), in the large-print view and in
// the downloadable HTML document (plain semantic HTML that prints well). One rendering of the
// words in agenda-format.ts, so every version says the same (issue 4, "Agenda page").
// Late papers and carried items are said in words, never by colour alone; glossary terms are
// explained in place (GlossaryText).
import { Tag } from "~/components/page.tsx";
import { SummaryCard, SummaryList, type SummaryListRow } from "~/components/summary-list.tsx";
import { GlossaryText, type GlossaryEntry } from "../glossary/glossary-text.tsx";
import { formatDuration, glossaryTermsUsed, type AgendaDocument, type AgendaDocumentLine } from "./agenda-format.ts";

type ItemLine = Extract<AgendaDocumentLine, { kind: "ITEM" }>;

export function versionText(document: AgendaDocument): string {
  return document.version ? `Version ${document.version.number}, published on ${document.version.publishedOn}` : "Draft agenda: not published yet";
}

function Where({ document }: { document: AgendaDocument }) {
  if (!document.venueName) return <>Online only</>;
  return (
    <>
      {document.venueName}
      {document.venueAddress.map((line, index) => (
        <span key={index}>
          <br />
          {line}
        </span>
      ))}
    </>
  );
}

/** When, where, the online link and the papers deadline. */
export function AgendaMeetingDetails({ document }: { document: AgendaDocument }) {
  return (
    <SummaryList
      rows={[
        { key: "When", value: document.when },
        { key: "Where", value: <Where document={document} /> },
        document.venueAccess ? { key: "Access information", value: document.venueAccess } : null,
        {
          key: "Online",
          value: <>
            {document.onlineLink ? (
              <a className="govuk-link" href={document.onlineLink} rel="noreferrer noopener">
                Join the meeting online
              </a>
            ) : (
              "In person only"
            )}
          </>,
        },
        { key: "Papers deadline", value: document.papersDeadline },
        document.decisions.length
          ? {
            key: "Council decisions",
            value: <ul className="govuk-list">
              {document.decisions.map((decision) => (
                <li key={decision}>{decision}</li>
              ))}
            </ul>,
          }
          : null,
      ]}
    />
  );
}

/** "Late paper", "Carried from 3 March 2027": tags with words. */
function ItemTags({ line }: { line: ItemLine }) {
  if (!line.latePaper && !line.carriedFrom) return null;
  return (
    <p className="govuk-body">
      {line.latePaper ? <Tag colour="red">Late paper</Tag> : null} {line.carriedFrom ? <Tag colour="grey">{line.carriedFrom}</Tag> : null}
    </p>
  );
}

function Paper({ line }: { line: ItemLine }) {
  const link = line.paperLink ? (
    <a className="govuk-link" href={line.paperLink} rel="noreferrer noopener">
      Read the paper<span className="govuk-visually-hidden"> for {line.title}</span>
    </a>
  ) : null;
  const note = line.latePaper ?? line.paperNote;
  if (!link && !note) return <>No paper yet</>;
  return (
    <>
      {note ? <p className="govuk-body govuk-!-margin-bottom-1">{line.latePaper ? <strong>{note}</strong> : note}</p> : null}
      {link}
    </>
  );
}

function councilDecisionRow(line: ItemLine, glossary: readonly GlossaryEntry[]): SummaryListRow | null {
  if (!line.councilDecision && !line.councilDecisionDate) return null;
  return {
    key: "Council decision",
    value: (
      <>
        {line.councilDecision ? <GlossaryText text={line.councilDecision} terms={glossary} className="govuk-body govuk-!-margin-bottom-1" /> : null}
        {line.councilDecisionDate ? <p className="govuk-body govuk-!-margin-bottom-0">On {line.councilDecisionDate}</p> : null}
      </>
    ),
  };
}

/** One item as a summary card on the agenda page. */
function ItemCard({ line, glossary, headingLevel }: { line: ItemLine; glossary: readonly GlossaryEntry[]; headingLevel: 2 | 3 }) {
  return (
    <SummaryCard
      headingLevel={headingLevel}
      title={
        <>
          {line.number}. {line.title}
        </>
      }
    >
      <ItemTags line={line} />
      <SummaryList
        rows={[
          { key: "Time", value: `${line.time}, ${formatDuration(line.minutes)}` },
          { key: "Kind", value: line.type },
          { key: "Presenter", value: line.presenter || "Not given" },
          { key: "About", value: <GlossaryText text={line.about} terms={glossary} className="govuk-body govuk-!-margin-bottom-0" /> },
          line.relatedRecommendations.length ? { key: "Related recommendations", value: line.relatedRecommendations.join(", ") } : null,
          councilDecisionRow(line, glossary),
          { key: "Paper", value: <Paper line={line} /> },
        ]}
      />
    </SummaryCard>
  );
}

/** The agenda's lines in order, for the agenda page. */
export function AgendaCards({ document, glossary, headingLevel = 3 }: { document: AgendaDocument; glossary: readonly GlossaryEntry[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol className="govuk-list">
      {document.lines.map((line) => (
        <li key={line.entryId}>
          {line.kind === "BREAK" ? (
            <Heading className="govuk-heading-s govuk-!-margin-bottom-6">
              {line.time}: {line.title}, {formatDuration(line.minutes)}
            </Heading>
          ) : (
            <ItemCard line={line} glossary={glossary} headingLevel={headingLevel} />
          )}
        </li>
      ))}
    </ol>
  );
}

// ---- Large print and the downloadable document ----

function PrintItem({ line, glossary }: { line: ItemLine; glossary: readonly GlossaryEntry[] }) {
  return (
    <>
      <h3 className="app-large-print__line-title">
        {line.time}: {line.number}. {line.title}
      </h3>
      <p>
        {line.type}. {formatDuration(line.minutes)}.{line.presenter ? ` Presented by ${line.presenter}.` : ""}
      </p>
      {line.latePaper || line.carriedFrom ? (
        <p>
          {line.latePaper ? <strong className="app-large-print__flag">{line.latePaper}</strong> : null}
          {line.latePaper && line.carriedFrom ? " " : null}
          {line.carriedFrom ? <strong className="app-large-print__flag">{line.carriedFrom}</strong> : null}
        </p>
      ) : null}
      <GlossaryText text={line.about} terms={glossary} className="app-large-print__text" />
      {line.relatedRecommendations.length ? <p>Related recommendations: {line.relatedRecommendations.join(", ")}</p> : null}
      {line.councilDecision ? (
        <p>
          Council decision: {line.councilDecision}
          {line.councilDecisionDate ? `, on ${line.councilDecisionDate}` : ""}
        </p>
      ) : line.councilDecisionDate ? (
        <p>Council decision on {line.councilDecisionDate}</p>
      ) : null}
      {line.paperNote ? <p>{line.paperNote}</p> : null}
      {line.paperLink ? (
        <p>
          Paper:{" "}
          <a className="govuk-link app-large-print__link" href={line.paperLink}>
            {line.paperLink}
          </a>
        </p>
      ) : null}
    </>
  );
}

/** The whole agenda in large print: one h1, meeting details, the lines, and the words explained. */
export function LargePrintAgenda({ document, glossary }: { document: AgendaDocument; glossary: readonly GlossaryEntry[] }) {
  const words = glossaryTermsUsed(document, glossary);
  return (
    <>
      <h1 className="app-large-print__title">Agenda: {document.meetingTitle}</h1>
      <p>{document.panelName}</p>
      <p>{versionText(document)}</p>
      {document.cancelled ? (
        <p>
          <strong className="app-large-print__flag">This meeting has been cancelled.</strong>
        </p>
      ) : null}
      <h2>Meeting details</h2>
      <dl className="app-large-print__details">
        <dt>When</dt>
        <dd>{document.when}</dd>
        <dt>Where</dt>
        <dd>
          <Where document={document} />
        </dd>
        {document.venueAccess ? (
          <>
            <dt>Access information</dt>
            <dd>{document.venueAccess}</dd>
          </>
        ) : null}
        <dt>Online</dt>
        <dd>
          {document.onlineLink ? (
            <a className="govuk-link app-large-print__link" href={document.onlineLink}>
              {document.onlineLink}
            </a>
          ) : (
            "In person only"
          )}
        </dd>
        <dt>Papers deadline</dt>
        <dd>{document.papersDeadline}</dd>
        {document.decisions.length ? (
          <>
            <dt>Council decisions</dt>
            {document.decisions.map((decision) => (
              <dd key={decision}>{decision}</dd>
            ))}
          </>
        ) : null}
      </dl>
      <h2>Order of business</h2>
      {document.lines.length ? (
        <ol className="app-large-print__lines">
          {document.lines.map((line) => (
            <li className="app-large-print__line" key={line.entryId}>
              {line.kind === "BREAK" ? (
                <h3 className="app-large-print__line-title">
                  {line.time}: {line.title}, {formatDuration(line.minutes)}
                </h3>
              ) : (
                <PrintItem line={line} glossary={glossary} />
              )}
            </li>
          ))}
        </ol>
      ) : (
        <p>There is nothing on the agenda yet.</p>
      )}
      {document.lines.length ? <p>Planned to finish at {document.plannedEnd}.</p> : null}
      {words.length ? (
        <>
          <h2>Words used in this agenda</h2>
          <dl className="app-large-print__words">
            {words.map((word) => (
              <div key={word.term}>
                <dt>{word.term}</dt>
                <dd>{word.explanation}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : null}
    </>
  );
}

/** The downloadable agenda: a whole HTML document that needs nothing else to read or print. */
export function AgendaHtmlDocument({ document, glossary, styles }: { document: AgendaDocument; glossary: readonly GlossaryEntry[]; styles: string }) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`Agenda: ${document.meetingTitle} – ${document.panelName}`}</title>
        <style dangerouslySetInnerHTML={{ __html: styles }} />
      </head>
      <body>
        <main className="app-large-print app-large-print--18">
          <LargePrintAgenda document={document} glossary={glossary} />
        </main>
      </body>
    </html>
  );
}
