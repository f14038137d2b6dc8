import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";
import { requireMeeting } from "~/modules/meetings/meeting-access.server.ts";
import { MeetingPage } from "~/modules/meetings/meeting-page.tsx";
import { describeMeetingPage } from "~/modules/meetings/meeting-page.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.meeting.title ?? "Meeting"} – Panel` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { access, panel, meeting } = await requireMeeting(request, params, "belongsToPanel");
  return describeMeetingPage(access, panel, meeting, new URL(request.url).searchParams);
}

/** Nothing is posted here; checking first means a refused person learns nothing more than from the page. */
export const action = (args: ActionFunctionArgs) => readOnlyPage(args, ({ request, params }) => requireMeeting(request, params, "belongsToPanel"));

export default function Meeting() {
  return <MeetingPage {...useLoaderData<typeof loader>()} />;
}
