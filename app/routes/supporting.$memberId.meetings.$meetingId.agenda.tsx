// The published agenda of the member's meeting, for a supporter the member lets read their papers
// (PAPERS). Members see the latest published version; so does their supporter.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Breadcrumbs, Tag } from "~/components/page.tsx";
import { formatClockTime, formatLongDate } from "~/dates.ts";
import { agendaItemTypeLabels } from "~/modules/agendas/schema.ts";
import { describeWhen } from "~/modules/meetings/meetings.server.ts";
import { ActingErrorBoundary, actingErrorTitle, ActingFor } from "~/modules/supporters/acting-page.tsx";
import { requireActingFor, requireMemberMeeting } from "~/modules/supporters/acting.server.ts";
import { latestPublishedAgenda } from "~/modules/supporters/papers.server.ts";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  { title: error ? `${actingErrorTitle(error)} – Panel` : `Agenda: ${data?.meeting.title ?? "meeting"} – Panel` },
];

export const ErrorBoundary = ActingErrorBoundary;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const acting = await requireActingFor(request, params.memberId, ["PAPERS"]);
  const { panel, meeting } = await requireMemberMeeting(acting, params.meetingId);
  const published = await latestPublishedAgenda(meeting.id);
  const zone = panel.timeZone;
  const day = (date: Date) => formatLongDate(date, zone);
  return {
    member: acting.member,
    meeting: { id: meeting.id, title: meeting.title, when: describeWhen(meeting, zone) },
    published: published && {
      version: published.version,
      on: day(published.publishedAt),
      lines: published.agenda.lines.map((line) =>
        line.kind === "BREAK"
          ? { kind: line.kind, key: line.entryId, time: formatClockTime(line.startsAt, zone), title: line.title, minutes: line.minutes }
          : {
              kind: line.kind,
              key: line.entryId,
              time: formatClockTime(line.startsAt, zone),
              number: line.number,
              title: line.title,
              about: line.about,
              type: agendaItemTypeLabels[line.type],
              presenter: line.presenter,
              minutes: line.minutes,
              recommendations: line.relatedRecommendations.join(", "),
              councilDecision: line.councilDecision ? `${line.councilDecision}${line.councilDecisionDate ? ` (${day(line.councilDecisionDate)})` : ""}` : "",
              paperLink: line.paperLink,
              latePaper: line.latePaper && line.paperReceivedAt ? `Arrived ${day(line.paperReceivedAt)}, after the deadline of ${day(published.agenda.papersDeadline)}, so there is less time to read it.` : null,
            },
      ),
    },
  };
}

/** Nothing is posted here; checking first means a refused person learns nothing more than from the page. */
export const action = (args: ActionFunctionArgs) => readOnlyPage(args, async ({ request, params }) => {
  const acting = await requireActingFor(request, params.memberId, ["PAPERS"]);
  await requireMemberMeeting(acting, params.meetingId);
});

export default function ActingAgenda() {
  const { member, meeting, published } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs
          items={[
            { href: "/supporting", text: "People you support" },
            { href: `/supporting/${member.id}`, text: member.name },
            { href: `/supporting/${member.id}/meetings/${meeting.id}`, text: meeting.title },
          ]}
        />
        <ActingFor memberName={member.name} />
        <span className="govuk-caption-l">{meeting.title}</span>
        <h1 className="govuk-heading-l">Agenda</h1>
        <p className="govuk-body">{meeting.when}</p>
        {!published ? (
          <p className="govuk-inset-text">The agenda has not been published yet. Come back later.</p>
        ) : (
          <>
            <p className="govuk-body">
              Version {published.version}, published on {published.on}.
            </p>
            <ol className="govuk-list">
              {published.lines.map((line) =>
                line.kind === "BREAK" ? (
                  <li key={line.key} className="govuk-!-margin-bottom-6">
                    <p className="govuk-body govuk-!-font-weight-bold">
                      {line.time}: {line.title} ({line.minutes} minutes)
                    </p>
                  </li>
                ) : (
                  <li key={line.key} className="govuk-!-margin-bottom-6">
                    <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
                      {line.number}. {line.title}
                    </h2>
                    <p className="govuk-body govuk-!-margin-bottom-1">
                      {line.time}, {line.minutes} minutes. {line.type}
                      {line.presenter ? `. Presented by ${line.presenter}` : ""}
                    </p>
                    {line.latePaper ? (
                      <p className="govuk-body govuk-!-margin-bottom-1">
                        <Tag colour="yellow">Late paper</Tag> {line.latePaper}
                      </p>
                    ) : null}
                    <p className="govuk-body govuk-!-margin-bottom-1">{line.about}</p>
                    {line.recommendations ? <p className="govuk-body govuk-!-margin-bottom-1">Related recommendations: {line.recommendations}</p> : null}
                    {line.councilDecision ? <p className="govuk-body govuk-!-margin-bottom-1">Council decision: {line.councilDecision}</p> : null}
                    {line.paperLink ? (
                      <p className="govuk-body">
                        <a className="govuk-link" href={line.paperLink} rel="noreferrer noopener">
                          Read the paper<span className="govuk-visually-hidden"> for {line.title}</span>
                        </a>
                      </p>
                    ) : null}
                  </li>
                ),
              )}
            </ol>
          </>
        )}
      </div>
    </div>
  );
}
