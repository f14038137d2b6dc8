// Acting for one member: their panels and upcoming meetings, with only the actions the member has
// allowed as links. Nothing else about the member is shown (never their needs).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { bannerFrom, type BannerMessages } from "~/components/banner.tsx";
import { DEFAULT_TIME_ZONE } from "~/dates.ts";
import { describeWhen, getMeetingPanel, listMeetings } from "~/modules/meetings/meetings.server.ts";
import { ActingForMemberPage } from "~/modules/supporters/acting-for-member-page.tsx";
import { ActingErrorBoundary, actingErrorTitle, memberReplyText } from "~/modules/supporters/acting-page.tsx";
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
  return <ActingForMemberPage {...useLoaderData<typeof loader>()} />;
}
