// Acting for one member: their panels and upcoming meetings, with only the actions the member has
// allowed as links. Nothing else about the member is shown (never their needs).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { bannerFrom, SuccessBanner, type BannerMessages } from "~/components/banner.tsx";
import { Breadcrumbs, Tag } from "~/components/page.tsx";
import { SummaryCard } from "~/components/summary-list.tsx";
import { DEFAULT_TIME_ZONE } from "~/dates.ts";
import { describeWhen, getMeetingPanel, listMeetings } from "~/modules/meetings/meetings.server.ts";
import { ActingErrorBoundary, actingErrorTitle, ActingFor, memberReplyText } from "~/modules/supporters/acting-page.tsx";
import { requireActingFor } from "~/modules/supporters/acting.server.ts";
import { listMemberPanels } from "~/modules/supporters/consents.server.ts";
import { MEETING_SCOPES, scopeLabelsForSupporter } from "~/modules/supporters/scopes.ts";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  { title: error ? `${actingErrorTitle(error)} – Panel` : `Acting for ${data?.member.name ?? "someone"} – Panel` },
];

export const ErrorBoundary = ActingErrorBoundary;

const banners = (name: string): BannerMessages => ({
  proposed: `The agenda item was suggested for ${name}. ${name} can see it.`,
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { member, scopes } = await requireActingFor(request, params.memberId, "any");
  const may = (scope: (typeof scopes)[number]) => scopes.includes(scope);
  const seesMeetings = MEETING_SCOPES.some(may);
  const panels = await listMemberPanels(member.id);
  const now = new Date();
  const meetingsByPanel = seesMeetings
    ? await Promise.all(panels.map(async (p) => ({ panel: await getMeetingPanel(p.id), list: await listMeetings(p.id, member.id, now) })))
    : [];
  const search = new URL(request.url).searchParams;
  const banner = bannerFrom(search, banners(member.name));
  return {
    member,
    allowed: scopes.map((scope) => scopeLabelsForSupporter[scope]),
    may: { propose: may("PROPOSE"), reply: may("REPLY"), papers: may("PAPERS"), prioritise: may("PRIORITISE"), meetings: seesMeetings },
    panels: panels.map((panel) => ({ id: panel.id, name: panel.name })),
    meetings: meetingsByPanel.flatMap(({ panel, list }) =>
      list.upcoming.map((meeting) => ({
        id: meeting.id,
        title: meeting.title,
        panelName: panel?.name ?? "",
        when: describeWhen(meeting, panel?.timeZone ?? DEFAULT_TIME_ZONE),
        cancelled: Boolean(meeting.cancelledAt),
        started: meeting.startsAt <= now,
        reply: may("REPLY") ? memberReplyText(member.name, meeting.yourReply) : null,
      })),
    ),
    banner,
  };
}

/** Nothing is posted here; checking first means a refused person learns nothing more than from the page. */
export const action = (args: ActionFunctionArgs) => readOnlyPage(args, ({ request, params }) => requireActingFor(request, params.memberId, "any"));

export default function ActingForMember() {
  const { member, allowed, may, panels, meetings, banner } = useLoaderData<typeof loader>();
  const base = `/supporting/${member.id}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs items={[{ href: "/supporting", text: "People you support" }]} />
        <SuccessBanner text={banner} />
        <ActingFor memberName={member.name} />
        <h1 className="govuk-heading-l">{member.name}</h1>
        <h2 className="govuk-heading-m">What {member.name} has asked you to do</h2>
        <ul className="govuk-list govuk-list--bullet">
          {allowed.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <h2 className="govuk-heading-m">Their panels</h2>
        {panels.length === 0 ? (
          <p className="govuk-body">{member.name} is not a member of a panel at the moment.</p>
        ) : (
          <ul className="govuk-list">
            {panels.map((panel) => (
              <li key={panel.id}>
                <strong>{panel.name}</strong>
                {may.propose ? (
                  <>
                    {" – "}
                    <Link className="govuk-link" to={`${base}/panels/${panel.id}/agenda-items/new`}>
                      Suggest an agenda item for {member.name}
                      <span className="govuk-visually-hidden"> to {panel.name}</span>
                    </Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {may.meetings ? (
          <>
            <h2 className="govuk-heading-m">Upcoming meetings</h2>
            {meetings.length === 0 ? (
              <p className="govuk-body">There are no upcoming meetings.</p>
            ) : (
              meetings.map((meeting) => (
                <SummaryCard
                  key={meeting.id}
                  title={
                    <Link className="govuk-link" to={`${base}/meetings/${meeting.id}`}>
                      {meeting.title}
                    </Link>
                  }
                >
                  <p className="govuk-body">
                    {meeting.when}, {meeting.panelName}
                  </p>
                  {meeting.cancelled ? (
                    <p className="govuk-body">
                      <Tag colour="red">Cancelled</Tag>
                    </p>
                  ) : null}
                  {meeting.reply ? <p className="govuk-body">{meeting.reply}</p> : null}
                  {meeting.cancelled || meeting.started ? null : (
                    <ul className="govuk-list">
                      {may.reply ? (
                        <li>
                          <Link className="govuk-link" to={`${base}/meetings/${meeting.id}/reply`}>
                            Reply for {member.name}
                            <span className="govuk-visually-hidden"> to {meeting.title}</span>
                          </Link>
                        </li>
                      ) : null}
                      {may.papers ? (
                        <li>
                          <Link className="govuk-link" to={`${base}/meetings/${meeting.id}/agenda`}>
                            Read the agenda<span className="govuk-visually-hidden"> for {meeting.title}</span>
                          </Link>
                        </li>
                      ) : null}
                      {may.prioritise ? (
                        <li>
                          <Link className="govuk-link" to={`${base}/meetings/${meeting.id}/priorities`}>
                            Choose {member.name}'s most important items<span className="govuk-visually-hidden"> for {meeting.title}</span>
                          </Link>
                        </li>
                      ) : null}
                    </ul>
                  )}
                </SummaryCard>
              ))
            )}
          </>
        ) : null}
      </div>
    </div>
  );
}
