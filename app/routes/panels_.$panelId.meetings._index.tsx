import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Breadcrumbs, Tag } from "~/components/page.tsx";
import { requireCapability, notFound } from "~/modules/auth/permissions.server.ts";
import { Table } from "~/components/table.tsx";
import { describeWhen, getMeetingPanel, listMeetings } from "~/modules/meetings/meetings.server.ts";
import { yourReplyLabels } from "~/modules/meetings/schema.ts";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Meetings: ${data?.panel.name ?? "Panel"} – Panel` }];

function whereInWords(meeting: { venueName: string; onlineLink: string }): string {
  if (meeting.venueName && meeting.onlineLink) return `${meeting.venueName}, or online`;
  return meeting.venueName || "Online";
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireCapability(request, "belongsToPanel", params.panelId);
  const panel = await getMeetingPanel(access.panelId);
  if (!panel) throw notFound();
  const { upcoming, past } = await listMeetings(panel.id, access.session.person.id);
  const show = (meeting: (typeof upcoming)[number]) => ({
    id: meeting.id,
    title: meeting.title,
    when: describeWhen(meeting, panel.timeZone),
    where: whereInWords(meeting),
    cancelled: Boolean(meeting.cancelledAt),
    yourReply: yourReplyLabels[meeting.yourReply ?? "NONE"],
  });
  return {
    panel: { id: panel.id, name: panel.name },
    upcoming: upcoming.map(show),
    past: past.map(show),
    mayOrganise: access.can("organisesMeetings"),
    mayReply: access.can("takesPartAsMember"),
  };
}

/** Nothing is posted here; checking first means a refused person learns nothing more than from the page. */
export const action = (args: ActionFunctionArgs) => readOnlyPage(args, ({ request, params }) => requireCapability(request, "belongsToPanel", params.panelId));

type Row = ReturnType<typeof useLoaderData<typeof loader>>["upcoming"][number];

function MeetingTable({ caption, meetings, panelId, showReply }: { caption: string; meetings: Row[]; panelId: string; showReply: boolean }) {
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

export default function Meetings() {
  const { panel, upcoming, past, mayOrganise, mayReply } = useLoaderData<typeof loader>();
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
