// A meeting's agenda, for everyone in the panel. Organisers see the draft they are building, with a
// note when it is not published or differs from what members see; everyone else sees the latest
// published version (issue 4, "Agenda page: accessible HTML, printable large-print view, and an
// export of the whole agenda").
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Breadcrumbs } from "~/components/page.tsx";
import { readAgendaForPerson } from "~/modules/agendas/agenda-export.server.ts";
import { formatDuration, NOT_PUBLISHED_YET } from "~/modules/agendas/agenda-format.ts";
import { AgendaCards, AgendaMeetingDetails, versionText } from "~/modules/agendas/agenda-view.tsx";
import { loadGlossaryForText } from "~/modules/glossary/glossary.server.ts";
import { requireMeeting } from "~/modules/meetings/meeting-access.server.ts";
import { listMattersArising } from "~/modules/minutes/actions.server.ts";
import { MattersArising } from "~/modules/minutes/matters-arising.tsx";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Agenda: ${data?.meeting.title ?? "meeting"} – Panel` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { access, panel, meeting } = await requireMeeting(request, params, "belongsToPanel");
  const organiser = access.can("organisesMeetings");
  const agenda = await readAgendaForPerson(panel, meeting, organiser);
  const glossary = agenda.kind === "not-published" ? [] : await loadGlossaryForText(panel.id);
  const matters = await listMattersArising(panel.id, meeting.id);
  return {
    panel: { id: panel.id, name: panel.name },
    meeting: { id: meeting.id, title: meeting.title, cancelled: Boolean(meeting.cancelledAt) },
    organiser,
    agenda,
    glossary,
    matters,
  };
}

/** Nothing is posted here; checking first means a refused person learns nothing more than from the page. */
export const action = (args: ActionFunctionArgs) => readOnlyPage(args, ({ request, params }) => requireMeeting(request, params, "belongsToPanel"));

function DraftNote() {
  const { agenda, panel, meeting } = useLoaderData<typeof loader>();
  if (agenda.kind !== "draft") return null;
  const publishUrl = `/panels/${panel.id}/meetings/${meeting.id}/agenda/publish`;
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
      {state.kind !== "same" && !meeting.cancelled ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={publishUrl}>
            {state.kind === "unpublished" ? "Publish the agenda" : "Publish the changes"}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

export default function AgendaPage() {
  const { panel, meeting, organiser, agenda, glossary, matters } = useLoaderData<typeof loader>();
  const meetingUrl = `/panels/${panel.id}/meetings/${meeting.id}`;
  const agendaUrl = `${meetingUrl}/agenda`;
  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/panels/${panel.id}`, text: panel.name },
          { href: `/panels/${panel.id}/meetings`, text: "Meetings" },
          { href: meetingUrl, text: meeting.title },
        ]}
      />
      <span className="govuk-caption-l">{meeting.title}</span>
      <h1 className="govuk-heading-l">Agenda</h1>
      {agenda.kind === "not-published" ? (
        <>
          <p className="govuk-body">{NOT_PUBLISHED_YET}</p>
          <MattersArising matters={matters} />
        </>
      ) : (
        <>
          {meeting.cancelled ? <p className="govuk-body govuk-!-font-weight-bold">This meeting has been cancelled.</p> : null}
          <DraftNote />
          {agenda.kind === "published" ? (
            <p className="govuk-body">
              {versionText(agenda.document)}.{agenda.document.version?.reason ? ` What changed and why: ${agenda.document.version.reason}` : ""}
            </p>
          ) : null}
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
            {organiser && !meeting.cancelled ? (
              <li>
                <Link className="govuk-link" to={`${agendaUrl}/build`}>
                  Build the agenda
                </Link>
              </li>
            ) : null}
          </ul>
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
      )}
    </>
  );
}
