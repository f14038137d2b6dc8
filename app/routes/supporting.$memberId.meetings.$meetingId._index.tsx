// A meeting of the member's panel, read-only, for a supporter the member lets reply, read papers
// or prioritise: when and where, and only the actions the member allowed. No one's needs or
// replies are shown, except the member's own answer when the supporter may reply.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { bannerFrom, SuccessBanner, type BannerMessages } from "~/components/banner.tsx";
import { Breadcrumbs, Lines, Tag } from "~/components/page.tsx";
import { SummaryList } from "~/components/summary-list.tsx";
import { formatClockTime, formatLongDate } from "~/dates.ts";
import { isPrioritisingOpen } from "~/modules/agendas/agendas.server.ts";
import { replyClosedReason, replyFormValues } from "~/modules/meetings/replies.server.ts";
import { describeWhen } from "~/modules/meetings/meetings.server.ts";
import { ActingErrorBoundary, actingErrorTitle, ActingFor, memberReplyText } from "~/modules/supporters/acting-page.tsx";
import { requireActingFor, requireMemberMeeting } from "~/modules/supporters/acting.server.ts";
import { MEETING_SCOPES } from "~/modules/supporters/scopes.ts";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  { title: error ? `${actingErrorTitle(error)} – Panel` : `${data?.meeting.title ?? "Meeting"} – Panel` },
];

export const ErrorBoundary = ActingErrorBoundary;

const banners = (name: string): BannerMessages => ({
  replied: `Your reply for ${name} is saved. ${name} can see it.`,
  saved: `${name}'s choices are saved. ${name} can see them.`,
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  const acting = await requireActingFor(request, params.memberId, MEETING_SCOPES);
  const { panel, meeting } = await requireMemberMeeting(acting, params.meetingId);
  const { member, scopes } = acting;
  const zone = panel.timeZone;
  const mayReply = scopes.includes("REPLY");
  // Only the mode is read from the member's reply: their needs never reach the supporter's page.
  const mode = mayReply ? ((await replyFormValues(meeting.id, member.id)).values.mode ?? null) : null;
  const search = new URL(request.url).searchParams;
  const banner = bannerFrom(search, banners(member.name));
  return {
    member,
    panel: { name: panel.name },
    meeting: {
      id: meeting.id,
      title: meeting.title,
      when: describeWhen(meeting, zone),
      venueName: meeting.venueName,
      venueAddress: meeting.venueAddress,
      venueAccess: meeting.venueAccess,
      onlineLink: meeting.onlineLink,
      papersDeadline: `${formatClockTime(meeting.papersDeadline, zone)} on ${formatLongDate(meeting.papersDeadline, zone)}`,
      cancelled: Boolean(meeting.cancelledAt),
    },
    reply: mayReply ? memberReplyText(member.name, mode) : null,
    may: {
      reply: mayReply && !replyClosedReason(meeting),
      papers: scopes.includes("PAPERS"),
      prioritise: scopes.includes("PRIORITISE") && isPrioritisingOpen(meeting),
    },
    banner,
  };
}

/** Nothing is posted here; checking first means a refused person learns nothing more than from the page. */
export const action = (args: ActionFunctionArgs) => readOnlyPage(args, async ({ request, params }) => {
  const acting = await requireActingFor(request, params.memberId, MEETING_SCOPES);
  await requireMemberMeeting(acting, params.meetingId);
});

export default function ActingMeeting() {
  const { member, panel, meeting, reply, may, banner } = useLoaderData<typeof loader>();
  const base = `/supporting/${member.id}/meetings/${meeting.id}`;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Breadcrumbs
          items={[
            { href: "/supporting", text: "People you support" },
            { href: `/supporting/${member.id}`, text: member.name },
          ]}
        />
        <SuccessBanner text={banner} />
        <ActingFor memberName={member.name} />
        <span className="govuk-caption-l">{panel.name}</span>
        <h1 className="govuk-heading-l">{meeting.title}</h1>
        {meeting.cancelled ? (
          <p className="govuk-body">
            <Tag colour="red">Cancelled</Tag> This meeting has been cancelled.
          </p>
        ) : null}
        <SummaryList
          rows={[
            { key: "When", value: meeting.when },
            {
              key: "Where",
              value: <>
                {meeting.venueName ? (
                  <>
                    <p className="govuk-body">
                      {meeting.venueName}
                      {meeting.venueAddress ? (
                        <>
                          <br />
                          <Lines text={meeting.venueAddress} />
                        </>
                      ) : null}
                    </p>
                    {meeting.venueAccess ? (
                      <p className="govuk-body">
                        <Lines text={meeting.venueAccess} />
                      </p>
                    ) : null}
                  </>
                ) : (
                  "Online only"
                )}
              </>,
            },
            {
              key: "Online",
              value: <>
                {meeting.onlineLink ? (
                  <a className="govuk-link" href={meeting.onlineLink} rel="noreferrer noopener">
                    Join the meeting online
                  </a>
                ) : (
                  "In person only"
                )}
              </>,
            },
            { key: "Papers deadline", value: meeting.papersDeadline },
            reply
              ? { key: `${member.name}'s reply`, value: reply }
              : null,
          ]}
        />
        <h2 className="govuk-heading-m">What you can do for {member.name}</h2>
        {may.reply || may.papers || may.prioritise ? (
          <ul className="govuk-list">
            {may.reply ? (
              <li>
                <Link className="govuk-link" to={`${base}/reply`}>
                  Reply for {member.name}
                </Link>
              </li>
            ) : null}
            {may.papers ? (
              <li>
                <Link className="govuk-link" to={`${base}/agenda`}>
                  Read the agenda
                </Link>
              </li>
            ) : null}
            {may.prioritise ? (
              <li>
                <Link className="govuk-link" to={`${base}/priorities`}>
                  Choose {member.name}'s most important items
                </Link>
              </li>
            ) : null}
          </ul>
        ) : (
          <p className="govuk-body">There is nothing you can do for {member.name} for this meeting now.</p>
        )}
      </div>
    </div>
  );
}
