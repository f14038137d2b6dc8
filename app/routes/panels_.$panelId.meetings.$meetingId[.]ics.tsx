// The meeting as a calendar file (/panels/:panelId/meetings/:meetingId.ics): anyone in the panel.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { baseUrlFor } from "~/modules/auth/base-url.server.ts";
import { meetingCalendar } from "~/modules/meetings/ics.ts";
import { requireMeeting } from "~/modules/meetings/meeting-access.server.ts";
import { readOnlyPage } from "~/modules/auth/read-only-page.server.ts";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { panel, meeting } = await requireMeeting(request, params, "belongsToPanel");
  const panelId = panel.id;
  const pageUrl = `${baseUrlFor(request)}/panels/${panelId}/meetings/${meeting.id}`;
  const body = meetingCalendar({ ...meeting, cancelled: Boolean(meeting.cancelledAt), pageUrl }, new Date());
  const fileName = meeting.title.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 60) || "meeting";
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}

export const action = (args: ActionFunctionArgs) => readOnlyPage(args, ({ request, params }) => requireMeeting(request, params, "belongsToPanel"));
