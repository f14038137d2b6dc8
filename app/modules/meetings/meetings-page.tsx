// A panel's meetings: those coming up and those past, each with when and where, and the person's
// own reply when they are invited to reply.
import { Link } from "@remix-run/react";
import { Breadcrumbs, Tag } from "~/components/page.tsx";
import { Table } from "~/components/table.tsx";

type MeetingRow = { id: string; title: string; when: string; where: string; cancelled: boolean; yourReply: string };

export type MeetingsPageProps = {
  panel: { id: string; name: string };
  upcoming: MeetingRow[];
  past: MeetingRow[];
  mayOrganise: boolean;
  mayReply: boolean;
};

function MeetingTable({ caption, meetings, panelId, showReply }: { caption: string; meetings: MeetingRow[]; panelId: string; showReply: boolean }) {
  return (
    <Table
      caption={caption}
      captionHidden
      head={[{ label: "Meeting" }, { label: "When" }, { label: "Where" }, ...(showReply ? [{ label: "Your reply" }] : [])]}
      rows={meetings.map((meeting) => ({
        key: meeting.id,
        cells: [
          <>
            <Link className="govuk-link" to={`/panels/${panelId}/meetings/${meeting.id}`}>
              {meeting.title}
            </Link>
            {meeting.cancelled ? (
              <>
                {" "}
                <Tag colour="red">Cancelled</Tag>
              </>
            ) : null}
          </>,
          meeting.when,
          meeting.where,
          ...(showReply ? [meeting.cancelled ? "Not needed: cancelled" : meeting.yourReply] : []),
        ],
      }))}
    />
  );
}

export function MeetingsPage({ panel, upcoming, past, mayOrganise, mayReply }: MeetingsPageProps) {
  return (
    <>
      <Breadcrumbs items={[{ href: `/panels/${panel.id}`, text: panel.name }]} />
      <span className="govuk-caption-l">{panel.name}</span>
      <h1 className="govuk-heading-l">Meetings</h1>
      {mayOrganise ? (
        <Link to={`/panels/${panel.id}/meetings/new`} className="govuk-button" role="button" draggable="false" data-module="govuk-button">
          Schedule a meeting
        </Link>
      ) : null}
      <h2 className="govuk-heading-m">Coming up</h2>
      {upcoming.length ? (
        <MeetingTable caption="Meetings coming up" meetings={upcoming} panelId={panel.id} showReply={mayReply} />
      ) : (
        <p className="govuk-body">No meetings are planned yet.</p>
      )}
      <h2 className="govuk-heading-m">Past meetings</h2>
      {past.length ? (
        <MeetingTable caption="Past meetings" meetings={past} panelId={panel.id} showReply={mayReply} />
      ) : (
        <p className="govuk-body">There have been no meetings yet.</p>
      )}
    </>
  );
}
