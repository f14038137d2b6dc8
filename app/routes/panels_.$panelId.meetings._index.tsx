import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireCapability, notFound } from "~/modules/auth/permissions.server.ts";
import { MeetingsPage } from "~/modules/meetings/meetings-page.tsx";
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

export default function Meetings() {
  return <MeetingsPage {...useLoaderData<typeof loader>()} />;
}
