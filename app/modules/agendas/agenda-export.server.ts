// Which agenda a person sees, and the agenda as a file to keep: a self-contained HTML document and
// plain text (issue 4, "Agenda page: accessible HTML, printable large-print view, and an export of
// the whole agenda"). Organisers see the draft they are building; everyone else sees the latest
// published version, or nothing until there is one.
import { formatDayInSentence } from "../../dates.ts";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { utcToZonedDateTime } from "../../dates.ts";
import { db } from "../../services.server.ts";
import type { GlossaryEntry } from "../glossary/mark-terms.ts";
import { fromSnapshot, readAgenda, type Agenda } from "./agenda.server.ts";
import { describeAgendaChanges } from "./agenda-changes.ts";
import { meetingDates } from "./agenda-builder.server.ts";
import { describeAgenda, formatDuration, glossaryTermsUsed, type AgendaDocument, type AgendaMeeting, type AgendaVersion } from "./agenda-format.ts";
import { AgendaHtmlDocument, versionText } from "./agenda-view.tsx";

/** The latest published version of the meeting's agenda, if there is one. */
export async function latestPublication(meetingId: string) {
  return db().agendaPublication.findFirst({
    where: { meetingId },
    orderBy: { version: "desc" },
    select: { version: true, snapshot: true, publishedAt: true, reason: true },
  });
}

type AgendaPanel = { id: string; name: string; timeZone: string };

/** What the publication note says: unpublished, the same as version N, or changed since it (and how). */
type DraftState = { kind: "unpublished" } | { kind: "same" | "changed"; version: number; publishedOn: string; changes: string[] };

type AgendaForPerson =
  | { kind: "draft"; document: AgendaDocument; state: DraftState }
  | { kind: "published"; document: AgendaDocument }
  | { kind: "not-published" };

async function toDocument(panel: AgendaPanel, meeting: AgendaMeeting, agenda: Agenda, version: AgendaVersion | null) {
  const carriedFrom = await meetingDates(
    panel.id,
    agenda.lines.map((line) => (line.kind === "ITEM" ? line.carriedFromMeetingId : null)),
  );
  return describeAgenda({ agenda, meeting, panelName: panel.name, timeZone: panel.timeZone, carriedFrom, version });
}

/** The agenda this person may see: organisers the draft, everyone else the latest published version. */
export async function readAgendaForPerson(panel: AgendaPanel, meeting: AgendaMeeting & { id: string }, organiser: boolean): Promise<AgendaForPerson> {
  const publication = await latestPublication(meeting.id);
  if (organiser) {
    const draft = await readAgenda(panel.id, meeting.id);
    if (!draft) return { kind: "not-published" };
    // The same comparison the publish page makes, so "changed" here means there is something to publish.
    const changes = publication ? describeAgendaChanges(fromSnapshot(publication.snapshot), draft, panel.timeZone) : [];
    const state: DraftState = !publication
      ? { kind: "unpublished" }
      : { kind: changes.length ? "changed" : "same", version: publication.version, publishedOn: formatDayInSentence(publication.publishedAt, panel.timeZone), changes };
    return { kind: "draft", document: await toDocument(panel, meeting, draft, null), state };
  }
  if (!publication) return { kind: "not-published" };
  const version = { number: publication.version, publishedOn: formatDayInSentence(publication.publishedAt, panel.timeZone), reason: publication.reason };
  return { kind: "published", document: await toDocument(panel, meeting, fromSnapshot(publication.snapshot), version) };
}

/** "agenda-panel-meeting-day-services-2027-03-17.txt": letters, digits and hyphens only. */
export function agendaFileName(meeting: { title: string; startsAt: Date }, timeZone: string, extension: "html" | "txt"): string {
  const slug = meeting.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60)
    .replace(/-$/, "");
  const date = utcToZonedDateTime(meeting.startsAt, timeZone).date;
  return `agenda-${slug ? `${slug}-` : ""}${date}.${extension}`;
}

/** The headers for a file the browser saves rather than shows. */
export function downloadHeaders(fileName: string, contentType: string): HeadersInit {
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${fileName}"`,
    "Cache-Control": "private, no-store",
  };
}

