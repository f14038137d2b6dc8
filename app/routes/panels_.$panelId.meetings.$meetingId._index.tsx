import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { bannerFrom, SuccessBanner } from "~/components/banner.tsx";
import { Breadcrumbs, Lines, Tag } from "~/components/page.tsx";
import { SummaryList } from "~/components/summary-list.tsx";
import { formatLongDate } from "~/dates.ts";
import { isPrioritisingOpen } from "~/modules/agendas/agendas.server.ts";
import { describePublicationStatus } from "~/modules/agendas/publish.server.ts";
import { requireMeeting } from "~/modules/meetings/meeting-access.server.ts";
import { replyClosedReason } from "~/modules/meetings/replies.server.ts";
import { describePapersDeadline, describeWhen, meetingOverview } from "~/modules/meetings/meetings.server.ts";
import { yourReplyLabels } from "~/modules/meetings/schema.ts";
import { listMattersArising } from "~/modules/minutes/actions.server.ts";
import { MattersArising } from "~/modules/minutes/matters-arising.tsx";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.meeting.title ?? "Meeting"} – Panel` }];

const banners: Record<string, string> = {
  scheduled: "The meeting is scheduled.",
  saved: "Your changes to the meeting are saved.",
  changed: "Your changes to the meeting are saved. Everyone invited is being told what has changed, in the way they asked.",
  cancelled: "The meeting is cancelled.",
  replied: "Thank you. Your reply is saved.",
  attendance: "Attendance is saved.",
  proposed: "Thank you. Your item is on the list members choose from.",
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { access, panel, meeting } = await requireMeeting(request, params, "belongsToPanel");
  const organiser = access.can("organisesMeetings");
  const overview = await meetingOverview(meeting, { personId: access.session.person.id, organiser });
  const zone = panel.timeZone;
  const now = new Date();
  const search = new URL(request.url).searchParams;
  const banner = bannerFrom(search, banners);
  return {
    panel: { id: panel.id, name: panel.name },
    meeting: {
      id: meeting.id,
      title: meeting.title,
      when: describeWhen(meeting, zone),
      venueName: meeting.venueName,
      venueAddress: meeting.venueAddress,
      venueAccess: meeting.venueAccess,
      onlineLink: meeting.onlineLink,
      papersDeadline: describePapersDeadline(meeting, zone),
      decisions: meeting.decisionDates.map((d) => ({ title: d.title, on: formatLongDate(d.decidesOn, zone) })),
      cancelled: Boolean(meeting.cancelledAt),
      started: meeting.startsAt <= now,
    },
    overview,
    yourReply: access.can("takesPartAsMember") ? yourReplyLabels[overview.yourReply?.mode ?? "NONE"] : null,
    replyClosed: replyClosedReason(meeting, now),
    // Setting the agenda (issue 10): members find prioritising and proposing from here.
    prioritising: { open: isPrioritisingOpen(meeting, now), mayVote: access.can("takesPartAsMember") },
    mayOrganise: organiser,
    agendaPublication: organiser ? await describePublicationStatus(meeting.id, zone) : null,
    // The live page (issue 5): the chair runs it, everyone else in the panel follows it.
    liveLink: access.can("chairs") ? "Run the meeting live" : "Follow the meeting live",
    banner,
    matters: await listMattersArising(panel.id, meeting.id),
  };
}

/** Nothing is posted here; checking first means a refused person learns nothing more than from the page. */
export const action = (args: ActionFunctionArgs) => readOnlyPage(args, ({ request, params }) => requireMeeting(request, params, "belongsToPanel"));

function List({ items, empty }: { items: string[]; empty: string }) {
  if (!items.length) return <p className="govuk-body">{empty}</p>;
  return (
    <ul className="govuk-list govuk-list--bullet">
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

type SetTheAgendaProps = { panelId: string; meetingId: string; papersDeadline: string; open: boolean; mayVote: boolean };

function SetTheAgenda({ panelId, meetingId, papersDeadline, open, mayVote }: SetTheAgendaProps) {
  const base = `/panels/${panelId}/meetings/${meetingId}`;
  return (
    <>
      <h2 className="govuk-heading-m">Set the agenda together</h2>
      {open ? (
        <>
          <p className="govuk-body">Members choose the items they think matter most until the papers deadline, {papersDeadline}.</p>
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" to={`${base}/priorities`}>
                {mayVote ? "Choose your three most important items" : "See how members ranked the items"}
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to={`/panels/${panelId}/agenda-items/new?meeting=${meetingId}`}>
                Suggest an item for the agenda
              </Link>
            </li>
          </ul>
        </>
      ) : (
        <>
          <p className="govuk-body">Prioritising for this meeting has closed.</p>
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" to={`${base}/priorities`}>
                See how members ranked the items
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to={`/panels/${panelId}/agenda-items/new`}>
                Suggest an item for a later meeting
              </Link>
            </li>
          </ul>
        </>
      )}
    </>
  );
}

export default function MeetingPage() {
  const { panel, meeting, overview, yourReply, replyClosed, prioritising, mayOrganise, agendaPublication, banner, matters, liveLink } =
    useLoaderData<typeof loader>();
  const base = `/panels/${panel.id}/meetings/${meeting.id}`;
  const { totals, organiser } = overview;
  return (
    <>
      <Breadcrumbs
        items={[
          { href: `/panels/${panel.id}`, text: panel.name },
          { href: `/panels/${panel.id}/meetings`, text: "Meetings" },
        ]}
      />
      <SuccessBanner text={banner} />
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
                    <>
                      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">Access information</p>
                      <p className="govuk-body">
                        <Lines text={meeting.venueAccess} />
                      </p>
                    </>
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
          { key: "Council decisions", value: <List items={meeting.decisions.map((d) => `${d.title}: ${d.on}`)} empty="None given" /> },
          { key: "Papers deadline", value: meeting.papersDeadline },
          yourReply
            ? { key: "Your reply", value: yourReply }
            : null,
        ]}
      />

      <div className="govuk-button-group">
        {yourReply && !replyClosed ? (
          <Link to={`${base}/reply`} className="govuk-button" role="button" draggable="false" data-module="govuk-button">
            Reply
          </Link>
        ) : null}
        <a className="govuk-link" href={`${base}.ics`} download>
          Add to calendar (.ics file)
        </a>
        <Link className="govuk-link" to={`${base}/agenda`}>
          Agenda
        </Link>
        {meeting.cancelled ? null : (
          <Link className="govuk-link" to={`${base}/live`}>
            {liveLink}
          </Link>
        )}
        {meeting.started && !meeting.cancelled ? (
          <>
            <Link className="govuk-link" to={`${base}/minutes`}>
              Minutes
            </Link>
            <Link className="govuk-link" to={`${base}/notes-history`}>
              Notes as they were at a time
            </Link>
          </>
        ) : null}
      </div>
      {yourReply && replyClosed ? <p className="govuk-inset-text">{replyClosed}, so replies are closed.</p> : null}

      {meeting.cancelled ? null : <SetTheAgenda panelId={panel.id} meetingId={meeting.id} papersDeadline={meeting.papersDeadline} {...prioritising} />}

      <MattersArising matters={matters} />

      <h2 className="govuk-heading-m">Replies</h2>
      <SummaryList
        rows={[
          { key: "Coming in person", value: totals.inPerson },
          { key: "Joining online", value: totals.online },
          { key: "Apologies", value: totals.apologies },
          {
            key: "Not replied yet",
            value: <>
              {totals.notReplied}
              {organiser?.notReplied.length ? ` (${organiser.notReplied.join(", ")})` : null}
            </>,
          },
        ]}
      />

      {organiser && !meeting.cancelled ? (
        <>
          <h2 className="govuk-heading-m">What must be arranged</h2>
          <List items={organiser.tasks} empty="Nothing to arrange yet." />
          <h3 className="govuk-heading-s">Needs of the people coming</h3>
          <List items={organiser.needs} empty="Nobody coming has told us of a need yet." />
          <h3 className="govuk-heading-s">Travel to book</h3>
          <List items={organiser.travel} empty="Nobody has asked for travel to be booked." />
          {organiser.dietary.length ? (
            <>
              <h3 className="govuk-heading-s">Dietary needs</h3>
              <List items={organiser.dietary} empty="" />
            </>
          ) : null}
          {organiser.otherNeeds.length ? (
            <>
              <h3 className="govuk-heading-s">Anything else people told us</h3>
              <List items={organiser.otherNeeds.map((o) => `${o.name}: ${o.text}`)} empty="" />
            </>
          ) : null}
        </>
      ) : null}

      {meeting.started && !meeting.cancelled ? (
        <>
          <h2 className="govuk-heading-m">Attendance</h2>
          <p className="govuk-body">
            {overview.attended.inPerson + overview.attended.online
              ? `${overview.attended.inPerson} came in person and ${overview.attended.online} joined online.`
              : "Attendance has not been recorded yet."}
          </p>
          {organiser?.attendance.length ? (
            <List items={organiser.attendance.map((a) => `${a.name}: ${a.mode === "IN_PERSON" ? "came in person" : "joined online"}`)} empty="" />
          ) : null}
        </>
      ) : null}

      {mayOrganise && !meeting.cancelled ? (
        <>
          <h2 className="govuk-heading-m">Organise this meeting</h2>
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" to={`${base}/edit`}>
                Change the meeting's details
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to={`${base}/agenda/build`}>
                Build the agenda
              </Link>
            </li>
            {agendaPublication ? (
              <li>
                <Link className="govuk-link" to={`${base}/agenda/publish`}>
                  {agendaPublication.published ? "Publish changes to the agenda" : "Publish the agenda"}
                </Link>{" "}
                ({agendaPublication.text})
              </li>
            ) : null}
            {meeting.started ? (
              <li>
                <Link className="govuk-link" to={`${base}/attendance`}>
                  Record attendance
                </Link>
              </li>
            ) : null}
            <li>
              <Link className="govuk-link" to={`${base}/edit?cancel=1`}>
                Cancel this meeting
              </Link>
            </li>
          </ul>
        </>
      ) : null}
    </>
  );
}
