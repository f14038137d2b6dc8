// A meeting of the member's panel, read-only, for a supporter the member lets reply, read papers
// or prioritise: the member's meeting summary and only the actions the member allowed
// (supporters/acting-meeting-page.tsx).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { bannerFrom, type BannerMessages } from "~/components/banner.tsx";
import { isPrioritisingOpen } from "~/modules/agendas/agendas.server.ts";
import { replyClosedReason, replyFormValues } from "~/modules/meetings/replies.server.ts";
import { summariseMeeting } from "~/modules/meetings/meetings.server.ts";
import { ActingMeetingPage } from "~/modules/supporters/acting-meeting-page.tsx";
import { ActingErrorBoundary, actingErrorTitle, memberReplyText } from "~/modules/supporters/acting-page.tsx";
import { requireActingOnMeeting } from "~/modules/supporters/acting.server.ts";
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
  const { acting, panel, meeting } = await requireActingOnMeeting(request, params, MEETING_SCOPES);
  const { member, scopes } = acting;
  const mayReply = scopes.includes("REPLY");
  // Only the mode is read from the member's reply: their needs never reach the supporter's page.
  const mode = mayReply ? ((await replyFormValues(meeting.id, member.id)).values.mode ?? null) : null;
  const search = new URL(request.url).searchParams;
  const banner = bannerFrom(search, banners(member.name));
  return {
    member,
    panel: { name: panel.name },
    meeting: { id: meeting.id, ...summariseMeeting(meeting, panel.timeZone) },
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
export const action = (args: ActionFunctionArgs) => readOnlyPage(args, ({ request, params }) => requireActingOnMeeting(request, params, MEETING_SCOPES));

export default function ActingMeeting() {
  return <ActingMeetingPage {...useLoaderData<typeof loader>()} />;
}