// Styles for the downloaded document: it is read away from Panel, so it carries its own. Large
// print (18pt), high contrast text, items kept whole on a printed page, and long links broken
// so a phone never scrolls sideways.
const DOCUMENT_STYLES = `
body { margin: 0; color: #0b0c0c; background: #fff; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; overflow-wrap: anywhere; }
.app-large-print { max-width: 46em; margin: 0 auto; padding: 1em; font-size: 18pt; line-height: 1.5; }
h1 { font-size: 1.6em; line-height: 1.2; }
h2 { font-size: 1.3em; margin-top: 1.5em; }
h3 { font-size: 1.1em; margin: 0 0 0.25em; }
a { color: #1d70b8; text-decoration-thickness: max(1px, 0.0625em); }
a:focus, summary:focus { outline: 3px solid #fd0; background: #fd0; color: #0b0c0c; }
dt { font-weight: bold; }
dd { margin: 0 0 0.5em 0; }
.app-large-print__lines { list-style: none; padding: 0; }
.app-large-print__line { border-top: 2px solid #0b0c0c; padding-top: 0.5em; margin-bottom: 1em; break-inside: avoid; page-break-inside: avoid; }
.app-large-print__line-title { break-after: avoid; page-break-after: avoid; }
.app-large-print__flag { font-weight: bold; }
.govuk-visually-hidden { position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important; padding: 0 !important; overflow: hidden !important; clip-path: inset(50%) !important; border: 0 !important; white-space: nowrap !important; }
.app-glossary-term { display: inline; }
.app-glossary-term::details-content { display: inline; }
.app-glossary-term:not([open])::details-content { display: none; }
.app-glossary-term__summary { display: inline; cursor: pointer; text-decoration: underline dotted; color: #1d70b8; list-style: none; }
.app-glossary-term__summary::-webkit-details-marker { display: none; }
.app-glossary-term__explanation { display: block; margin: 0.25em 0 0.5em; padding: 0.25em 0.5em; border-left: 5px solid #b1b4b6; }
@media print { .app-large-print { max-width: none; padding: 0; } a { color: #0b0c0c; } }
`;

/** The whole agenda as one HTML file that needs nothing else to read or print. */
export function agendaAsHtml(document: AgendaDocument, glossary: readonly GlossaryEntry[]): string {
  return `<!DOCTYPE html>${renderToStaticMarkup(createElement(AgendaHtmlDocument, { document, glossary, styles: DOCUMENT_STYLES }))}`;
}

/** The whole agenda as plain text, for email, screen readers and braille displays. */
export function agendaAsText(document: AgendaDocument, glossary: readonly GlossaryEntry[]): string {
  const out: string[] = [];
  const heading = (text: string) => out.push("", text.toUpperCase(), "=".repeat(text.length));
  out.push(`Agenda: ${document.meetingTitle}`, document.panelName, versionText(document));
  if (document.cancelled) out.push("This meeting has been cancelled.");
  heading("Meeting details");
  out.push(`When: ${document.when}`);
  out.push(`Where: ${document.venueName ? [document.venueName, ...document.venueAddress].join(", ") : "Online only"}`);
  if (document.venueAccess) out.push(`Access information: ${document.venueAccess}`);
  out.push(`Online: ${document.onlineLink || "In person only"}`);
  out.push(`Papers deadline: ${document.papersDeadline}`);
  for (const decision of document.decisions) out.push(`Council decision: ${decision}`);
  heading("Order of business");
  if (!document.lines.length) out.push("There is nothing on the agenda yet.");
  for (const line of document.lines) {
    out.push("");
    if (line.kind === "BREAK") {
      out.push(`${line.time}: ${line.title}, ${formatDuration(line.minutes)}`);
      continue;
    }
    out.push(`${line.time}: ${line.number}. ${line.title}`);
    out.push(`${line.type}. ${formatDuration(line.minutes)}.${line.presenter ? ` Presented by ${line.presenter}.` : ""}`);
    if (line.latePaper) out.push(line.latePaper);
    if (line.carriedFrom) out.push(line.carriedFrom);
    out.push(`About: ${line.about}`);
    if (line.relatedRecommendations.length) out.push(`Related recommendations: ${line.relatedRecommendations.join(", ")}`);
    if (line.councilDecision) out.push(`Council decision: ${line.councilDecision}${line.councilDecisionDate ? `, on ${line.councilDecisionDate}` : ""}`);
    else if (line.councilDecisionDate) out.push(`Council decision on ${line.councilDecisionDate}`);
    if (line.paperNote) out.push(line.paperNote);
    if (line.paperLink) out.push(`Paper: ${line.paperLink}`);
  }
  if (document.lines.length) out.push("", `Planned to finish at ${document.plannedEnd}.`);
  const words = glossaryTermsUsed(document, glossary);
  if (words.length) {
    heading("Words used in this agenda");
    for (const word of words) out.push(`${word.term}: ${word.explanation}`);
  }
  return `${out.join("\n")}\n`;
}
