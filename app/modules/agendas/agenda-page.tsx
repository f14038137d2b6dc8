// A meeting's agenda page, for people in the panel and for a supporter reading a member's papers
// (decision 009: separate routes, one page). Organisers see the draft they are building, with a
// note when it is not published or differs from what members see; everyone else, supporters too,
// sees the latest published version. The large print and download links are the panel's routes,
// so a supporter is not offered them.
import type { SerializeFrom } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { Breadcrumbs } from "~/components/page.tsx";
import type { ForWhom } from "../meetings/meeting-summary.tsx";
import { MattersArising } from "../minutes/matters-arising.tsx";
import { ActingFor } from "../supporters/acting-page.tsx";
import type { describeAgendaPage } from "./agenda-page.server.ts";
import { formatDuration, NOT_PUBLISHED_YET } from "./agenda-format.ts";
import { AgendaCards, AgendaMeetingDetails, versionText } from "./agenda-view.tsx";

export type AgendaPageProps = SerializeFrom<typeof describeAgendaPage> & { forWhom: ForWhom };

type AgendaForPerson = AgendaPageProps["agenda"];

function DraftNote({ agenda, publishUrl, cancelled }: { agenda: AgendaForPerson; publishUrl: string; cancelled: boolean }) {
  if (agenda.kind !== "draft") return null;
  const { state } = agenda;
  const text =
    state.kind === "unpublished"
      ? "This is the draft agenda. It has not been published, so members cannot see it yet."
      : state.kind === "changed"
        ? `This is the draft agenda. It has changed since version ${state.version} was published on ${state.publishedOn}: members still see version ${state.version} until you publish the changes. What has changed:`
        : `This is the draft agenda. It is the same as version ${state.version}, published on ${state.publishedOn}, which members see.`;
  return (
    <div className="govuk-inset-text">
      <p className="govuk-body">{text}</p>
      {state.kind === "changed" ? (
        <ul className="govuk-list govuk-list--bullet">
          {state.changes.map((change) => (
            <li key={change}>{change}</li>
          ))}
        </ul>
      ) : null}
      {state.kind !== "same" && !cancelled ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={publishUrl}>
            {state.kind === "unpublished" ? "Publish the agenda" : "Publish the changes"}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

function OtherVersions({ agendaUrl, mayBuild }: { agendaUrl: string; mayBuild: boolean }) {
  return (
    <ul className="govuk-list">
      <li>
        <Link className="govuk-link" to={`${agendaUrl}/print`}>
          Large print version
        </Link>
      </li>
      <li>
        <a className="govuk-link" href={`${agendaUrl}.html`} download>
          Download the agenda (HTML)
        </a>
      </li>
      <li>
        <a className="govuk-link" href={`${agendaUrl}.txt`} download>
          Download as plain text
        </a>
      </li>
      {mayBuild ? (
        <li>
          <Link className="govuk-link" to={`${agendaUrl}/build`}>
            Build the agenda
          </Link>
        </li>
      ) : null}
    </ul>
  );
}

function Agenda({ forWhom, panel, meeting, organiser, agenda, glossary, matters }: AgendaPageProps) {
  const panelMeetingUrl = `/panels/${panel.id}/meetings/${meeting.id}`;
  if (agenda.kind === "not-published") {
    return forWhom.kind === "self" ? (
      <>
        <p className="govuk-body">{NOT_PUBLISHED_YET}</p>
        <MattersArising matters={matters} />
      </>
    ) : (
      <p className="govuk-inset-text">The agenda has not been published yet. Come back later.</p>
    );
  }
  return (
    <>
      {meeting.cancelled ? <p className="govuk-body govuk-!-font-weight-bold">This meeting has been cancelled.</p> : null}
      <DraftNote agenda={agenda} publishUrl={`${panelMeetingUrl}/agenda/publish`} cancelled={meeting.cancelled} />
      {agenda.kind === "published" ? (
        <p className="govuk-body">
          {versionText(agenda.document)}.{agenda.document.version?.reason ? ` What changed and why: ${agenda.document.version.reason}` : ""}
        </p>
      ) : null}
      {forWhom.kind === "self" ? <OtherVersions agendaUrl={`${panelMeetingUrl}/agenda`} mayBuild={organiser && !meeting.cancelled} /> : null}
      <h2 className="govuk-heading-m">The meeting</h2>
      <AgendaMeetingDetails document={agenda.document} />
      <MattersArising matters={matters} />
      <h2 className="govuk-heading-m">Order of business</h2>
      {agenda.document.lines.length ? (
        <>
          <AgendaCards document={agenda.document} glossary={glossary} />
          <p className="govuk-body">
            {formatDuration(agenda.document.plannedMinutes)} in all, planned to finish at {agenda.document.plannedEnd}.
          </p>
        </>
      ) : (
        <p className="govuk-body">There is nothing on the agenda yet.</p>
      )}
    </>
  );
}

export function AgendaPage(props: AgendaPageProps) {
  const { forWhom, panel, meeting } = props;
  const heading = (
    <>
      <span className="govuk-caption-l">{meeting.title}</span>
      <h1 className="govuk-heading-l">Agenda</h1>
    </>
  );
  if (forWhom.kind === "self") {
    return (
      <>
        <Breadcrumbs
          items={[
            { href: `/panels/${panel.id}`, text: panel.name },
            { href: `/panels/${panel.id}/meetings`, text: "Meetings" },
            { href: `/panels/${panel.id}/meetings/${meeting.id}`, text: meeting.title },
          ]}
        />
        {heading}
        <Agenda {...props} />
      </>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs
          items={[
            { href: "/supporting", text: "People you support" },
            { href: `/supporting/${forWhom.id}`, text: forWhom.name },
            { href: `/supporting/${forWhom.id}/meetings/${meeting.id}`, text: meeting.title },
          ]}
        />
        <ActingFor memberName={forWhom.name} />
        {heading}
        <Agenda {...props} />
      </div>
    </div>
  );
}
