// A meeting's page for people in the panel: the meeting (MeetingSummary, shared with the supporter's
// page), replying, the calendar file, agenda, live page and minutes, setting the agenda together,
// the replies so far and, for organisers, what must be arranged and their links.
import type { SerializeFrom } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { SuccessBanner } from "~/components/banner.tsx";
import { Breadcrumbs } from "~/components/page.tsx";
import { SummaryList } from "~/components/summary-list.tsx";
import { MattersArising } from "../minutes/matters-arising.tsx";
import type { describeMeetingPage } from "./meeting-page.server.ts";
import { ListOrNone as List, MeetingHeading, MeetingSummary } from "./meeting-summary.tsx";

export type MeetingPageProps = SerializeFrom<typeof describeMeetingPage>;

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

function Organiser({ base, meeting, agendaPublication }: { base: string; meeting: MeetingPageProps["meeting"]; agendaPublication: MeetingPageProps["agendaPublication"] }) {
  return (
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
  );
}

export function MeetingPage({ panel, meeting, overview, yourReply, replyClosed, prioritising, mayOrganise, agendaPublication, banner, matters, liveLink }: MeetingPageProps) {
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
      <MeetingHeading panelName={panel.name} meeting={meeting} />
      <MeetingSummary meeting={meeting} forWhom={{ kind: "self" }} reply={yourReply} />

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

      {mayOrganise && !meeting.cancelled ? <Organiser base={base} meeting={meeting} agendaPublication={agendaPublication} /> : null}
    </>
  );
}
